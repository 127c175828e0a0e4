"""Guests and forums link both ways: a forum page lists its guests with their roles, a guest page
lists the forums the guest speaks at."""

import re
from unittest import mock

from django.test import TestCase

from forums.models import ForumPage
from wimc_site.factories import get_locale, make_placeholder_image

from .helpers import ForumDataMixin, ForumKind, ForumRole, at


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
