"""The Chinese message catalog translates everything the code marks, and the compiled copy is current.

Visitors on /zh-hans/ meet no English phrase because a new string was never translated, and an
editor who switches the Wagtail admin to Chinese (Account › Preferences) gets the site's own field
labels, help texts and import messages in Chinese too, next to Wagtail's.
"""

import ast
import gettext
import os
import shutil
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from django.apps import apps
from django.core.management import call_command
from django.test import SimpleTestCase, override_settings
from django.utils.functional import Promise

ROOT = Path(__file__).resolve().parent.parent.parent
PROJECT_APPS = ["wimc_site", "news", "speakers", "forums", "expo"]
# Declared by Wagtail's mixins (Orderable, TranslatableMixin...), labelled by Wagtail's own catalog or
# never shown in a form.
WAGTAIL_FIELDS = {"sort_order", "translation_key", "locale"}
CATALOG = ROOT / "locale" / "zh_Hans" / "LC_MESSAGES"
# What `make messages` leaves out (installed packages, generated files) is not copied for the check.
IGNORED = [".venv", ".git", "staticfiles", "media", "deploy", "node_modules", "mutants", "*.sqlite3"]


def read_po(path):
    """The entries of a .po file as dicts (msgctxt, msgid, msgid_plural, msgstr, msgstr[0], flags)."""
    entries, entry, key = [], {}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line:
            if entry:
                entries.append(entry)
            entry, key = {}, None
        elif line.startswith("#,"):
            entry["flags"] = line[2:]
        elif line.startswith("#"):
            continue  # comments and obsolete (#~) entries
        elif line.startswith('"'):
            entry[key] += ast.literal_eval(line)
        else:
            key, _, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
    return [e for e in entries if e.get("msgid")]  # the header has an empty msgid


def translation(entry):
    """The entry's Chinese text, or "" while it is untranslated or only a fuzzy guess."""
    if "fuzzy" in entry.get("flags", ""):
        return ""
    return entry.get("msgstr") or entry.get("msgstr[0]", "")


def described(entry):
    context = entry.get("msgctxt")
    return f"{entry['msgid']!r} ({context})" if context else repr(entry["msgid"])


@contextmanager
def working_directory(path):
    previous = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(previous)


class ChineseCatalogTests(SimpleTestCase):
    def test_every_marked_message_has_a_chinese_translation(self):
        # Extract the messages afresh, as `make messages` does, from a copy of the project (makemessages
        # writes next to the files it reads): a string added to the code or a template without a
        # translation fails here, not on a Chinese page.
        with TemporaryDirectory() as folder:
            project = Path(folder) / "project"
            shutil.copytree(ROOT, project, ignore=shutil.ignore_patterns(*IGNORED))
            with override_settings(LOCALE_PATHS=[project / "locale"]), working_directory(project):
                call_command("makemessages", locale=["zh_Hans"], no_location=True, verbosity=0)
            entries = read_po(project / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po")
        self.assertGreater(len(entries), 600)
        missing = [described(e) for e in entries if not translation(e)]
        self.assertEqual(missing, [], "untranslated; run `make messages` and translate them")

    def test_the_compiled_catalog_is_the_edited_one(self):
        # Django reads only the compiled .mo: a translation edited in the .po without compiling it
        # would never show.
        with (CATALOG / "django.mo").open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)
        stale = []
        for entry in read_po(CATALOG / "django.po"):
            expected = translation(entry)
            if not expected:
                continue
            if "msgid_plural" in entry:
                found = compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1)
            elif "msgctxt" in entry:
                found = compiled.pgettext(entry["msgctxt"], entry["msgid"])
            else:
                found = compiled.gettext(entry["msgid"])
            if found != expected:
                stale.append(described(entry))
        self.assertEqual(stale, [], "the .mo is older than the .po; run `make messages`")


class TranslatableLabelTests(SimpleTestCase):
    def test_every_field_an_editor_sees_has_a_translatable_label(self):
        # A field without a verbose_name gets one made from its name, which no catalog can
        # translate: the Chinese admin would show it in English.
        untranslatable = []
        for app in PROJECT_APPS:
            for model in apps.get_app_config(app).get_models():
                if not isinstance(model._meta.verbose_name, Promise):
                    untranslatable.append(model.__name__)
                for field in [*model._meta.local_fields, *model._meta.local_many_to_many]:
                    shown = field.editable and not field.auto_created and field.name not in WAGTAIL_FIELDS
                    if shown and not isinstance(field.verbose_name, Promise):
                        untranslatable.append(f"{model.__name__}.{field.name}")
        self.assertEqual(untranslatable, [])
