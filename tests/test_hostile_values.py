"""Out-of-range, malformed and oversized values in URLs and query strings answer 404 or are
ignored, never a 500.

Every app's URL values and filter parameters are listed in the two tables below: a new app (forums,
expo...) adds its rows there. Each row is checked with every value of HOSTILE, on SQLite and on
PostgreSQL (which refuses NUL characters in queries).
"""

import datetime
from urllib.parse import quote

from django.test import TestCase

from expo.factories import (
    build_area,
    build_exhibitor,
    build_expo_index,
    build_listing,
    ensure_default_industries,
)
from forums.factories import at, build_forum, build_forum_index, ensure_default_modules
from forums.models import ForumKind
from news.factories import build_news_index, build_news_page
from speakers.factories import build_guest, build_guest_index
from tests.forums.helpers import make_edition
from wimc_site.factories import build_home_page, get_locale, translate_page

# Values a crawler, a fuzzer or a mistyped link sends: out of the range of a year or of the
# database's integers, not numbers at all, NUL bytes, very long strings, markup. One of each kind:
# every value is tried on every row, so the list stays short.
HOSTILE = {
    "zero": "0",
    "negative": "-1",
    "year-10000": "10000",
    "year-99999": "99999",
    "beyond-bigint": "9" * 400,
    "float": "1e400",
    "nul": "2020\x00",
    "ten-kilobytes": "x" * 10_000,
    "markup": '"><script>alert(1)</script>',
    "unicode": "智能制造\u202e",
    "uuid-shaped": "-" * 32,  # the characters and length of a UUID, not one (forum keys)
}

# URL patterns with a value in them: {} is replaced by each hostile value (quoted). The page answers 404.
PATH_CASES = [
    "/news/year/{}/",
    "/news/year/{}/?page=2",
    "/news/category/{}/",
    "/news/category/{}/feed/rss/",
    "/news/category/{}/feed/atom/",
    "/news/{}/",
    "/guests/{}/",
    "/zh-hans/news/year/{}/",
    "/zh-hans/news/{}/",
    "/zh-hans/forums/{}/",
    "/forums/{}/",
    "/forums/{}/programme.json",
    "/forums/{}/programme.ics",
    "/forums/{}/schedule.xml",
    "/forums/guest/{}.ics",
    "/expo/{}/",
    "/expo/solutions/{}/",
    "/{}/",
    "/documents/{}/release.pdf",
]

# Pages and the query parameters they read: each parameter set to each hostile value gives `status`
# (200 when the value is ignored, 404 where the parameter names something that must exist).
QUERY_CASES = [
    ("/", ["page"], 200),
    ("/news/", ["page"], 200),
    ("/news/category/news-release/", ["page"], 200),
    ("/news/year/2020/", ["page"], 200),
    ("/news/feed/rss/", ["page"], 200),
    ("/news/feed/atom/", ["page"], 200),
    ("/news/category/news-release/feed/rss/", ["page"], 200),
    ("/news/first-release/", ["page"], 200),
    ("/guests/", ["page", "category", "edition", "q"], 200),
    ("/guests/ada-sample/", ["page"], 200),
    ("/search/", ["query", "page"], 200),
    ("/search/?query=manufacturing", ["page"], 200),
    ("/zh-hans/search/", ["query", "page"], 200),
    ("/forums/", ["day", "module", "kind", "format", "page"], 200),
    ("/forums/my-agenda/", ["forum", "day"], 200),
    ("/forums/agenda.ics", ["forum"], 200),
    ("/forums/programme.json", ["page"], 200),
    ("/forums/2021-main-forum/", ["page"], 200),
    ("/forums/2021-main-forum/calendar.ics", ["page"], 200),
    ("/expo/", ["page"], 200),
    ("/expo/solutions/", ["industry", "region", "q", "page"], 200),
    ("/expo/solutions/sample-robotics/", ["page"], 200),
    ("/expo/supply-and-demand/", ["area", "type", "page"], 200),
    ("/zh-hans/", ["page"], 200),
    ("/zh-hans/news/", ["page"], 200),
    ("/zh-hans/forums/", ["day", "module", "kind", "format", "page"], 200),
    ("/robots.txt", ["page"], 200),
    ("/sitemap-pages.xml", ["p"], 404),
    ("/no-such-page/", ["page"], 404),
]


class HostileValueTests(TestCase):
    """Every row of PATH_CASES and QUERY_CASES, with every value of HOSTILE."""

    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        news = build_news_index(home)
        build_news_page(news, "First release", date=datetime.date(2020, 11, 6))
        build_guest(build_guest_index(home), "Ada Sample", "academicians")
        ensure_default_modules()
        forums = build_forum_index(home)
        edition = make_edition(2021, datetime.date(2021, 12, 8), datetime.date(2021, 12, 10), current=True)
        build_forum(forums, "Main Forum", edition, at(2021, 12, 8, 9), kind=ForumKind.MAIN_FORUM)
        ensure_default_industries()
        area = build_area(build_expo_index(home), "Intelligent Manufacturing Solutions", slug="solutions")
        build_exhibitor(area, "Sample Robotics", industry="machinery")
        build_listing(area, "Looking for a vision inspection partner")
        # The Chinese half: home, newsroom and programme.
        chinese = get_locale("zh-hans")
        translate_page(home, chinese, title="世界智能制造大会")
        translate_page(news, chinese, title="新闻")
        translate_page(forums, chinese, title="论坛")

    def test_hostile_path_values_are_not_found(self):
        for pattern in PATH_CASES:
            for name, value in HOSTILE.items():
                url = pattern.format(quote(value, safe=""))
                with self.subTest(pattern=pattern, value=name):
                    self.assertEqual(self.client.get(url).status_code, 404)

    def test_hostile_query_values_are_ignored(self):
        for url, parameters, status in QUERY_CASES:
            for parameter in parameters:
                for name, value in HOSTILE.items():
                    with self.subTest(url=url, parameter=parameter, value=name):
                        self.assertEqual(self.client.get(url, {parameter: value}).status_code, status)

    def test_years_in_range_still_resolve(self):
        """The year converter keeps every year a date can hold; a year without news is 404."""
        for year, status in [("2020", 200), ("1", 404), ("0001", 404), ("9999", 404)]:
            with self.subTest(year=year):
                self.assertEqual(self.client.get(f"/news/year/{year}/").status_code, status)
