import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from news.factories import build_news_page
from tests.news.helpers import NewsSiteMixin
from wimc_site.factories import make_placeholder_image


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class NewsQueryCountTests(NewsSiteMixin, TestCase):
    """/news/ and an article cost the same number of SQL queries with 5 releases and with 50."""

    @classmethod
    def add_numbered(cls, numbers):
        for number in numbers:
            build_news_page(
                cls.index,
                f"Release {number}",
                date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                summary=f"Summary {number}.",
                image=make_placeholder_image(f"Thumbnail {number}", size=(200, 125)),
            )

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.add_numbered(range(1, 6))

    def count_queries(self, url):
        self.assertEqual(self.client.get(url).status_code, 200)  # warm caches, make renditions
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_five_and_fifty_releases_cost_the_same(self):
        urls = ["/news/", "/news/release-3/", "/news/category/news-release/", "/news/year/2020/"]
        with_five = [self.count_queries(url) for url in urls]
        self.add_numbered(range(6, 51))
        with_fifty = [self.count_queries(url) for url in urls]
        self.assertEqual(with_fifty, with_five)

    def test_feeds_cost_the_same(self):
        with_five = self.count_queries("/news/feed/rss/")
        self.add_numbered(range(6, 51))
        self.assertEqual(self.count_queries("/news/feed/rss/"), with_five)
