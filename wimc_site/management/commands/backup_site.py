from django.core.management.base import BaseCommand

from wimc_site.backup import back_up


class Command(BaseCommand):
    help = "Back up the database and the media files (uploaded images and documents) to one .tar.gz file."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The file to write, e.g. wimc-2026-11-29.tar.gz")

    def handle(self, archive, **options):
        manifest = back_up(archive)
        self.stdout.write(f"Backed up the {manifest['database']} database and the media files to {archive}.")
