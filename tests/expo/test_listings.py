import datetime
import re

import time_machine
from django.test import TestCase

from expo.factories import build_listing
from expo.models import ExpoListingPage, ListingType, NegotiationRequest

from .helpers import ExpoSiteMixin, visible_text
from .test_requests import FORM

# Noon in Nanjing on the day before the listing's last day, and the mornings around its expiry.
BEFORE = datetime.datetime(2021, 3, 30, 12, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
LAST_DAY = datetime.datetime(2021, 3, 31, 23, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
AFTER = datetime.datetime(2021, 4, 1, 0, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def listing_titles(response):
    return re.findall(r'class="expo-listing__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


class ListingExpiryTests(ExpoSiteMixin, TestCase):
    """A listing is shown through its expiry day (China Standard Time) and then leaves every listing."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.mes = build_listing(
            cls.solutions,
            "Seeking an MES supplier for a battery plant",
            expires_on=datetime.date(2021, 3, 31),
            organization="Changzhou Xinneng",
        )
        cls.leasing = build_listing(
            cls.finance,
            "Equipment leasing for smart factories",
            listing_type=ListingType.SUPPLY,
            expires_on=datetime.date(2021, 6, 30),
        )

    def test_open_listing_is_everywhere(self):
        with time_machine.travel(BEFORE, tick=False):
            for url in ("/expo/", "/expo/solutions/", "/expo/supply-and-demand/"):
                with self.subTest(url=url):
                    self.assertIn(
                        "Seeking an MES supplier for a battery plant", listing_titles(self.client.get(url))
                    )
            page = self.client.get(self.mes.url)
            self.assertContains(page, "Open until")
            self.assertContains(page, 'id="expo-contact-heading"')

    def test_still_open_late_on_its_last_day_in_nanjing(self):
        with time_machine.travel(LAST_DAY, tick=False):
            self.assertIn(
                "Seeking an MES supplier for a battery plant",
                listing_titles(self.client.get("/expo/supply-and-demand/")),
            )

    def test_expired_listing_leaves_the_listings_and_its_page_says_so(self):
        with time_machine.travel(AFTER, tick=False):
            for url in ("/expo/", "/expo/solutions/", "/expo/supply-and-demand/"):
                with self.subTest(url=url):
                    self.assertNotIn(
                        "Seeking an MES supplier for a battery plant", listing_titles(self.client.get(url))
                    )
            page = self.client.get(self.mes.url)
            self.assertEqual(page.status_code, 200)
            self.assertIn("This listing has expired and no longer takes requests.", visible_text(page))
            self.assertContains(
                page, '<a href="/expo/supply-and-demand/">See the listings that are still open.</a>'
            )
            self.assertNotContains(page, 'id="expo-contact-heading"')
            self.assertContains(page, '<meta name="robots" content="noindex">')
            self.assertEqual(
                list(ExpoListingPage.objects.expired().values_list("pk", flat=True)), [self.mes.pk]
            )

    def test_expired_listing_takes_no_requests(self):
        with time_machine.travel(AFTER, tick=False):
            self.assertEqual(self.client.post(self.mes.url + "contact/", FORM).status_code, 404)
        self.assertFalse(NegotiationRequest.objects.exists())

    def test_expired_listing_leaves_the_sitemap(self):
        with time_machine.travel(AFTER, tick=False):
            sitemap = self.client.get("/sitemap-pages.xml").content.decode()
        self.assertNotIn(self.mes.url, sitemap)
        self.assertIn(self.leasing.url, sitemap)


class ListingBrowseTests(ExpoSiteMixin, TestCase):
    """/expo/supply-and-demand/ browses every open listing by area and type."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_listing(cls.solutions, "Seeking an MES supplier", listing_type=ListingType.DEMAND)
        build_listing(cls.finance, "Equipment leasing", listing_type=ListingType.SUPPLY)
        build_listing(cls.finance, "Series B round", listing_type=ListingType.DEMAND)

    def titles(self, **params):
        return sorted(listing_titles(self.client.get("/expo/supply-and-demand/", params)))

    def test_filters_by_area_and_type(self):
        self.assertEqual(self.titles(), ["Equipment leasing", "Seeking an MES supplier", "Series B round"])
        self.assertEqual(self.titles(area="financial-docking"), ["Equipment leasing", "Series B round"])
        self.assertEqual(self.titles(type="supply"), ["Equipment leasing"])
        self.assertEqual(self.titles(area="financial-docking", type="demand"), ["Series B round"])

    def test_bad_values_are_ignored_with_a_note(self):
        response = self.client.get(
            "/expo/supply-and-demand/", {"area": "atlantis", "type": "x\x00" * 5000, "page": "abc"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(listing_titles(response)), 3)
        self.assertContains(response, "There is no such exhibition area; showing every area.")
        self.assertContains(response, "There is no such type of listing; showing supply and demand.")

    def test_breadcrumb_and_heading(self):
        response = self.client.get("/expo/supply-and-demand/")
        self.assertContains(response, "<h1>Supply and demand</h1>", html=True)
        self.assertIn("The Current Location: Home Cloud Expo Supply and demand", visible_text(response))
