import datetime
import xml.etree.ElementTree as ET

from django.test import TestCase

from news.factories import build_news_page
from tests.news.helpers import NewsSiteMixin

ATOM = "{http://www.w3.org/2005/Atom}"


class FeedTestMixin(NewsSiteMixin):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(cls.index, "Older release", date=datetime.date(2020, 11, 6), summary="Older.")
        build_news_page(
            cls.index,
            "Newer notice",
            date=datetime.date(2020, 11, 16),
            category="notices",
            summary="Newer.",
            author="Press office",
        )
        build_news_page(cls.index, "Draft release", date=datetime.date(2020, 12, 1), publish=False)

    def get_xml(self, url, content_type):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith(content_type))
        return ET.fromstring(response.content)  # noqa: S314 - our own feed, built by Django


class RssFeedTests(FeedTestMixin, TestCase):
    """RSS 2.0 of all news and of each category: well-formed, newest first, only live releases."""

    def test_all_news(self):
        channel = self.get_xml("/news/feed/rss/", "application/rss+xml").find("channel")
        titles = [item.findtext("title") for item in channel.findall("item")]
        self.assertEqual(titles, ["Newer notice", "Older release"])
        first = channel.find("item")
        self.assertEqual(first.findtext("link"), "http://localhost/news/newer-notice/")
        self.assertEqual(first.findtext("description"), "Newer.")
        self.assertEqual(first.findtext("category"), "Notices")
        self.assertEqual(first.findtext("pubDate"), "Mon, 16 Nov 2020 00:00:00 +0800")

    def test_category_feed(self):
        channel = self.get_xml("/news/category/notices/feed/rss/", "application/rss+xml").find("channel")
        self.assertEqual([item.findtext("title") for item in channel.findall("item")], ["Newer notice"])
        self.assertIn("Notices", channel.findtext("title"))

    def test_unknown_category_feed_is_not_found(self):
        self.assertEqual(self.client.get("/news/category/gossip/feed/rss/").status_code, 404)


class AtomFeedTests(FeedTestMixin, TestCase):
    """Atom of all news and of each category."""

    def test_all_news(self):
        feed = self.get_xml("/news/feed/atom/", "application/atom+xml")
        self.assertEqual(feed.tag, f"{ATOM}feed")
        entries = feed.findall(f"{ATOM}entry")
        self.assertEqual([e.findtext(f"{ATOM}title") for e in entries], ["Newer notice", "Older release"])
        self.assertEqual(entries[0].find(f"{ATOM}author").findtext(f"{ATOM}name"), "Press office")
        self.assertEqual(entries[1].find(f"{ATOM}link").get("href"), "http://localhost/news/older-release/")

    def test_category_feed(self):
        feed = self.get_xml("/news/category/news-release/feed/atom/", "application/atom+xml")
        self.assertEqual(
            [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")], ["Older release"]
        )


class FeedDiscoveryTests(FeedTestMixin, TestCase):
    """Listings and articles advertise their feeds in the page head."""

    def head(self, url):
        content = self.client.get(url).content.decode()
        return content[: content.index("</head>")]

    def test_listing_and_article_advertise_the_news_feeds(self):
        for url in ("/news/", "/news/older-release/"):
            head = self.head(url)
            self.assertIn(
                'type="application/rss+xml" title="News (RSS)" href="http://localhost/news/feed/rss/"', head
            )
            self.assertIn(
                'type="application/atom+xml" title="News (Atom)" href="http://localhost/news/feed/atom/"',
                head,
            )

    def test_category_listing_advertises_its_own_feeds(self):
        head = self.head("/news/category/notices/")
        self.assertIn('href="http://localhost/news/category/notices/feed/rss/"', head)
        self.assertIn('href="http://localhost/news/category/notices/feed/atom/"', head)
