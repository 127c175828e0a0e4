import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from forums.models import ForumOrganization
from wimc_site.factories import get_locale, make_placeholder_image
from wimc_site.models import Organizer

from .helpers import ForumDataMixin, ForumKind, ForumRole, at, forum_titles, translate

MODULES = ["comprehensive-progress", "key-technologies", "industrial-applications", "social-ecology"]


class QueryCountMixin:
    def count_queries(self, url):
        self.assertEqual(self.client.get(url).status_code, 200)  # warm caches, make renditions
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return len(queries), response


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class ProgrammeQueryCountTests(QueryCountMixin, ForumDataMixin, TestCase):
    """/forums/ (and its filters, feeds and calendars) cost the same with 5 forums and with 50."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.guests = [cls.guest(f"Guest {n}") for n in range(6)]
        cls.add_forums(range(5))

    @classmethod
    def add_forums(cls, numbers):
        for n in numbers:
            start = at(2021, 12, 8, 8) + datetime.timedelta(hours=n * 3)  # across the days and midnight
            cls.forum(
                f"Forum {n:02d}", start, start + datetime.timedelta(hours=2), module=MODULES[n % 4],
                kind=ForumKind.SUB_FORUM if n % 5 else ForumKind.MAIN_FORUM,
                guests=[(cls.guests[(n + i) % 6], ForumRole.PANELIST) for i in range(n % 4)],
                live_stream_url=f"https://live.wimc.example/{n}/",
            )

    def test_five_and_fifty_forums_cost_the_same(self):
        urls = ["/forums/", "/forums/?module=key-technologies&format=online", "/forums/my-agenda/",
                "/forums/programme.json", "/forums/schedule.xml", "/forums/programme.ics", "/"]
        with_five = [self.count_queries(url)[0] for url in urls]
        self.add_forums(range(5, 50))
        with_fifty = [self.count_queries(url)[0] for url in urls]
        self.assertEqual(len(forum_titles(self.count_queries("/forums/")[1])), 50)
        self.assertEqual(with_fifty, with_five)


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class ForumPageQueryCountTests(QueryCountMixin, ForumDataMixin, TestCase):
    """A forum page costs the same with 3 guests (and agenda items) and with 30."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        photo = make_placeholder_image("Shared portrait", size=(300, 300))
        cls.guests = [cls.guest(f"Guest {n:02d}", photo=photo if n % 2 else None) for n in range(30)]
        cls.organizer = Organizer.objects.create(name="Sample Alliance", locale=cls.home.locale)

    def build(self, size):
        guests = self.guests[:size]
        agenda = [
            ("item", {"start": datetime.time(9, n % 60), "title": f"Talk {n}", "speakers": guests[n : n + 2]})
            for n in range(size)
        ]
        forum = self.forum(
            f"Forum with {size}", at(2021, 12, 8, 9), at(2021, 12, 8, 12), module="key-technologies",
            guests=[(guest, ForumRole.PANELIST) for guest in guests], agenda=agenda,
        )
        for n in range(size):
            ForumOrganization.objects.create(page=forum, organizer=self.organizer, sort_order=n)
        return forum

    def test_three_and_thirty_guests_cost_the_same(self):
        small, large = self.build(3), self.build(30)
        small_count, response = self.count_queries(small.url)
        self.assertContains(response, "Guest 02")
        large_count, response = self.count_queries(large.url)
        self.assertContains(response, "Guest 29")
        self.assertEqual(large_count, small_count)
        self.assertEqual(self.count_queries(small.url + "calendar.ics")[0],
                         self.count_queries(large.url + "calendar.ics")[0])

    def test_guest_page_costs_the_same_with_one_forum_and_many(self):
        guest = self.guests[0]
        self.forum("Only", at(2021, 12, 8, 9), module="key-technologies", guests=[(guest, ForumRole.HOST)])
        with_one = self.count_queries(guest.url)[0]
        for n in range(10):
            start = at(2021, 12, 9, 9) + datetime.timedelta(hours=n)
            self.forum(f"More {n}", start, module="key-technologies", guests=[(guest, ForumRole.PANELIST)])
        self.assertEqual(self.count_queries(guest.url)[0], with_one)


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class ChineseForumPageQueryCountTests(QueryCountMixin, ForumDataMixin, TestCase):
    """A Chinese forum page shows its guests' Chinese pages with their portraits (the forum's
    guest rows point at the English guests it was translated from), at the same cost with 3 guests
    as with 30."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese = get_locale("zh-hans")
        translate(cls.home, cls.chinese, title="世界智能制造大会")
        translate(cls.index, cls.chinese, title="论坛")
        translate(cls.guest_index, cls.chinese, title="嘉宾")
        photo = make_placeholder_image("Shared portrait", size=(300, 300))
        cls.guests = [cls.guest(f"Guest {n:02d}", photo=photo) for n in range(30)]
        for n, guest in enumerate(cls.guests):
            translate(guest, cls.chinese, title=f"嘉宾{n:02d}")

    def build(self, size):
        forum = self.forum(
            f"Forum with {size}", at(2021, 12, 8, 9), at(2021, 12, 8, 12), module="key-technologies",
            guests=[(guest, ForumRole.PANELIST) for guest in self.guests[:size]],
        )
        return translate(forum, self.chinese, title=f"{size}位嘉宾论坛")

    def test_three_and_thirty_translated_guests_cost_the_same(self):
        small, large = self.build(3), self.build(30)
        small_count, response = self.count_queries(small.url)
        self.assertContains(response, "嘉宾02</a></h3>")
        self.assertContains(response, "<picture", count=3)
        large_count, response = self.count_queries(large.url)
        self.assertContains(response, "嘉宾29</a></h3>")
        self.assertEqual(large_count, small_count)
        self.assertLessEqual(large_count, 10)
