"""/forums/: the current edition's programme by day, its filters, and past editions' programmes."""

import re

from django.test import TestCase, override_settings

from forums.models import ForumPage
from wimc_site.models import EditionFormat

from .helpers import ForumDataMixin, ForumKind, at, forum_titles


def day_headings(response):
    return re.findall(r'<h2 id="day-([\d-]+)">', response.content.decode())


def notes(response):
    return re.findall(r'<p class="programme-note" role="status">([^<]+)</p>', response.content.decode())


class ProgrammeDataMixin(ForumDataMixin):
    """Three days of 2021 forums and one 2020 forum."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.forum("Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10), kind=ForumKind.LAUNCH_CEREMONY)
        cls.forum("Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12, 30), kind=ForumKind.MAIN_FORUM)
        cls.forum("Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="key-technologies")
        cls.forum("Talent", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="social-ecology",
                  format=EditionFormat.OFFLINE)
        cls.forum("Textiles", at(2021, 12, 9, 9), at(2021, 12, 9, 12), module="industrial-applications",
                  format=EditionFormat.ONLINE)
        cls.forum("Sensors", at(2021, 12, 9, 9, 30), at(2021, 12, 9, 12), module="key-technologies",
                  format=EditionFormat.ONLINE)
        cls.forum("Carnival", at(2021, 12, 9, 23, 30), at(2021, 12, 10, 0, 30), kind=ForumKind.CARNIVAL)
        cls.forum("Closing Ceremony", at(2021, 12, 10, 14), at(2021, 12, 10, 15),
                  kind=ForumKind.CLOSING_CEREMONY)
        cls.forum("2020 Main Forum", at(2020, 11, 26, 10), edition=cls.edition_2020,
                  kind=ForumKind.MAIN_FORUM)


class ProgrammeTests(ProgrammeDataMixin, TestCase):
    def test_current_edition_by_day_in_time_order(self):
        response = self.client.get("/forums/")
        self.assertEqual(day_headings(response), ["2021-12-08", "2021-12-09", "2021-12-10"])
        self.assertEqual(
            forum_titles(response),
            ["Launch Ceremony", "Main Forum", "Platforms", "Talent", "Textiles", "Sensors", "Carnival",
             "Closing Ceremony"],
        )
        self.assertContains(response, '<span class="programme__edition">2021 WIMC</span>')
        self.assertContains(response, "All times are China Standard Time (UTC+8).")

    def test_a_new_day_shows_as_soon_as_its_forum_is_published(self):
        """The programme's days are kept between visits, and forgotten when a forum is published."""
        days = ["2021-12-08", "2021-12-09", "2021-12-10"]
        self.assertEqual(day_headings(self.client.get("/forums/")), days)
        self.forum("Carnival Finale", at(2021, 12, 11, 19), at(2021, 12, 11, 21), kind=ForumKind.CARNIVAL)
        self.assertEqual(day_headings(self.client.get("/forums/")), [*days, "2021-12-11"])

    def test_a_forum_past_midnight_stays_on_the_day_it_starts(self):
        response = self.client.get("/forums/")
        html = response.content.decode()
        day_two = html.split('id="day-2021-12-09"')[1].split('id="day-2021-12-10"')[0]
        self.assertIn(">Carnival</a>", day_two)
        self.assertIn(
            '<time datetime="2021-12-09T23:30:00+08:00">23:30</time>–'
            '<time datetime="2021-12-10T00:30:00+08:00">00:30</time> '
            '<span class="forum-item__next-day">(next day)</span>',
            day_two,
        )
        carnival = ForumPage.objects.get(title="Carnival")
        self.assertEqual(list(ForumPage.objects.on_day(carnival.local_day)), [
            *ForumPage.objects.filter(title__in=["Textiles", "Sensors", "Carnival"]).order_by("start")
        ])

    @override_settings(TIME_ZONE="America/New_York")
    def test_days_and_times_are_nanjings_whatever_the_servers_zone(self):
        response = self.client.get("/forums/")
        self.assertEqual(day_headings(response), ["2021-12-08", "2021-12-09", "2021-12-10"])
        self.assertContains(response, '<time datetime="2021-12-08T09:00:00+08:00">09:00</time>')
        self.assertIn("Carnival", forum_titles(self.client.get("/forums/", {"day": "2021-12-09"})))

    def test_unpublished_forums_are_not_listed(self):
        ForumPage.objects.get(title="Talent").unpublish()
        self.assertNotIn("Talent", forum_titles(self.client.get("/forums/")))

    @override_settings(PAGE_CACHE_SECONDS=0)  # what is kept below the page cache
    def test_the_kept_programme_changes_as_soon_as_a_forum_is_unpublished_or_edited(self):
        """The programme without filters is kept between visits; an unpublish or a published edit
        shows on the next one."""
        self.assertIn("Talent", forum_titles(self.client.get("/forums/")))
        ForumPage.objects.get(title="Talent").unpublish()
        self.assertNotIn("Talent", forum_titles(self.client.get("/forums/")))
        sensors = ForumPage.objects.get(title="Sensors")
        sensors.title = "Sensors and Metrology"
        sensors.save_revision().publish()
        self.assertIn("Sensors and Metrology", forum_titles(self.client.get("/forums/")))

    def test_past_edition_has_its_own_address(self):
        response = self.client.get("/forums/2020/")
        self.assertEqual(forum_titles(response), ["2020 Main Forum"])
        self.assertContains(response, '<span class="programme__edition">2020 WIMC</span>')
        self.assertContains(response, '<span aria-current="page">2020 WIMC</span>')  # breadcrumb
        self.assertContains(response, '<a href="/forums/">2021 WIMC</a>')

    def test_programme_links_every_edition(self):
        response = self.client.get("/forums/")
        self.assertContains(response, '<a href="/forums/2020/">2020 WIMC</a>')
        self.assertContains(response, '<a href="/forums/" aria-current="page">2021 WIMC</a>')

    def test_years_without_a_programme_are_404(self):
        # Other spellings of a year that has one too: one address per programme, no duplicates.
        for year in ("0", "1999", "2019", "99999", "2021x", "02020", "00002020", "+2020"):
            with self.subTest(year=year):
                self.assertEqual(self.client.get(f"/forums/{year}/").status_code, 404)

    def test_current_edition_without_forums_says_the_programme_is_coming(self):
        ForumPage.objects.filter(edition=self.edition_2021).delete()
        response = self.client.get("/forums/")
        self.assertEqual(forum_titles(response), [])
        self.assertContains(response, "The programme of the 2021 WIMC will be announced here.")
        self.assertContains(response, '<a href="/forums/2020/">2020 WIMC</a>')

    def test_machine_readable_programme_is_advertised(self):
        response = self.client.get("/forums/")
        for kind, path in (("application/json", "programme.json"), ("application/xml", "schedule.xml"),
                           ("text/calendar", "programme.ics")):
            self.assertRegex(
                response.content.decode(),
                rf'<link rel="alternate" type="{re.escape(kind)}" title="[^"]+" href="http://localhost/forums/{path}">',
            )
        self.assertContains(self.client.get("/forums/2020/"), 'href="http://localhost/forums/2020/schedule.xml"')

    def test_sitemap_lists_the_programme_and_past_editions(self):
        body = self.client.get("/sitemap-pages.xml").content.decode()
        self.assertIn("<loc>http://localhost/forums/</loc>", body)
        self.assertIn("<loc>http://localhost/forums/2020/</loc>", body)
        self.assertNotIn("<loc>http://localhost/forums/2021/</loc>", body)
        self.assertIn("<loc>http://localhost/forums/2021-carnival/</loc>", body)

    def test_one_h1(self):
        self.assertEqual(self.client.get("/forums/").content.decode().count("<h1"), 1)


class ProgrammeFilterTests(ProgrammeDataMixin, TestCase):
    """Filters by day, module, kind and format combine, live in the URL, and ignore bad values."""

    def test_each_filter(self):
        cases = [
            ({"day": "2021-12-10"}, ["Closing Ceremony"]),
            ({"module": "key-technologies"}, ["Platforms", "Sensors"]),
            ({"kind": "carnival"}, ["Carnival"]),
            ({"format": "offline"}, ["Launch Ceremony", "Main Forum", "Platforms", "Talent", "Carnival",
                                     "Closing Ceremony"]),
            ({"format": "online"}, ["Launch Ceremony", "Main Forum", "Platforms", "Textiles", "Sensors",
                                    "Carnival", "Closing Ceremony"]),
            ({"format": "hybrid"}, ["Launch Ceremony", "Main Forum", "Platforms", "Carnival",
                                    "Closing Ceremony"]),
        ]
        for params, expected in cases:
            with self.subTest(params=params):
                response = self.client.get("/forums/", params)
                self.assertEqual(forum_titles(response), expected)
                self.assertEqual(notes(response), [])

    def test_filters_combine(self):
        cases = [
            ({"day": "2021-12-09", "module": "key-technologies"}, ["Sensors"]),
            ({"day": "2021-12-08", "kind": "sub-forum", "format": "offline"}, ["Platforms", "Talent"]),
            ({"day": "2021-12-08", "kind": "sub-forum", "format": "hybrid"}, ["Platforms"]),
            ({"module": "key-technologies", "format": "online", "kind": "sub-forum"},
             ["Platforms", "Sensors"]),
            ({"day": "2021-12-10", "module": "social-ecology"}, []),
        ]
        for params, expected in cases:
            with self.subTest(params=params):
                self.assertEqual(forum_titles(self.client.get("/forums/", params)), expected)

    def test_no_match_says_so_and_offers_the_whole_programme(self):
        response = self.client.get("/forums/", {"day": "2021-12-10", "module": "social-ecology"})
        self.assertContains(response, "No forums match these filters.")
        self.assertContains(response, '<a href="/forums/">Show the whole programme</a>')

    def test_bad_values_are_ignored_with_a_note(self):
        everything = forum_titles(self.client.get("/forums/"))
        cases = [
            ({"module": "no-such-module"}, "There is no such module"),
            ({"module": "x" * 10_000}, "There is no such module"),
            ({"module": "key-\x00technologies"}, None),  # NUL bytes are dropped, the rest is used
            ({"day": "2021-12-11"}, "There are no forums on that day"),  # outside the edition
            ({"day": "2020-11-26"}, "There are no forums on that day"),  # another edition's day
            ({"day": "2021-13-45"}, "There are no forums on that day"),
            ({"day": "tomorrow"}, "There are no forums on that day"),
            ({"day": "\x00"}, None),
            ({"day": "2" * 10_000}, "There are no forums on that day"),
            ({"kind": "keynote"}, "There is no such kind of event"),
            ({"kind": "<script>alert(1)</script>"}, "There is no such kind of event"),
            ({"format": "hologram"}, "There is no such format"),
            ({"format": "o" * 10_000}, "There is no such format"),
            ({"page": "abc"}, None),
            ({"page": "99999"}, None),
        ]
        for params, note in cases:
            with self.subTest(params={k: v[:20] for k, v in params.items()}):
                response = self.client.get("/forums/", params)
                self.assertEqual(response.status_code, 200)
                self.assertNotContains(response, "<script>alert(1)</script>")
                if note is None:
                    self.assertEqual(notes(response), [])
                    if "module" not in params:
                        self.assertEqual(forum_titles(response), everything)
                else:
                    self.assertEqual(len(notes(response)), 1)
                    self.assertIn(note, notes(response)[0])
                    self.assertEqual(forum_titles(response), everything)

    def test_a_bad_value_leaves_the_good_ones_working(self):
        params = {"day": "2021-13-45", "module": "key-technologies", "kind": "x"}
        response = self.client.get("/forums/", params)
        self.assertEqual(forum_titles(response), ["Platforms", "Sensors"])
        self.assertEqual(len(notes(response)), 2)

    def test_nul_inside_a_module_slug_is_dropped(self):
        response = self.client.get("/forums/", {"module": "key-\x00technologies"})
        self.assertEqual(forum_titles(response), ["Platforms", "Sensors"])

    def test_filters_are_links_and_a_get_form(self):
        response = self.client.get("/forums/", {"module": "key-technologies"})
        html = response.content.decode()
        self.assertIn('<form class="programme-filters" method="get" action="/forums/"', html)
        for name in ("day", "module", "kind", "format"):
            label = rf'<label for="filter-{name}">[^<]+</label>\s*<select id="filter-{name}" name="{name}"'
            self.assertRegex(html, label)
        self.assertIn('<option value="key-technologies" selected>', html)
        # Day links keep the other filters, and only clean values spread to links.
        self.assertIn('href="/forums/?day=2021-12-09&amp;module=key-technologies"', html)
        params = {"kind": "bogus" * 3, "module": "key-technologies"}
        bad = self.client.get("/forums/", params).content.decode()
        self.assertNotIn("bogusbogus", bad.split("<main")[1])

    def test_past_edition_filters_stay_on_its_address(self):
        response = self.client.get("/forums/2020/", {"day": "2020-11-26"})
        self.assertEqual(forum_titles(response), ["2020 Main Forum"])
        self.assertContains(response, 'action="/forums/2020/"')
        self.assertContains(response, 'href="/forums/2020/?day=2020-11-26"')
