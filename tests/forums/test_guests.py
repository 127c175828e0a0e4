"""Guests and forums link both ways: a forum page lists its guests with their roles, a guest page
lists the forums the guest speaks at."""

import datetime
import json
import re
from unittest import mock

import time_machine
from django.test import TestCase, override_settings
from icalendar import Calendar

from forums.models import ForumPage, ForumSpeaker
from wimc_site.factories import get_locale, make_placeholder_image

from .helpers import ForumDataMixin, ForumKind, ForumRole, at, translate
from .test_query_counts import QueryCountMixin


class GuestForumLinkTests(ForumDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ann = cls.guest("Ann Sample", position="Professor", organization="Sample University",
                            photo=make_placeholder_image("Portrait", size=(300, 300)))
        cls.bo = cls.guest("Bo Example")
        cls.cai = cls.guest("Cai Nobody")
        cls.main = cls.forum(
            "Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12), kind=ForumKind.MAIN_FORUM,
            guests=[(cls.bo, ForumRole.HOST), (cls.ann, ForumRole.KEYNOTE)],
        )
        cls.platforms = cls.forum("Platforms", at(2021, 12, 8, 14), module="key-technologies",
                                  guests=[(cls.ann, ForumRole.PANELIST)])
        cls.old = cls.forum("2020 Main Forum", at(2020, 11, 26, 10), edition=cls.edition_2020,
                            kind=ForumKind.MAIN_FORUM, guests=[(cls.ann, ForumRole.MODERATOR)])

    def test_forum_page_lists_guests_with_roles_linking_to_their_pages(self):
        html = self.client.get(self.main.url).content.decode()
        guests = re.findall(
            r'<p class="forum-guest__role">([^<]+)</p>\s*'
            r'<h3 class="forum-guest__name"><a href="([^"]+)">([^<]+)</a>',
            html,
        )
        self.assertEqual(
            guests, [("Host", self.bo.url, "Bo Example"), ("Keynote speaker", self.ann.url, "Ann Sample")]
        )
        self.assertIn('<p class="forum-guest__meta">Professor, Sample University</p>', html)
        self.assertRegex(html, r'<img[^>]+class="guest-photo"')

    def test_guest_page_lists_the_forums_with_roles_in_time_order(self):
        html = self.client.get(self.ann.url).content.decode()
        section = html.split('id="guest-forums"')[1].split("</section>")[0]
        self.assertEqual(
            re.findall(r'<a href="([^"]+)">([^<]+)</a> · ([^·]+?) ·', section),
            [(self.old.url, "2020 Main Forum", "Moderator"), (self.main.url, "Main Forum", "Keynote speaker"),
             (self.platforms.url, "Platforms", "Panelist")],
        )
        self.assertIn(f'<a href="/forums/guest/{self.ann.guest_key}.ics" download>', section)

    def test_guest_calendar_address_does_not_depend_on_a_trailing_slash(self):
        # Wagtail without WAGTAIL_APPEND_SLASH gives page addresses without one.
        expected = f"/forums/guest/{self.ann.guest_key}.ics"
        for address in ("/forums/main-forum/", "/forums/main-forum"):
            with self.subTest(address=address), mock.patch.object(ForumPage, "get_url", return_value=address):
                self.assertEqual(self.main.guest_calendar_url(self.ann), expected)

    def test_a_guest_without_forums_has_no_forum_section_or_calendar(self):
        html = self.client.get(self.cai.url).content.decode()
        self.assertNotIn('id="guest-forums"', html)
        self.assertNotIn(".ics", html)

    def test_unpublished_forums_are_not_listed_on_guest_pages(self):
        ForumPage.objects.get(pk=self.platforms.pk).unpublish()
        self.assertNotContains(self.client.get(self.ann.url), "Platforms")

    def test_unpublished_guests_are_not_listed_on_forum_pages(self):
        self.bo.unpublish()
        self.assertNotContains(self.client.get(self.main.url), "Bo Example")
        self.assertNotIn("Bo Example", self.client.get("/forums/").content.decode())

    def test_programme_names_the_first_guests(self):
        html = self.client.get("/forums/").content.decode()
        self.assertIn('<p class="forum-item__guests">Bo Example, Ann Sample</p>', html)

    def test_guest_page_shows_the_forum_in_its_own_language(self):
        chinese = get_locale("zh-hans")
        for page in (self.home, self.index, self.main):
            copy = page.copy_for_translation(chinese)
            if page is self.main:
                copy.title = "主论坛"
            copy.save_revision().publish()
        html = self.client.get(self.ann.url).content.decode()
        self.assertIn(">Main Forum</a>", html)
        self.assertNotIn("主论坛", html)


class ChineseForumGuestsTests(ForumDataMixin, TestCase):
    """A Chinese forum is copied from the English one and still links the English guest pages: the
    Chinese programme, home page, feeds and calendars name each guest in Chinese where the guest has
    a Chinese page, as the Chinese forum page does."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese = get_locale("zh-hans")
        cls.ann = cls.guest("Ann Sample")
        cls.bo = cls.guest("Bo Example")  # no Chinese page
        main = cls.forum("Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12), kind=ForumKind.MAIN_FORUM,
                         guests=[(cls.bo, ForumRole.HOST), (cls.ann, ForumRole.KEYNOTE)],
                         agenda=[("item", {"start": datetime.time(10), "title": "Keynotes",
                                           "speakers": [cls.bo, cls.ann]})])
        for page in (cls.home, cls.index, cls.guest_index):
            translate(page, cls.chinese)
        cls.zh_ann = translate(cls.ann, cls.chinese, title="安妮·桑普尔")
        cls.zh_main = translate(main, cls.chinese, title="主论坛")

    def test_chinese_programme_names_translated_guests_in_chinese(self):
        html = self.client.get("/zh-hans/forums/").content.decode()
        self.assertIn('<p class="forum-item__guests"><span lang="en">Bo Example</span>、安妮·桑普尔</p>',
                      html)
        english = self.client.get("/forums/").content.decode()
        self.assertIn('<p class="forum-item__guests">Bo Example, Ann Sample</p>', english)

    def test_chinese_home_page_names_translated_guests_in_chinese(self):
        with time_machine.travel(at(2021, 12, 1), tick=False):
            html = self.client.get("/zh-hans/").content.decode()
        self.assertIn('<span lang="en">Bo Example</span>、安妮·桑普尔</p>', html)

    def test_chinese_forum_agenda_links_the_chinese_guest_pages(self):
        html = self.client.get(self.zh_main.url).content.decode()
        self.assertIn(
            f'<p class="agenda-item__speakers"><a href="{self.bo.url}" lang="en">Bo Example</a>、'
            f'<a href="{self.zh_ann.url}">安妮·桑普尔</a></p>',
            html,
        )

    def test_an_unpublished_translation_leaves_the_english_name(self):
        self.zh_ann.unpublish()
        html = self.client.get("/zh-hans/forums/").content.decode()
        self.assertIn('<span lang="en">Bo Example</span>、<span lang="en">Ann Sample</span>', html)

    def test_chinese_feeds_and_calendars_name_and_link_chinese_guests(self):
        data = json.loads(self.client.get("/zh-hans/forums/programme.json").content)
        self.assertEqual(
            [(guest["name"], guest["url"]) for guest in data["forums"][0]["guests"]],
            [("Bo Example", f"http://localhost{self.bo.url}"), ("安妮·桑普尔", f"http://localhost{self.zh_ann.url}")],
        )
        schedule = self.client.get("/zh-hans/forums/schedule.xml").content.decode()
        self.assertIn(f'<person id="{self.zh_ann.pk}">安妮·桑普尔</person>', schedule)
        for address in ("/zh-hans/forums/programme.ics", self.zh_main.url + "calendar.ics"):
            with self.subTest(address=address):
                calendar = Calendar.from_ical(self.client.get(address).content)
                self.assertIn("Bo Example、安妮·桑普尔", str(calendar.events[0]["DESCRIPTION"]))


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class ChineseForumGuestsQueryCountTests(QueryCountMixin, ForumDataMixin, TestCase):
    """Naming guests in Chinese costs the same with 5 translated guests and with 50."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese = get_locale("zh-hans")
        for page in (cls.home, cls.index, cls.guest_index):
            translate(page, cls.chinese)
        cls.main = cls.forum("Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12))
        cls.zh_main = translate(cls.main, cls.chinese, title="主论坛")
        cls.add_guests(range(5))

    @classmethod
    def add_guests(cls, numbers):
        for n in numbers:
            guest = cls.guest(f"Guest {n:02d}")
            translate(guest, cls.chinese, title=f"嘉宾{n:02d}")
            # The Chinese forum links the English guest, as a forum copied for translation does.
            for forum in (cls.main, cls.zh_main):
                ForumSpeaker.objects.create(page=forum, guest=guest, role=ForumRole.PANELIST, sort_order=n)

    def test_five_and_fifty_chinese_guests_cost_the_same(self):
        urls = ["/zh-hans/forums/", "/zh-hans/forums/programme.json", "/zh-hans/forums/schedule.xml",
                "/zh-hans/forums/programme.ics", self.zh_main.url + "calendar.ics"]
        with time_machine.travel(at(2021, 12, 1), tick=False):
            with_five = [self.count_queries(url)[0] for url in urls + ["/zh-hans/"]]
            self.add_guests(range(5, 50))
            with_fifty = [self.count_queries(url)[0] for url in urls + ["/zh-hans/"]]
            html = self.count_queries("/zh-hans/forums/")[1].content.decode()
        self.assertIn("嘉宾00、嘉宾01、嘉宾02", html)
        self.assertEqual(with_fifty, with_five)
