"""Searching in Chinese finds the Chinese pages that contain the words, on whichever database the
suite runs (CI runs it on SQLite and on PostgreSQL)."""

import re
from unittest import mock

from django.db import connection
from django.test import TestCase
from django.utils import translation

from news.factories import build_news_page, paragraphs
from tests.i18n.helpers import BilingualSiteMixin
from wimc_site.factories import translate_page
from wimc_site.models.pages import indexed_text
from wimc_site.segments import index_terms, query_terms, segment
from wimc_site.views import find, searchable_pages

TEXTS = {
    "closing": ("2020世界智能制造大会闭幕", "现场签约重大项目30个，总额536.3亿元。"),
    "expo": ("云展会11月中旬上线", "云展会设智能制造解决方案等五大展区，全年开放。"),
    "forums": ("四大板块分论坛同步举行", "分论坛聚焦数字孪生和工业互联网，专家在南京出席。"),
}
QUERIES = ["大会", "智能制造", "云展会", "分论坛", "数字孪生", "工业互联网", "南京", "签约",
           "世界智能制造大会"]


def result_urls(response):
    return re.findall(r'<h2><a href="([^"]+)">', response.content.decode())


class SegmentTests(TestCase):
    def test_han_runs_become_overlapping_bigrams(self):
        self.assertEqual(segment("智能制造"), ["智能", "能制", "制造"])
        self.assertEqual(segment("2020年世界"), ["2020", "年世", "世界"])
        self.assertEqual(segment("会"), ["会"])
        self.assertEqual(index_terms("WIMC在南京。Robots"), "WIMC 在南 南京")
        self.assertEqual(query_terms(["robot", "大会"]), ["robot", "大会"])


class ChineseSearchRecallTests(BilingualSiteMixin, TestCase):
    """Every Chinese page whose text contains a query is found, and no English page is."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        english = {}
        for slug, (title, text) in TEXTS.items():
            english[slug] = build_news_page(cls.news, f"English {slug}", slug=slug)
            translate_page(english[slug], cls.zh, title=title, body=paragraphs(text))

    def test_recall_is_complete_on_this_database(self):
        with translation.override("zh-hans"):
            pages = list(searchable_pages())
            texts = {page.pk: indexed_text(page) for page in pages}
            for query in QUERIES:
                with self.subTest(query=query, database=connection.vendor):
                    relevant = {pk for pk, text in texts.items() if query in text}
                    self.assertTrue(relevant)
                    found = {page.pk for page in find([query])}
                    self.assertEqual(relevant - found, set())
                    self.assertEqual(found - relevant, set())

    def test_the_search_page_finds_chinese_words(self):
        response = self.client.get("/zh-hans/search/", {"q": "智能制造"})
        urls = result_urls(response)
        self.assertIn("/zh-hans/news/expo/", urls)
        self.assertIn("/zh-hans/news/conference-opens/", urls)
        self.assertNotIn("/zh-hans/news/forums/", urls)
        self.assertTrue(all(url.startswith("/zh-hans/") for url in urls))
        self.assertContains(response, "“智能制造”共有")

    def test_words_that_appear_apart_do_not_match_as_a_phrase(self):
        # 南京 and 大会 are both on the closing page but never as 南京大会.
        response = self.client.get("/zh-hans/search/", {"q": "南京大会"})
        self.assertNotIn("/zh-hans/news/closing/", result_urls(response))

    def test_english_search_is_unchanged(self):
        urls = result_urls(self.client.get("/search/", {"q": "opened"}))
        self.assertEqual(urls, ["/news/conference-opens/"])

    def test_a_guests_chinese_name_finds_them_in_both_languages(self):
        chinese = result_urls(self.client.get("/zh-hans/search/", {"q": "王建国"}))
        self.assertIn("/zh-hans/guests/wang-jianguo/", chinese)
        self.assertIn("/guests/wang-jianguo/", result_urls(self.client.get("/search/", {"q": "王建国"})))


class LongResultListTests(BilingualSiteMixin, TestCase):
    """On SQLite, whose backend ranks each result in its own subquery, a word on more pages than
    RANKED_RESULTS lists them newest first instead of taking seconds to rank them."""

    def test_long_lists_come_newest_first_on_sqlite_and_by_relevance_elsewhere(self):
        for day, title in ((1, "大会新闻甲"), (2, "大会新闻乙"), (3, "大会新闻丙")):
            release = build_news_page(self.news, f"Release {day}", slug=f"release-{day}")
            copy = translate_page(release, self.zh, title=title, body=paragraphs("大会"))
            copy.first_published_at = copy.first_published_at.replace(day=day)
            copy.save(update_fields=["first_published_at"])
        with mock.patch("wimc_site.views.RANKED_RESULTS", 2), translation.override("zh-hans"):
            titles = [page.title for page in find(["大会新闻"]) if page.title.startswith("大会新闻")]
        if connection.vendor == "sqlite":
            self.assertEqual(titles, ["大会新闻丙", "大会新闻乙", "大会新闻甲"])
        else:
            self.assertEqual(sorted(titles), ["大会新闻丙", "大会新闻乙", "大会新闻甲"])
