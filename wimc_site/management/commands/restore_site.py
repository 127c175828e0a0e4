from django.core.management.base import BaseCommand, CommandError

from wimc_site.backup import restore


class Command(BaseCommand):
    help = (
        "Replace the database and the media files with a backup made by backup_site. Restore into a "
        "database of the same kind (SQLite or PostgreSQL); for PostgreSQL, create the database first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="A .tar.gz file written by backup_site")
        parser.add_argument("--yes", action="store_true", help="Replace the current data without asking")

    def handle(self, archive, yes=False, **options):
        if not yes:
            raise CommandError("Restoring replaces the database and every media file: add --yes to go ahead.")
        manifest = restore(archive)
        self.stdout.write(
            f"Restored the database and the media files backed up on {manifest['created']}. "
            "Restart the site's workers; if Redis is the cache, clear its database too."
        )
