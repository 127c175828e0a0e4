"""The home page's programme section: what is live now, else what is next, else nothing."""

import re

import time_machine
from django.test import TestCase

from .helpers import ForumDataMixin, ForumKind, at


def section(response):
    html = response.content.decode()
    match = re.search(r'<section class="section programme-home".*?</section>', html, re.S)
    return match.group(0) if match else None


def titles(html):
    return re.findall(r'class="forum-item__title" id="forum-\d+"><a href="[^"]+">([^<]+)</a>', html)


class ProgrammeHomeSectionTests(ForumDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.forum("Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10), kind=ForumKind.LAUNCH_CEREMONY)
        cls.forum("Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12), kind=ForumKind.MAIN_FORUM)
        cls.forum("Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="key-technologies")
        cls.forum("Talent", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="social-ecology")
        cls.forum("Closing Ceremony", at(2021, 12, 10, 14), at(2021, 12, 10, 15),
                  kind=ForumKind.CLOSING_CEREMONY)
        cls.forum("2020 Forum", at(2020, 11, 26, 9), edition=cls.edition_2020, module="key-technologies")

    def test_before_the_conference_the_next_three(self):
        with time_machine.travel(at(2021, 12, 1), tick=False):
            html = section(self.client.get("/"))
        self.assertIn('<h2 id="home-programme">Next up</h2>', html)
        self.assertEqual(titles(html), ["Launch Ceremony", "Main Forum", "Platforms"])
        self.assertIn('<a href="/forums/">The whole programme</a>', html)

    def test_during_forums_what_is_live(self):
        with time_machine.travel(at(2021, 12, 8, 15), tick=False):
            html = section(self.client.get("/"))
        self.assertIn('<h2 id="home-programme">Live now</h2>', html)
        self.assertEqual(titles(html), ["Platforms", "Talent"])

    def test_between_forums_what_is_next(self):
        with time_machine.travel(at(2021, 12, 8, 12, 30), tick=False):
            html = section(self.client.get("/"))
        self.assertEqual(titles(html), ["Platforms", "Talent", "Closing Ceremony"])

    def test_after_the_conference_no_section(self):
        with time_machine.travel(at(2021, 12, 11), tick=False):
            self.assertIsNone(section(self.client.get("/")))

    def test_the_section_follows_the_clock_and_publishing_at_once(self):
        """Nothing is saved between the first visits: the same kept forums show what is live at each
        moment. A forum published later shows at the next visit."""
        for moment, heading, expected in (
            (at(2021, 12, 8, 9, 30), "Live now", ["Launch Ceremony"]),
            (at(2021, 12, 8, 12, 30), "Next up", ["Platforms", "Talent", "Closing Ceremony"]),
            (at(2021, 12, 8, 15), "Live now", ["Platforms", "Talent"]),
        ):
            with time_machine.travel(moment, tick=False):
                html = section(self.client.get("/"))
            self.assertIn(f'<h2 id="home-programme">{heading}</h2>', html)
            self.assertEqual(titles(html), expected)
        self.forum("Robotics", at(2021, 12, 8, 14, 30), at(2021, 12, 8, 16), module="key-technologies")
        with time_machine.travel(at(2021, 12, 8, 15), tick=False):
            self.assertEqual(titles(section(self.client.get("/"))), ["Platforms", "Talent", "Robotics"])

    def test_only_the_current_editions_forums(self):
        with time_machine.travel(at(2020, 11, 26, 9, 30), tick=False):
            html = section(self.client.get("/"))
        self.assertEqual(titles(html)[0], "Launch Ceremony")
        self.assertNotIn("2020 Forum", html)

    def test_the_section_sits_between_news_and_guests(self):
        from forums.wagtail_hooks import programme_home_section

        with time_machine.travel(at(2021, 12, 1), tick=False):
            from django.test import RequestFactory

            request = RequestFactory().get("/")
            self.assertEqual(programme_home_section(request, self.home).order, 15)
