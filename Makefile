# Two commands on a fresh machine: `make run` serves the demo site, `make test` runs every test.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
# Not the site's own messages (tests/i18n/test_catalog.py leaves out the same).
MESSAGES_IGNORE := .venv/* staticfiles/* media/* deploy/* node_modules/* mutants/*
.DEFAULT_GOAL := help

.PHONY: help install run test lint chromium gettext messages bench bench-imports bench-load bench-archive mutation

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements

run: install ## Migrate, load the demo content, make an admin, serve http://127.0.0.1:8000/
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content
	$(BIN)/python manage.py ensure_admin
	$(BIN)/python manage.py runserver 127.0.0.1:8000

# One worker per core (pytest-xdist). Whole classes and modules go to one worker, in pytest-django's
# order (transactional tests last, as their flush empties the data migrations wrote): --dist
# loadscope, and --no-loadscope-reorder, as reordering by size would run them first.
TEST_WORKERS ?= auto
test: install chromium gettext ## Run the whole suite (SQLite, or whatever DATABASE_URL / REDIS_URL say)
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadscope --no-loadscope-reorder

lint: install ## ruff, Django's checks, and models/migrations agreement
	$(BIN)/ruff check .
	$(BIN)/python manage.py check
	$(BIN)/python manage.py makemigrations --check --dry-run

chromium: ## Install Debian's chromium for the browser tests if it is missing
	@test -x /usr/bin/chromium || scripts/apt-install chromium

gettext: ## Install GNU gettext (message extraction) if it is missing
	@command -v xgettext >/dev/null || scripts/apt-install gettext

messages: install gettext ## Update the Chinese catalog from the code and templates, then compile it
	$(BIN)/python manage.py makemessages -l zh_Hans --no-location --no-obsolete $(foreach p,$(MESSAGES_IGNORE),-i "$(p)")
	$(BIN)/python manage.py compilemessages -l zh_Hans $(foreach p,$(MESSAGES_IGNORE),-i "$(p)")

bench: install ## Measure page response times on a local server (see bench/README)
	$(BIN)/python bench/pages.py

bench-imports: install ## Rows per second of the guest import (plan, apply) at 100, 1,000 and 5,000 rows
	$(BIN)/python bench/imports.py

bench-load: install ## Req/s and latency per page through the reference deployment (deploy/run), app vs proxy vs static
	$(BIN)/python bench/load.py

bench-archive: install ## Every page type at 5,000 releases and 3,000 guests, uncached, against 100 ms
	$(BIN)/python bench/archive.py

mutation: install ## Mutation-test the import core, wimc_site/importing.py (~15 min; not in test or CI)
	rm -rf mutants
	$(BIN)/mutmut run
	$(BIN)/mutmut results
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/python scripts/mutation-score
