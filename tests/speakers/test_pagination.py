"""/guests/ in pages: a long directory keeps its order, headings, filters and counts across pages."""

from unittest import mock

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wimc_site.factories import make_placeholder_image

from .helpers import GuestDataMixin
from .test_index import names, section_headings


def pages_of(size):
    return mock.patch("speakers.models.GUESTS_PER_PAGE", size)


class GuestPaginationTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for n in range(1, 4):
            cls.guest(f"Academician {n}", "academicians")
        for n in range(1, 3):
            cls.guest(f"Entrepreneur {n}", "entrepreneurs")

    def test_pages_follow_the_directory_order(self):
        with pages_of(2):
            pages = [self.client.get("/guests/", {"page": number}) for number in (1, 2, 3)]
        self.assertEqual(
            [names(page) for page in pages],
            [["Academician 1", "Academician 2"], ["Academician 3", "Entrepreneur 1"], ["Entrepreneur 2"]],
        )
        # A category continued from the page before keeps its heading.
        self.assertEqual(section_headings(pages[1]), ["Academicians", "Entrepreneurs"])

    def test_links_to_other_pages_keep_the_filters(self):
        with pages_of(1):
            response = self.client.get("/guests/", {"category": "academicians", "page": 2})
        self.assertEqual(names(response), ["Academician 2"])
        self.assertContains(response, "Page 2 of 3")
        self.assertContains(response, 'href="?category=academicians&amp;page=3" rel="next"')
        self.assertContains(response, 'href="?category=academicians&amp;page=1" rel="prev"')

    def test_counts_cover_the_whole_edition_on_every_page(self):
        with pages_of(2):
            response = self.client.get("/guests/", {"page": 3})
        self.assertContains(response, "5 key guests: 3 academicians, 2 entrepreneurs")

    def test_bad_page_values_show_a_page_not_an_error(self):
        expectations = {
            "abc": "Academician 1", "": "Academician 1", "0": "Entrepreneur 2",
            "-1": "Entrepreneur 2", "999": "Entrepreneur 2", "9" * 40: "Entrepreneur 2",
        }
        for value, first in expectations.items():
            with self.subTest(page=value), pages_of(2):
                response = self.client.get("/guests/", {"page": value})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(names(response)[0], first)

    def test_pages_and_counts_follow_publishing_at_once(self):
        with pages_of(1), self.settings(PAGE_CACHE_SECONDS=0):  # what is kept, without the page cache
            self.assertContains(self.client.get("/guests/"), "Page 1 of 5")
            newcomer = self.guest("Academician 4", "academicians")
            response = self.client.get("/guests/")
            self.assertContains(response, "Page 1 of 6")
            self.assertContains(response, "6 key guests: 4 academicians, 2 entrepreneurs")
            self.assertEqual(names(self.client.get("/guests/", {"page": 4})), ["Academician 4"])
            newcomer.unpublish()
            response = self.client.get("/guests/", {"page": 6})  # past the end now: the last page
            self.assertContains(response, "Page 5 of 5")
            self.assertContains(response, "5 key guests: 3 academicians, 2 entrepreneurs")

    def test_one_page_has_no_page_links(self):
        response = self.client.get("/guests/")
        self.assertEqual(len(names(response)), 5)
        self.assertNotContains(response, 'class="pagination"')


class GuestPaginationQueryCountTests(GuestDataMixin, TestCase):
    """A later page of the directory costs the same number of queries with 5 guests as with 50."""

    def add_guests(self, start, stop):
        photo = make_placeholder_image("Shared portrait", size=(300, 300))
        categories = ["academicians", "entrepreneurs", "global-500", "experts-scholars"]
        for n in range(start, stop):
            self.guest(f"Guest {n:03d}", categories[n % 4], photo=photo, key_guest=n % 2 == 0)

    def count_queries(self, page):
        with pages_of(4), self.settings(PAGE_CACHE_SECONDS=0):
            self.client.get("/guests/", {"page": page})  # warm caches and create renditions
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/guests/", {"page": page})
        self.assertTrue(names(response))
        return len(queries)

    def test_a_later_page(self):
        self.add_guests(0, 5)
        five = self.count_queries(page=2)
        self.add_guests(5, 50)
        self.assertEqual(self.count_queries(page=2), five)
