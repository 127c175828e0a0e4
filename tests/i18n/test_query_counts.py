"""The Chinese listings, the sitemap with its alternates and the Translations report cost the same
number of queries with 5 items as with 50."""

import datetime

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.factories import build_news_page
from news.models import NewsPage
from tests.i18n.helpers import BilingualSiteMixin
from wimc_site.factories import translate_page


# The page cache off: a cached page would cost no queries whatever the listing holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class QueryCountTests(BilingualSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@wimc.example", "pw")

    def add_translated_releases(self, count, start=0):
        for number in range(start, start + count):
            release = build_news_page(self.news, f"Release {number}", date=datetime.date(2021, 1, 1))
            translate_page(release, self.zh, title=f"新闻{number}")

    def count(self, url):
        self.client.get(url)  # warm caches (site root paths, settings)
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(url).status_code, 200)
        return len(queries)

    def test_chinese_news_listing(self):
        self.add_translated_releases(5)
        five = self.count("/zh-hans/news/")
        self.add_translated_releases(45, start=5)
        self.assertEqual(self.count("/zh-hans/news/"), five)

    def test_sitemap_with_alternates(self):
        self.add_translated_releases(5)
        five = self.count("/sitemap-pages.xml")
        self.add_translated_releases(45, start=5)
        self.assertEqual(self.count("/sitemap-pages.xml"), five)

    def test_translations_report(self):
        self.client.force_login(self.admin)
        self.add_translated_releases(5)
        for release in NewsPage.objects.filter(locale=self.en):
            release.save_revision().publish()  # marks every Chinese release out of date
        five = self.count(reverse("wimc_translations"))
        self.add_translated_releases(45, start=5)
        for release in NewsPage.objects.filter(locale=self.en):
            release.save_revision().publish()
        self.assertEqual(self.count(reverse("wimc_translations")), five)

    def test_explorer_of_translations_flags_outdated_rows_without_a_query_each(self):
        self.client.force_login(self.admin)
        zh_news = self.news.get_translation(self.zh)
        explorer = reverse("wagtailadmin_explore", args=[zh_news.pk])
        self.add_translated_releases(5)
        NewsPage.objects.get(locale=self.en, title="Release 0").save_revision().publish()
        five = self.count(explorer)
        self.assertContains(self.client.get(explorer), "Translation out of date", count=1)
        self.add_translated_releases(45, start=5)
        for title in ("Release 1", "Release 49"):
            NewsPage.objects.get(locale=self.en, title=title).save_revision().publish()
        self.assertEqual(self.count(explorer), five)
        self.assertContains(self.client.get(explorer), "Translation out of date", count=3)
