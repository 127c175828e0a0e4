"""backup_site and restore_site: a round trip into a fresh database and an empty media folder."""

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from django.core.management import CommandError, call_command
from django.db import connection
from django.test import TransactionTestCase

from news.factories import build_news_index, build_news_page
from tests.faults import database_url
from wimc_site.factories import build_home_page, make_placeholder_image

ROOT = Path(__file__).resolve().parents[2]
CHECK = """
from news.models import NewsPage
page = NewsPage.objects.get(slug="backed-up-release")
image = page.listing_image
print(page.title, page.live, image.title, image.file.storage.exists(image.file.name))
"""


def manage(*args, **env):
    environment = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    environment.update(DJANGO_SETTINGS_MODULE="wimc_site.settings.dev", **env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
    )


class BackupRestoreTests(TransactionTestCase):
    """What was backed up comes back in a new database, with its image file."""

    def fresh_database(self, tmp):
        """The URL of an empty database of the test database's kind, dropped after the test."""
        if connection.vendor == "sqlite":
            return f"sqlite:///{tmp}/restored.sqlite3"
        name = f"{connection.settings_dict['NAME']}_restore"
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')

        def drop():
            with connection.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')

        self.addCleanup(drop)
        return database_url().rsplit("/", 1)[0] + f"/{name}"

    def test_round_trip(self):
        index = build_news_index(build_home_page())
        photo = make_placeholder_image("Opening ceremony", size=(80, 50))
        build_news_page(index, "Backed up release", image=photo)
        with tempfile.TemporaryDirectory() as tmp:
            archive = f"{tmp}/wimc.tar.gz"
            out = io.StringIO()
            call_command("backup_site", archive, stdout=out)
            self.assertIn("Backed up the", out.getvalue())

            env = {"DATABASE_URL": self.fresh_database(tmp), "MEDIA_ROOT": f"{tmp}/media"}
            restored = manage("restore_site", archive, "--yes", **env)
            self.assertEqual(restored.returncode, 0, restored.stderr)
            self.assertIn("Restored the database and the media files", restored.stdout)
            check = manage("shell", "--no-imports", "-c", CHECK, **env)
        self.assertEqual(check.returncode, 0, check.stderr)
        self.assertEqual(check.stdout.strip(), "Backed up release True Opening ceremony True")

    def test_restore_asks_for_confirmation(self):
        with self.assertRaisesMessage(CommandError, "add --yes to go ahead"):
            call_command("restore_site", "backup.tar.gz")
