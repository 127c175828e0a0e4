import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wimc_site import demo
from wimc_site.factories import get_locale
from wimc_site.models import ConferenceEdition


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class HomeQueryCountTests(TestCase):
    """The home page costs the same number of queries however many editions are kept."""

    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        demo.load_menu()

    def count_queries(self, url="/"):
        self.client.get(url)  # warm caches (site root paths, settings)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_one_edition_and_six_cost_the_same(self):
        ConferenceEdition.objects.exclude(year=2021).delete()
        with_one = self.count_queries()
        for year in range(2030, 2035):
            ConferenceEdition.objects.create(
                year=year, name=f"{year} WIMC", locale=get_locale(), start_date=datetime.date(year, 12, 1)
            )
        self.assertEqual(ConferenceEdition.objects.filter(locale=get_locale()).count(), 6)
        self.assertEqual(self.count_queries(), with_one)

    def test_about_page_lists_editions_in_constant_queries(self):
        with_six = self.count_queries("/about/")
        for year in range(2030, 2040):
            ConferenceEdition.objects.create(year=year, name=f"{year} WIMC", locale=get_locale())
        self.assertEqual(self.count_queries("/about/"), with_six)
