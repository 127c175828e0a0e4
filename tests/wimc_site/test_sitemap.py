"""The sitemap is an index at /sitemap.xml pointing at sitemaps of a bounded size, whatever the archive's."""

import datetime
import xml.etree.ElementTree as ET
from unittest import mock

import time_machine
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from news.factories import build_news_page
from tests.news.helpers import NewsSiteMixin
from wimc_site.page_cache import STATUS_HEADER
from wimc_site.sitemaps import TranslatedSitemap

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
PAGE_SIZE = 5


def small_pages():
    """Sitemaps of PAGE_SIZE pages, so that a few releases need several of them."""
    return mock.patch.object(TranslatedSitemap, "limit", PAGE_SIZE)


class SitemapIndexTests(NewsSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.add_releases(12)  # with the home page and /news/: 14 pages, 15 addresses with the category

    def xml(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertEqual(response["Content-Type"], "application/xml")
        return ET.fromstring(response.content)  # noqa: S314 - our own sitemap

    def sitemap_locations(self):
        root = self.xml("/sitemap.xml")
        self.assertEqual(root.tag, f"{SITEMAP}sitemapindex")
        return [sitemap.findtext(f"{SITEMAP}loc") for sitemap in root.findall(f"{SITEMAP}sitemap")]

    def page_locations(self, location):
        root = self.xml(location.removeprefix("http://testserver"))
        self.assertEqual(root.tag, f"{SITEMAP}urlset")
        return [url.findtext(f"{SITEMAP}loc") for url in root.findall(f"{SITEMAP}url")]

    def test_index_lists_one_sitemap_per_page_of_pages(self):
        with small_pages():
            self.assertEqual(
                self.sitemap_locations(),
                [
                    "http://testserver/sitemap-pages.xml",
                    "http://testserver/sitemap-pages.xml?p=2",
                    "http://testserver/sitemap-pages.xml?p=3",
                ],
            )

    def test_the_sitemaps_list_every_page_once(self):
        with small_pages():
            pages = [self.page_locations(location) for location in self.sitemap_locations()]
        self.assertTrue(all(len(locations) <= PAGE_SIZE + 1 for locations in pages), pages)
        every = [location for locations in pages for location in locations]
        self.assertEqual(len(every), len(set(every)))
        self.assertIn("http://localhost/", every)
        self.assertIn("http://localhost/news/category/news-release/", every)
        for number in range(1, 13):
            self.assertIn(f"http://localhost/news/release-{number}/", every)

    def test_index_says_when_the_site_last_changed(self):
        with time_machine.travel(datetime.datetime(2030, 3, 4, 10, 0, tzinfo=datetime.UTC), tick=False):
            build_news_page(self.index, "Latest", date=datetime.date(2030, 3, 4))
        root = self.xml("/sitemap.xml")
        lastmod = root.find(f"{SITEMAP}sitemap").findtext(f"{SITEMAP}lastmod")
        self.assertEqual(lastmod, "2030-03-04T18:00:00+08:00")  # in the site's time zone

    def test_pages_past_the_last_are_not_found(self):
        with small_pages():
            self.assertEqual(self.client.get("/sitemap-pages.xml?p=4").status_code, 404)
            self.assertEqual(self.client.get("/sitemap-pages.xml?p=two").status_code, 404)
        self.assertEqual(self.client.get("/sitemap-other.xml").status_code, 404)

    def test_sitemaps_are_cached_until_something_is_published(self):
        self.client.get("/sitemap-pages.xml")
        response = self.client.get("/sitemap-pages.xml")
        self.assertEqual(response[STATUS_HEADER], "hit")
        build_news_page(self.index, "Just published", date=datetime.date(2021, 1, 1))
        self.assertContains(self.client.get("/sitemap-pages.xml"), "/news/just-published/")


class SitemapQueryCountTests(NewsSiteMixin, TestCase):
    """The index and a sitemap page cost the same number of queries with 5 releases as with 50."""

    def count(self, url):
        self.client.get(url)  # warm caches (site root paths, settings)
        with self.settings(PAGE_CACHE_SECONDS=0), CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_index(self):
        self.add_releases(5)
        five = self.count("/sitemap.xml")
        self.add_releases(45, start=datetime.date(2021, 1, 1))
        self.assertEqual(self.count("/sitemap.xml"), five)

    def test_sitemap_page(self):
        self.add_releases(5)
        five = self.count("/sitemap-pages.xml")
        self.add_releases(45, start=datetime.date(2021, 1, 1))
        self.assertEqual(self.count("/sitemap-pages.xml"), five)
