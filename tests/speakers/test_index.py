import html
import re

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from speakers.models import GuestCategory, GuestPage
from wimc_site.factories import get_locale, make_placeholder_image

from .helpers import GuestDataMixin

OFFICIALS = ["Miao Changxing", "Zhang Lefu", "Li Qingshan", "Lin Runhua", "Huang Ping", "Bao Hongxin"]


def section_headings(response):
    return re.findall(r'<h2 id="heading-[^"]+">([^<]+)</h2>', response.content.decode())


def names(response):
    found = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())
    return [html.unescape(name) for name in found]


class GuestListingTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.guest("Bea Entrepreneur", "entrepreneurs", organization="Mock Robotics")
        cls.guest("Ann Academician", "academicians", chinese_name="安示例", organization="Sample University")
        cls.guest("Cal Academician", "academicians", organization="Demo Institute")
        cls.guest("Old Guest", "academicians", editions=[cls.edition_2020])
        draft = cls.guest("Draft Guest", "academicians", publish=False)
        assert not draft.live

    def test_shows_the_current_editions_guests_grouped_by_category(self):
        response = self.client.get("/guests/")
        self.assertEqual(section_headings(response), ["Academicians", "Entrepreneurs"])
        self.assertEqual(names(response), ["Ann Academician", "Cal Academician", "Bea Entrepreneur"])

    def test_category_order_is_the_organizers_choice(self):
        GuestCategory.objects.filter(slug="entrepreneurs").update(sort_order=0)
        GuestCategory.objects.filter(slug="academicians").update(sort_order=99)
        response = self.client.get("/guests/")
        self.assertEqual(section_headings(response), ["Entrepreneurs", "Academicians"])

    def test_guests_keep_the_page_tree_order(self):
        cal = GuestPage.objects.get(title="Cal Academician")
        ann = GuestPage.objects.get(title="Ann Academician")
        cal.move(ann, pos="left")
        response = self.client.get("/guests/")
        self.assertEqual(names(response)[:2], ["Cal Academician", "Ann Academician"])

    def test_unpublished_guests_are_not_listed(self):
        self.assertNotIn("Draft Guest", names(self.client.get("/guests/")))

    def test_edition_filter(self):
        response = self.client.get("/guests/", {"edition": "2020"})
        self.assertEqual(names(response), ["Old Guest"])

    def test_the_edition_choice_follows_publishing_at_once(self):
        """The editions offered are kept between visits, and forgotten when a guest is unpublished."""
        self.assertContains(self.client.get("/guests/"), '<option value="2020"')
        GuestPage.objects.get(title="Old Guest").unpublish()
        self.assertNotContains(self.client.get("/guests/"), 'name="edition"')

    def test_category_filter(self):
        response = self.client.get("/guests/", {"category": "entrepreneurs"})
        self.assertEqual(names(response), ["Bea Entrepreneur"])

    def test_search_by_name_chinese_name_and_organization(self):
        self.assertEqual(names(self.client.get("/guests/", {"q": "cal"})), ["Cal Academician"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "安示"})), ["Ann Academician"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "robotics"})), ["Bea Entrepreneur"])

    def test_empty_search_shows_everyone(self):
        self.assertEqual(len(names(self.client.get("/guests/", {"q": "   "}))), 3)

    def test_no_match_says_so(self):
        response = self.client.get("/guests/", {"q": "nobody at all"})
        self.assertEqual(names(response), [])
        self.assertContains(response, "No guests match")

    def test_hostile_input_never_breaks_the_page(self):
        for params in (
            {"category": "<script>alert(1)</script>"},
            {"edition": "abc"},
            {"edition": "9" * 40},
            {"edition": "-1"},
            {"q": "\x00"},
            {"q": "%" * 50},
            {"q": "x" * 5000},
            {"page": "999999"},
            {"page": "abc"},
        ):
            with self.subTest(params=params):
                response = self.client.get("/guests/", params)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>alert(1)</script>")
        self.assertTrue(GuestPage.objects.exists())

    def test_search_text_is_matched_literally(self):
        """Quotes are part of a name and LIKE wildcards are plain characters, never patterns."""
        self.guest("Dara O'Neil", "academicians", organization="50% Robotics_Lab")
        self.assertEqual(names(self.client.get("/guests/", {"q": "O'Neil"})), ["Dara O'Neil"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "50%"})), ["Dara O'Neil"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "%"})), ["Dara O'Neil"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "s_L"})), ["Dara O'Neil"])
        self.assertEqual(names(self.client.get("/guests/", {"q": "5_%"})), [])

    def test_unknown_filters_fall_back_with_a_note(self):
        response = self.client.get("/guests/", {"category": "nope", "edition": "1999"})
        self.assertContains(response, "There is no such guest category")
        self.assertContains(response, "There are no guests for that edition")
        self.assertEqual(len(names(response)), 3)

    def test_long_search_is_shortened(self):
        response = self.client.get("/guests/", {"q": "a" * 500})
        self.assertContains(response, "shortened to its first 100 characters")


class GuestCountTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for n in range(3):
            cls.guest(f"Org Rep {n}", "international-organizations", editions=[cls.edition_2020])
        for n in range(4):
            cls.guest(f"Academician {n}", "academicians", editions=[cls.edition_2020, cls.edition_2021])
        cls.guest("Official", "government-officials", editions=[cls.edition_2020], key_guest=False)
        cls.guest("Global Rep", "global-500", editions=[cls.edition_2020])

    def test_counts_are_written_out_per_category(self):
        response = self.client.get("/guests/", {"edition": "2020"})
        self.assertContains(
            response,
            "8 key guests: 3 representatives of international organizations, 4 academicians, "
            "1 Global 500 representative",
        )

    def test_counts_follow_the_data(self):
        GuestPage.objects.get(title="Academician 0").unpublish()
        response = self.client.get("/guests/", {"edition": "2021"})
        self.assertContains(response, "3 key guests: 3 academicians")

    def test_counts_ignore_the_category_and_search_filters(self):
        response = self.client.get("/guests/", {"edition": "2020", "category": "academicians", "q": "1"})
        self.assertContains(response, "8 key guests:")
        self.assertEqual(names(response), ["Academician 1"])

    def test_non_key_guests_are_listed_but_not_counted(self):
        response = self.client.get("/guests/", {"edition": "2020"})
        self.assertIn("Official", names(response))
        self.assertNotContains(response, "government officials")


class DemoGuestTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        from speakers import demo
        from wimc_site import demo as site_demo

        site_demo.load_site()
        demo.load()
        demo.load()  # idempotent

    def test_2020_counts_match_the_press_release(self):
        response = self.client.get("/guests/", {"edition": "2020"})
        self.assertContains(
            response,
            "59 key guests: 13 representatives of international organizations, 33 academicians, "
            "13 Global 500 representatives",
        )

    def test_the_six_officials_are_government_officials(self):
        officials = GuestPage.objects.filter(category__slug="government-officials", locale=get_locale())
        self.assertEqual(
            sorted(officials.values_list("title", flat=True)),
            sorted(OFFICIALS),
        )
        self.assertFalse(officials.filter(key_guest=True).exists())

    def test_2021_has_guests_and_the_home_page_features_some(self):
        self.assertTrue(GuestPage.objects.filter(editions__year=2021).exists())
        self.assertContains(self.client.get("/"), "Featured guests")


class GuestListingQueryCountTests(GuestDataMixin, TestCase):
    """/guests/ costs the same number of queries however many guests there are."""

    def count_queries(self, total):
        photo = make_placeholder_image("Shared portrait", size=(300, 300))
        categories = ["academicians", "entrepreneurs", "global-500", "experts-scholars"]
        existing = GuestPage.objects.count()
        for n in range(existing, total):
            self.guest(f"Guest {n:03d}", categories[n % 4], photo=photo if n % 3 == 0 else None)
        with self.settings(PAGE_CACHE_SECONDS=0):
            self.client.get("/guests/")  # warm caches and create renditions
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/guests/")
        self.assertEqual(len(names(response)), total)
        return len(queries)

    def test_query_count_does_not_grow_with_guests(self):
        self.assertEqual(self.count_queries(5), self.count_queries(50))
