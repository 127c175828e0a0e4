from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from speakers.importing import ImportFileError, apply_import, open_zip, plan_import


class Command(BaseCommand):
    help = "Import guests from a UTF-8 CSV file (the columns of export_guests). All rows or none."

    def add_arguments(self, parser):
        parser.add_argument("csv_file")
        parser.add_argument("--photos", help="A zip of photos, matched by file name to the photo column.")
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; save nothing.")

    def handle(self, *args, csv_file, photos=None, dry_run=False, **options):
        try:
            data = Path(csv_file).read_bytes()
            photos_zip = open_zip(Path(photos).read_bytes()) if photos else None
            plan = plan_import(data, photos_zip=photos_zip)
        except OSError as error:
            raise CommandError(f"Cannot read the file: {error}") from None
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        for row in plan.rows:
            detail = "; ".join(f"{c.label}: {c.old or '-'} -> {c.new or '-'}" for c in row.details)
            self.stdout.write(f"Row {row.row}: {row.action} {row.key} {detail}".rstrip())
            for note in row.notes:
                self.stdout.write(f"  {note}")
            for column, message in row.warnings:
                self.stdout.write(f"  Check {column}: {message}")
        if plan.has_errors:
            for message in plan.error_messages:
                self.stderr.write(message)
            raise CommandError(f"Nothing was imported: {plan.summary()}.")
        if dry_run:
            self.stdout.write(f"Dry run, nothing saved: {plan.summary()}.")
            return
        apply_import(plan, photos_zip=photos_zip)
        self.stdout.write(self.style.SUCCESS(f"Imported: {plan.done_summary()}."))
