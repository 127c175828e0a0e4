from django.core.paginator import Paginator
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from wimc_site.models import ConferenceEdition
from wimc_site.paging import CountedPaginator


class CountedPaginatorTests(TestCase):
    """Shows the same page as Django's Paginator for whatever a visitor types as the page number,
    and reads the page and the total in one query."""

    @classmethod
    def setUpTestData(cls):
        locale = Locale.get_default()
        ConferenceEdition.objects.bulk_create(
            ConferenceEdition(year=2000 + n, name=f"Edition {n}", locale=locale) for n in range(23)
        )

    def editions(self):
        return ConferenceEdition.objects.order_by("year")

    def test_every_page_number_shows_what_paginator_shows(self):
        numbers = (None, "", "abc", "1", "2", "3", " 2", "0", "-1", "4", "99999", "9" * 40, 2.0, 2.5, "2.5")
        for number in numbers:
            with self.subTest(number=number):
                expected = Paginator(self.editions(), 10).get_page(number)
                page = CountedPaginator(self.editions(), 10).get_page(number)
                self.assertEqual(page.number, expected.number)
                self.assertEqual(list(page.object_list), list(expected.object_list))
                self.assertEqual(page.paginator.count, 23)
                self.assertEqual(page.paginator.num_pages, 3)

    def test_an_empty_list_has_one_empty_page(self):
        page = CountedPaginator(self.editions().none(), 10).get_page("1")
        self.assertEqual((page.number, list(page.object_list), page.paginator.count), (1, [], 0))
        page = CountedPaginator(ConferenceEdition.objects.filter(year=1900), 10).get_page("1")
        self.assertEqual((page.number, list(page.object_list), page.paginator.count), (1, [], 0))

    def test_page_and_total_in_one_query(self):
        with CaptureQueriesContext(connection) as queries:
            page = CountedPaginator(self.editions(), 10).get_page("2")
            self.assertEqual([e.year for e in page.object_list], list(range(2010, 2020)))
            self.assertEqual(page.paginator.count, 23)
            self.assertTrue(page.has_next())
        self.assertEqual(len(queries), 1)
