"""The house rules about who may import whom, checked on the source so a violation fails the build."""

import ast
from pathlib import Path

from django.apps import apps
from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parent.parent
SHARED = "wimc_site"
# Builders for tests and the demo loader; code that serves visitors must not depend on them.
BUILDERS = {"factories", "demo", "demo_zh"}


def content_apps():
    """The project's own apps besides wimc_site (news, speakers, forums, expo...)."""
    return sorted(
        config.name for config in apps.get_app_configs()
        if Path(config.path).parent == ROOT and config.name != SHARED
    )


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def source_files(package):
    return [p for p in (ROOT / package).rglob("*.py") if "migrations" not in p.parts]


class AppBoundaryTests(SimpleTestCase):
    def test_apps_import_wimc_site_and_never_each_other(self):
        names = content_apps()
        self.assertGreaterEqual(len(names), 2)
        offences = []
        for app in names:
            others = [name for name in names if name != app]
            for path in source_files(app):
                for module in imported_modules(path):
                    if module.split(".")[0] in others:
                        offences.append(f"{path.relative_to(ROOT)} imports {module}")
        self.assertEqual(offences, [], "Move the shared piece into wimc_site instead.")

    def test_wimc_site_depends_on_no_content_app(self):
        names = set(content_apps())
        offences = [
            f"{path.relative_to(ROOT)} imports {module}"
            for path in source_files(SHARED)
            for module in imported_modules(path)
            if module.split(".")[0] in names
        ]
        self.assertEqual(offences, [])

    def test_runtime_code_does_not_import_the_test_and_demo_builders(self):
        offences = [
            f"{path.relative_to(ROOT)} imports {module}"
            for package in [SHARED, *content_apps()]
            for path in source_files(package)
            if path.stem not in BUILDERS and "management" not in path.parts
            for module in imported_modules(path)
            if module.rsplit(".", 1)[-1] in BUILDERS
        ]
        self.assertEqual(offences, [])
