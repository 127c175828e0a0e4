"""Out-of-range, malformed and oversized values in URLs and query strings answer 404 or are
ignored, never a 500.

Every app's URL values and filter parameters are listed in the two tables below: a new app (forums,
expo...) adds its rows there. Each row is checked with every value of HOSTILE, on SQLite and on
PostgreSQL (which refuses NUL characters in queries).
"""

import datetime
from urllib.parse import quote

from django.test import TestCase

from news.factories import build_news_index, build_news_page
from speakers.factories import build_guest, build_guest_index
from wimc_site.factories import build_home_page

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
