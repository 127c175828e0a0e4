from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from expo.factories import build_exhibitor, build_listing
from expo.models import ExhibitorProduct
from wimc_site.factories import make_placeholder_image

from .helpers import ExpoSiteMixin


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class ExpoQueryCountTests(ExpoSiteMixin, TestCase):
    """Expo pages cost the same number of SQL queries however many exhibitors, products or listings."""

    def count_queries(self, url):
        self.assertEqual(self.client.get(url).status_code, 200)  # warm caches, make renditions
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def add_exhibitors(self, numbers):
        for number in numbers:
            build_exhibitor(
                self.solutions,
                f"Exhibitor {number:02d}",
                industry="machinery",
                region="jiangsu",
                logo=make_placeholder_image(f"Logo {number}", size=(120, 60)),
                products=[(f"Product {number}", "A product.")],
            )

    def add_products(self, page, numbers):
        for number in numbers:
            ExhibitorProduct.objects.create(
                page=page,
                name=f"Product {number}",
                description="Described.",
                sort_order=number,
                image=make_placeholder_image(f"Product photo {number}", size=(90, 60)),
            )
        page.save_revision().publish()

    def add_listings(self, numbers):
        for number in numbers:
            build_listing(self.solutions if number % 2 else self.finance, f"Listing {number}")

    def test_area_page_with_6_and_60_exhibitors(self):
        self.add_exhibitors(range(1, 7))
        urls = ["/expo/solutions/", "/expo/solutions/?q=Exhibitor&industry=machinery&region=jiangsu"]
        with_6 = [self.count_queries(url) for url in urls]
        self.add_exhibitors(range(7, 61))
        self.assertEqual([self.count_queries(url) for url in urls], with_6)

    def test_exhibitor_page_with_2_and_20_products(self):
        page = build_exhibitor(
            self.solutions,
            "Jiangning Precision Robotics",
            logo=make_placeholder_image("JR logo", size=(120, 60)),
        )
        self.add_products(page, range(2))
        with_2 = self.count_queries(page.url)
        self.add_products(page, range(2, 20))
        self.assertEqual(page.products.count(), 20)
        self.assertEqual(self.count_queries(page.url), with_2)

    def test_index_home_and_listings_with_5_and_50_items(self):
        self.add_exhibitors(range(1, 6))
        self.add_listings(range(1, 6))
        urls = [
            "/",
            "/expo/",
            "/expo/supply-and-demand/",
            "/expo/supply-and-demand/?area=solutions&type=demand",
        ]
        with_5 = [self.count_queries(url) for url in urls]
        self.add_exhibitors(range(6, 51))
        self.add_listings(range(6, 51))
        self.assertEqual([self.count_queries(url) for url in urls], with_5)
