"""The sitemap lists both languages with their alternates; each language's news has its own feeds."""

import xml.etree.ElementTree as ET

from django.test import TestCase

from tests.i18n.helpers import BilingualSiteMixin

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
ROOT = "http://localhost"


class SitemapTests(BilingualSiteMixin, TestCase):
    def entries(self):
        response = self.client.get("/sitemap-pages.xml")
        self.assertEqual(response.status_code, 200)
        root = ET.fromstring(response.content)  # noqa: S314 - our own sitemap
        return {
            url.findtext(f"{SITEMAP}loc"): {
                link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
            }
            for url in root.findall(f"{SITEMAP}url")
        }

    def test_both_languages_are_listed(self):
        entries = self.entries()
        for path in ("/", "/zh-hans/", "/news/conference-opens/", "/zh-hans/news/conference-opens/",
                     "/zh-hans/guests/wang-jianguo/", "/news/english-only/"):
            self.assertIn(ROOT + path, entries, path)

    def test_translated_pages_name_each_other_and_the_default(self):
        expected = {
            "en": ROOT + "/news/conference-opens/",
            "zh-hans": ROOT + "/zh-hans/news/conference-opens/",
            "x-default": ROOT + "/news/conference-opens/",
        }
        entries = self.entries()
        self.assertEqual(entries[ROOT + "/news/conference-opens/"], expected)
        self.assertEqual(entries[ROOT + "/zh-hans/news/conference-opens/"], expected)

    def test_untranslated_pages_have_no_alternates(self):
        self.assertEqual(self.entries()[ROOT + "/news/english-only/"], {})

    def test_category_listings_name_their_translation(self):
        entries = self.entries()
        self.assertEqual(
            entries[ROOT + "/zh-hans/news/category/xinwen-fabu/"],
            {
                "en": ROOT + "/news/category/news-release/",
                "zh-hans": ROOT + "/zh-hans/news/category/xinwen-fabu/",
                "x-default": ROOT + "/news/category/news-release/",
            },
        )


class FeedsPerLanguageTests(BilingualSiteMixin, TestCase):
    def xml(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        return ET.fromstring(response.content)  # noqa: S314 - our own feed

    def test_chinese_rss_lists_chinese_releases_in_chinese(self):
        channel = self.xml("/zh-hans/news/feed/rss/").find("channel")
        self.assertEqual(channel.findtext("language"), "zh-hans")
        self.assertEqual(channel.findtext("title"), "WIMC 新闻中心")
        self.assertEqual([item.findtext("title") for item in channel.findall("item")], ["大会开幕"])
        self.assertEqual(channel.find("item").findtext("link"), ROOT + "/zh-hans/news/conference-opens/")
        self.assertEqual(channel.find("item").findtext("category"), "新闻发布")

    def test_english_rss_lists_english_releases(self):
        channel = self.xml("/news/feed/rss/").find("channel")
        self.assertEqual(channel.findtext("language"), "en")
        self.assertEqual(
            [item.findtext("title") for item in channel.findall("item")], ["Conference opens", "English only"]
        )

    def test_chinese_atom_and_category_feed(self):
        feed = self.xml("/zh-hans/news/feed/atom/")
        self.assertEqual(feed.get("{http://www.w3.org/XML/1998/namespace}lang"), "zh-hans")
        self.assertEqual([e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")], ["大会开幕"])
        channel = self.xml("/zh-hans/news/category/xinwen-fabu/feed/rss/").find("channel")
        self.assertEqual([item.findtext("title") for item in channel.findall("item")], ["大会开幕"])

    def test_chinese_pages_advertise_the_chinese_feeds(self):
        html = self.client.get("/zh-hans/news/conference-opens/").content.decode()
        self.assertIn('href="http://localhost/zh-hans/news/feed/rss/"', html)
        self.assertNotIn('href="http://localhost/news/feed/rss/"', html)
