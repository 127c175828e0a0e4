from django.core.management.base import BaseCommand, CommandError

from speakers.importing import ImportFileError, export_csv


class Command(BaseCommand):
    help = "Export the guests as CSV in the columns import_guests reads."

    def add_arguments(self, parser):
        parser.add_argument("-o", "--output", help="Write to this file instead of standard output.")

    def handle(self, *args, output=None, **options):
        try:
            text = export_csv()
        except ImportFileError as error:
            raise CommandError(str(error)) from None
        if output:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        else:
            self.stdout.write(text, ending="")
