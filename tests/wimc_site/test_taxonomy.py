"""Categories (and editions) are read once and kept in the cache; an editor's change to them still
shows at once, in every language."""

import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from news.factories import build_news_page
from news.models import NewsCategory
from tests.news.helpers import NewsSiteMixin, visible_text
from wimc_site.factories import get_locale, translate_page


def category_queries(queries):
    return [q["sql"] for q in queries if 'FROM "news_newscategory"' in q["sql"]]


@override_settings(PAGE_CACHE_SECONDS=0)
class CachedCategoriesTests(NewsSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(cls.index, "Conference opens", date=datetime.date(2021, 12, 8))
        cls.chinese = get_locale("zh-hans")
        translate_page(cls.home, cls.chinese, title="首页")
        translate_page(cls.index, cls.chinese, title="新闻")

    def english_category(self):
        return NewsCategory.objects.get(slug="news-release", locale=get_locale())

    def test_categories_are_read_once_for_every_visitor(self):
        self.client.get("/news/category/news-release/")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/news/category/news-release/")
        self.assertContains(response, "News Release")
        self.assertEqual(category_queries(queries), [])

    def test_a_renamed_category_shows_at_once(self):
        self.assertIn("News Release", visible_text(self.client.get("/news/").content))
        category = self.english_category()
        category.name = "Press Releases"
        category.save()
        text = visible_text(self.client.get("/news/").content)
        self.assertIn("Press Releases", text)
        self.assertNotIn("News Release", text)

    def test_a_new_translation_replaces_the_fallback_at_once(self):
        self.assertContains(self.client.get("/zh-hans/news/"), "News Release")
        chinese = self.english_category().copy_for_translation(self.chinese)
        chinese.name = "新闻发布"
        chinese.save()
        response = self.client.get("/zh-hans/news/")
        self.assertContains(response, "新闻发布")
        self.assertNotContains(response, "News Release")

    def test_a_deleted_category_is_gone_at_once(self):
        self.assertEqual(self.client.get("/news/category/notices/").status_code, 200)
        NewsCategory.objects.get(slug="notices", locale=get_locale()).delete()
        self.assertEqual(self.client.get("/news/category/notices/").status_code, 404)
