"""Browser tests: Debian's chromium driven by Playwright against pytest-django's live server."""

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in the test thread; Django would otherwise refuse ORM calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


def pytest_collection_modifyitems(items):
    # The hook sees every collected test, not only this folder's.
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Browser tests need chromium at {CHROMIUM}: run `make test`, which installs it.")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def demo_site(transactional_db):
    """The site skeleton built by the demo loader (live_server flushes Wagtail's migration data)."""
    from expo import demo as expo_demo
    from wimc_site import demo

    demo.load_site()
    expo_demo.load_areas()  # /expo/ is in the main menu; its exhibitors are left out (slow to build)
    demo.load_menu()
