from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from wimc_site.models import ConferenceEdition, EditionOrganizer, MenuItem, Organizer


def snapshot():
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live")),
        "revisions": Revision.objects.count(),
        "editions": sorted(ConferenceEdition.objects.values_list("year", "locale__language_code", "name")),
        "organizers": Organizer.objects.count(),
        "edition_organizers": EditionOrganizer.objects.count(),
        "menu": list(MenuItem.objects.values_list("link_page__url_path", "sort_order")),
        "images": get_image_model().objects.count(),
    }


class DemoLoaderTests(TestCase):
    # Running the loader twice changes nothing: tests/i18n/test_chinese_demo.py checks it on the
    # full demo it loads anyway (each load takes a minute or more).

    @override_settings(WIMC_PRODUCTION=True)
    def test_refuses_production_settings(self):
        with self.assertRaisesMessage(CommandError, "production"):
            call_command("load_demo_content")
        self.assertFalse(ConferenceEdition.objects.exists())
