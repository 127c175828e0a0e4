"""What `wimc_site.kept` keeps is computed once, until the next editor change forgets all of it."""

import tempfile
from pathlib import Path
from unittest import mock

import wagtail
from django.contrib import auth
from django.core.cache import caches
from django.test import TestCase, override_settings

from wimc_site import invalidation
from wimc_site.kept import GENERATION_KEY, code_stamp, kept, stamp_of


class KeptTests(TestCase):
    def setUp(self):
        self.calls = []

    def answer(self, name="figures"):
        def compute():
            self.calls.append(name)
            return f"{name} #{len(self.calls)}"

        return kept((name, 2021), compute)

    def test_computed_once_until_a_change(self):
        self.assertEqual(self.answer(), "figures #1")
        self.assertEqual(self.answer(), "figures #1")
        self.assertEqual(self.calls, ["figures"])

    def test_a_change_forgets_every_answer(self):
        self.answer("figures"), self.answer("hero")
        invalidation.forget_everything()
        self.assertEqual(self.answer("figures"), "figures #3")
        self.assertEqual(self.answer("hero"), "hero #4")

    def test_names_keep_answers_apart(self):
        self.assertEqual(self.answer("figures"), "figures #1")
        self.assertEqual(self.answer("hero"), "hero #2")

    def test_other_code_does_not_read_what_this_code_kept(self):
        self.assertEqual(self.answer(), "figures #1")
        with mock.patch("wimc_site.kept.code_stamp", return_value="a-later-deploy"):
            self.assertEqual(self.answer(), "figures #2")
        self.assertEqual(self.answer(), "figures #1")

    def test_read_again_in_a_process_without_the_cache(self):
        """Only the generation is read from the cache again, not the answer (no unpickling)."""
        self.answer()
        cache = caches["default"]
        with mock.patch.object(cache, "get", wraps=cache.get) as read:
            self.assertEqual(self.answer(), "figures #1")
        self.assertEqual([args[0] for args, _ in read.call_args_list], [GENERATION_KEY])

    def test_a_change_on_another_server_is_seen_at_once(self):
        """Another app server forgets by writing a new generation to the shared cache."""
        self.assertEqual(self.answer(), "figures #1")
        caches["default"].set(GENERATION_KEY, "written-by-app-server-2", None)
        self.assertEqual(self.answer(), "figures #2")
        self.assertEqual(self.answer(), "figures #2")

    @override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
    def test_nothing_is_kept_while_the_cache_does_not_answer(self):
        """With no generation to trust (Redis down), every answer is computed afresh."""
        self.assertEqual(self.answer(), "figures #1")
        self.assertEqual(self.answer(), "figures #2")


class CodeStampTests(TestCase):
    """The stamp follows the project's own files, not the libraries' files."""

    def setUp(self):
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.base = Path(folder.name)
        (self.base / "stampapp").mkdir()
        self.module = self.base / "stampapp" / "__init__.py"
        self.module.write_text("FIELDS = ['name']\n")

    def stamp(self):
        libraries = [Path(auth.__file__).parent, Path(wagtail.__file__).parent]
        return stamp_of(self.base, [self.base / "stampapp", self.base / "templates", *libraries])

    def test_a_change_to_a_project_file_changes_the_stamp(self):
        before = self.stamp()
        self.assertEqual(self.stamp(), before)
        self.module.write_text("FIELDS = ['name', 'title']\n")
        self.assertNotEqual(self.stamp(), before)

    def test_a_new_project_file_changes_the_stamp(self):
        before = self.stamp()
        (self.base / "stampapp" / "querysets.py").write_text("ANNOTATIONS = ['default_name']\n")
        self.assertNotEqual(self.stamp(), before)

    def test_a_changed_template_or_translation_changes_the_stamp(self):
        """The footer is kept as HTML: a deploy that changes only its template or its Chinese
        wording must not serve the HTML the older version rendered."""
        footer = self.base / "templates" / "includes" / "site_footer.html"
        footer.parent.mkdir(parents=True)
        footer.write_text("<footer>© 2021</footer>")
        catalog = self.base / "stampapp" / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.mo"
        catalog.parent.mkdir(parents=True)
        catalog.write_bytes(b"catalog 1")
        before = self.stamp()
        footer.write_text('<footer lang="en">© 2021</footer>')
        after_template = self.stamp()
        catalog.write_bytes(b"catalog 2")
        self.assertEqual(len({before, after_template, self.stamp()}), 3)

    def test_the_sites_own_stamp_covers_its_templates_and_translations(self):
        from django.conf import settings

        with mock.patch("wimc_site.kept.stamp_of") as stamp_of_files:
            code_stamp.__wrapped__()
        (base, folders), _ = stamp_of_files.call_args
        self.assertEqual(base, settings.BASE_DIR)
        for folder in ("templates", "locale", "wimc_site", "forums"):
            self.assertIn(Path(settings.BASE_DIR) / folder, [Path(f) for f in folders])

    def test_libraries_files_are_not_read(self):
        with mock.patch.object(Path, "read_bytes", autospec=True, side_effect=Path.read_bytes) as read:
            self.stamp()
        self.assertEqual([path.name for (path,), _ in read.call_args_list], ["__init__.py"])
