from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

# Each content area adds its step here, in the order they depend on each other.
DEMO_STEPS = [
    "wimc_site.demo.load_site",
    "speakers.demo.load",
    "news.demo.load",
    "forums.demo.load",
    "expo.demo.load",
    "wimc_site.demo.load_menu",
]


class Command(BaseCommand):
    help = "Build the demo site: editions, organizers, pages, menu. Safe to run again."

    def handle(self, *args, **options):
        if getattr(settings, "WIMC_PRODUCTION", False):
            raise CommandError("Refusing to load demo content with production settings.")
        for step in DEMO_STEPS:
            self.stdout.write(f"Demo content: {step}")
            import_string(step)()
        call_command("update_index", verbosity=0)
        call_command("rebuild_references_index", verbosity=0)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
