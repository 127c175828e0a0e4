from django.core.management import CommandError, call_command
from django.test import TestCase, override_settings

from wimc_site.models import ConferenceEdition


class DemoLoaderTests(TestCase):
    # Running the loader twice changes nothing: tests/i18n/test_chinese_demo.py checks it on the
    # full demo it loads anyway (each load takes a minute or more).

    @override_settings(WIMC_PRODUCTION=True)
    def test_refuses_production_settings(self):
        with self.assertRaisesMessage(CommandError, "production"):
            call_command("load_demo_content")
        self.assertFalse(ConferenceEdition.objects.exists())
