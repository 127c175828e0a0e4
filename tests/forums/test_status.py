"""Whether a forum is upcoming, live or over, at the moment a visitor looks."""

import datetime
import re

import time_machine
from django.test import TestCase

from forums.models import ForumPage, ForumStatus, status_at

from .helpers import ForumDataMixin, ForumKind, at

BEFORE = at(2021, 12, 8, 8, 59)
DURING = at(2021, 12, 8, 9, 30)
AFTER = at(2021, 12, 8, 10, 0)  # the end itself is "over"
STREAM = re.escape("https://live.wimc.example/2021/launch/")


def status_label(html, forum_id):
    """The status label shown for one forum of a programme page."""
    article = re.search(rf'<article[^>]*aria-labelledby="forum-{forum_id}".*?</article>', html, re.S).group(0)
    return re.search(r"data-status-label[^>]*>([^<]+)<", article).group(1)


class ForumStatusTests(ForumDataMixin, TestCase):
    """Status by the clock: before, during and after, on a frozen clock."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.launch = cls.forum(
            "Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10), kind=ForumKind.LAUNCH_CEREMONY,
            live_stream_url="https://live.wimc.example/2021/launch/",
            replay_url="https://live.wimc.example/2021/launch/replay/",
        )

    def test_model_status(self):
        self.assertEqual(self.launch.status(BEFORE), ForumStatus.UPCOMING)
        self.assertEqual(self.launch.status(DURING), ForumStatus.LIVE)
        self.assertEqual(self.launch.status(AFTER), ForumStatus.ENDED)
        self.assertEqual(status_at(self.launch.start, self.launch.end, self.launch.start), ForumStatus.LIVE)

    def test_querysets_agree(self):
        forums = ForumPage.objects.published()
        for now, name in ((BEFORE, "upcoming"), (DURING, "live_now"), (AFTER, "past")):
            with self.subTest(name=name):
                self.assertEqual(list(getattr(forums, name)(now)), [self.launch])
                others = {"upcoming", "live_now", "past"} - {name}
                for other in others:
                    self.assertFalse(getattr(forums, other)(now).exists(), other)

    def test_querysets_default_to_the_real_clock(self):
        with time_machine.travel(DURING, tick=False):
            self.assertTrue(ForumPage.objects.live_now().exists())
            self.assertFalse(ForumPage.objects.upcoming().exists())

    def test_before_the_forum_the_page_says_upcoming_and_hides_the_stream(self):
        with time_machine.travel(BEFORE, tick=False):
            html = self.client.get(self.launch.url).content.decode()
        self.assertIn('status--upcoming" data-status-label', html)
        self.assertIn(">Upcoming</span>", html)
        self.assertRegex(html, rf'href="{STREAM}"[^>]*data-show-when="live" hidden')

    def test_during_the_forum_the_stream_link_is_up_front(self):
        with time_machine.travel(DURING, tick=False):
            html = self.client.get(self.launch.url).content.decode()
        self.assertIn(">Live now</span>", html)
        self.assertRegex(html, rf'href="{STREAM}"[^>]*data-show-when="live">Watch live')
        self.assertRegex(html, r'data-show-when="ended" hidden>Watch the replay')

    def test_after_the_forum_the_replay_is_offered(self):
        with time_machine.travel(AFTER, tick=False):
            html = self.client.get(self.launch.url).content.decode()
        self.assertIn(">Ended</span>", html)
        self.assertRegex(html, r'data-show-when="ended">Watch the replay')
        self.assertRegex(html, r'data-show-when="live" hidden>Watch live')

    def test_programme_shows_each_forums_status(self):
        with time_machine.travel(DURING, tick=False):
            html = self.client.get("/forums/").content.decode()
        self.assertEqual(status_label(html, self.launch.pk), "Live now")


class CachedPageStatusTests(ForumDataMixin, TestCase):
    """A page rendered before a forum and served later from a cache still carries what the
    browser needs to show the right status (static/js/forums.js): the times, the three labels and
    the stream link, hidden until then. The browser test checks the script itself."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.forum_page = cls.forum(
            "Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12, 30), kind=ForumKind.MAIN_FORUM,
            live_stream_url="https://live.wimc.example/2021/main/",
        )

    def status_from_html(self, html, now):
        """What the script computes: the rule of ForumPage.status() applied to the embedded times."""
        start, end = re.search(r'data-forum-start="([^"]+)" data-forum-end="([^"]+)"', html).groups()
        return status_at(datetime.datetime.fromisoformat(start), datetime.datetime.fromisoformat(end), now)

    def test_page_rendered_yesterday_has_what_the_script_needs_today(self):
        with time_machine.travel(at(2021, 12, 7, 18), tick=False):
            cached = self.client.get(self.forum_page.url).content.decode()
        self.assertIn(">Upcoming</span>", cached)  # what the server saw then
        later = at(2021, 12, 8, 11)
        self.assertEqual(self.status_from_html(cached, later), ForumStatus.LIVE)
        self.assertIn('data-forum-start="2021-12-08T10:00:00+08:00"', cached)
        self.assertIn('data-forum-end="2021-12-08T12:30:00+08:00"', cached)
        self.assertIn('data-label-live="Live now"', cached)
        stream = re.escape("https://live.wimc.example/2021/main/")
        self.assertRegex(cached, rf'href="{stream}"[^>]*data-show-when="live" hidden')
        self.assertRegex(cached, r'<script src="/static/js/forums\.js" defer></script>')

    def test_programme_page_carries_the_times_of_every_forum(self):
        with time_machine.travel(at(2021, 12, 1), tick=False):
            cached = self.client.get("/forums/").content.decode()
        self.assertEqual(self.status_from_html(cached, at(2021, 12, 8, 12, 29)), ForumStatus.LIVE)
        self.assertEqual(self.status_from_html(cached, at(2021, 12, 8, 12, 30)), ForumStatus.ENDED)

    def test_the_script_applies_the_same_rule(self):
        """The rule in static/js/forums.js: before start upcoming, before end live, else ended."""
        from django.contrib.staticfiles import finders

        script = open(finders.find("js/forums.js"), encoding="utf-8").read()  # noqa: SIM115
        self.assertIn('if (now < start) return "upcoming";', script)
        self.assertIn('if (now < end) return "live";', script)
        self.assertIn('return "ended";', script)
