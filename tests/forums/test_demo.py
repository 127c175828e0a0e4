"""The demo programme: 2020 and 2021 as the seed release describes them, in both languages."""

import datetime

from django.test import TestCase
from wagtail.models import Page

from forums.models import ForumKind, ForumPage, ForumRole, ForumSpeaker
from wimc_site.factories import add_page
from wimc_site.models import ConferenceEdition, ContentPage, HomePage

from .helpers import forum_titles


class DemoProgrammeTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        from forums import demo
        from speakers.factories import build_guest, build_guest_index, ensure_default_categories
        from wimc_site import demo as site_demo

        site_demo.load_site()
        # A dozen guests stand in for the guests demo (which takes long to build): the programme
        # takes whatever guests each edition has, and Zhang Lefu by his key.
        ensure_default_categories()
        guests = build_guest_index(HomePage.objects.get(locale__language_code="en"))
        editions = {e.year: e for e in ConferenceEdition.objects.filter(locale__language_code="en")}
        for n in range(12):
            years = [editions[2020], editions[2021]] if n % 3 else [editions[2020]]
            build_guest(guests, f"Sample Guest {n:02d}", "academicians", editions=years)
        build_guest(guests, "Zhang Lefu", "government-officials", editions=[editions[2020]], key_guest=False)
        demo.load()
        cls.counts = {"pages": Page.objects.count(), "speakers": ForumSpeaker.objects.count()}
        demo.load()  # idempotent
        site_demo.load_menu()

    def forums(self, year, locale="en"):
        return ForumPage.objects.filter(edition__year=year, locale__language_code=locale)

    def test_running_twice_adds_nothing(self):
        self.assertEqual(
            {"pages": Page.objects.count(), "speakers": ForumSpeaker.objects.count()}, self.counts
        )

    def test_2020_programme_follows_the_seed_release(self):
        forums = self.forums(2020)
        kinds = sorted(forums.values_list("kind", flat=True))
        self.assertEqual(kinds.count(ForumKind.SUB_FORUM), 11)
        for kind in (ForumKind.LAUNCH_CEREMONY, ForumKind.MAIN_FORUM, ForumKind.CLOSING_CEREMONY,
                     ForumKind.CARNIVAL, ForumKind.FESTIVAL):
            self.assertEqual(kinds.count(kind), 1, kind)
        modules = set(forums.filter(kind=ForumKind.SUB_FORUM).values_list("module__slug", flat=True))
        self.assertEqual(modules, {"comprehensive-progress", "key-technologies", "industrial-applications",
                                   "social-ecology"})
        days = {forum.local_day for forum in forums}
        self.assertEqual(days, {datetime.date(2020, 11, day) for day in (26, 27, 28)})
        venues = set(forums.values_list("venue", flat=True))
        self.assertEqual(venues, {"Nanjing International Expo Conference Center"})
        self.assertTrue(forums.filter(title="WIMC Industrial Brands Festival").exists())

    def test_2021_programme_with_guests(self):
        forums = self.forums(2021)
        days = {forum.local_day for forum in forums}
        self.assertEqual(days, {datetime.date(2021, 12, day) for day in (8, 9, 10)})
        self.assertTrue(ForumSpeaker.objects.filter(page__in=forums, role=ForumRole.KEYNOTE).exists())
        years = ForumSpeaker.objects.filter(page__in=forums).values_list("guest__editions__year", flat=True)
        self.assertIn(2021, set(years))

    def test_links_are_clearly_demo_addresses(self):
        for url in ForumPage.objects.values_list("live_stream_url", flat=True):
            self.assertTrue(url.startswith("https://live.wimc.example/"), url)

    def test_no_guest_is_booked_twice_at_the_same_time(self):
        for forum in ForumPage.objects.filter(locale__language_code="en"):
            self.assertEqual(forum.get_double_bookings(), [], forum.title)

    def test_zhang_lefu_at_the_2020_closing_ceremony(self):
        closing = self.forums(2020).get(kind=ForumKind.CLOSING_CEREMONY)
        self.assertIn(("Zhang Lefu", ForumRole.GUEST_OF_HONOUR),
                      [(s.guest.title, s.role) for s in closing.speakers.all()])

    def test_programme_pages_render(self):
        response = self.client.get("/forums/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Launch Ceremony", forum_titles(response))
        self.assertEqual(len(forum_titles(self.client.get("/forums/2020/"))), 16)
        main = self.forums(2020).get(kind=ForumKind.MAIN_FORUM)
        page = self.client.get(main.url)
        self.assertContains(page, "Keynote: Intelligent manufacturing and the new development pattern")
        self.assertContains(page, "Opening remarks")

    def test_chinese_programme(self):
        self.assertEqual(self.forums(2020, "zh-hans").count(), self.forums(2020).count())
        response = self.client.get("/zh-hans/forums/2020/")
        self.assertEqual(response.status_code, 200)
        self.assertIn("开幕式", forum_titles(response))
        self.assertContains(response, "<h1>论坛")
        self.assertContains(response, "关键技术")
        main = self.forums(2020, "zh-hans").get(kind=ForumKind.MAIN_FORUM)
        page = self.client.get(main.url)
        self.assertContains(page, "主旨演讲：智能制造与新发展格局")
        self.assertContains(page, "会议中心一层大会堂")

    def test_main_menu_links_the_programme(self):
        self.assertContains(self.client.get("/"), '<a href="/forums/"')


class ReplaceContentPageTests(TestCase):
    """A site built before the programme existed has a content page at /forums/; the demo loader
    (`load` starts with `replace_content_page`) puts the programme in its place, keeping its words."""

    def test_content_page_becomes_the_programme(self):
        from forums.demo import replace_content_page
        from wimc_site.factories import build_home_page

        home = build_home_page()
        add_page(home, ContentPage(title="About", slug="about"))
        old = add_page(home, ContentPage(
            title="Forums", slug="forums", introduction="Old words about the forums.",
            listing_summary="The Main Forum and the sub-forums in four modules.",
        ))
        old.move(home, pos="first-child")
        index = replace_content_page(home)
        self.assertEqual(index.url, "/forums/")
        self.assertEqual(index.title, "Forums")
        self.assertEqual(index.introduction, "Old words about the forums.")
        self.assertEqual(index.listing_summary, "The Main Forum and the sub-forums in four modules.")
        self.assertFalse(ContentPage.objects.filter(slug="forums").exists())
        self.assertEqual(home.get_children().first().pk, index.pk)  # where the old page was
        self.assertEqual(self.client.get("/forums/").status_code, 200)
        self.assertIsNone(replace_content_page(home))  # nothing left to replace
