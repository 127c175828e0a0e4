"""A news section to test against: home page, news index and releases built by the shared factories."""

import datetime
import html
import re

from news.factories import build_news_index, build_news_page, ensure_default_categories
from wimc_site.factories import build_home_page, make_placeholder_image


class NewsSiteMixin:
    """Builds the home page and /news/ once per test class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = build_home_page()
        cls.categories = {c.slug: c for c in ensure_default_categories()}
        cls.index = build_news_index(cls.home)

    @classmethod
    def add_releases(cls, count, start=datetime.date(2020, 1, 1), category="news-release", image=None):
        """`count` releases one day apart from `start`, titled "Release 1", "Release 2"... oldest first."""
        return [
            build_news_page(
                cls.index,
                f"Release {number}",
                date=start + datetime.timedelta(days=number),
                category=category,
                summary=f"Summary of release {number}.",
                image=image,
            )
            for number in range(1, count + 1)
        ]

    @classmethod
    def thumbnail(cls):
        return make_placeholder_image("Test thumbnail", size=(400, 300))


def visible_text(content):
    """The text of an HTML document as a reader sees it: no tags, entities decoded, spaces collapsed."""
    text = re.sub(r"<script.*?</script>", " ", content.decode(), flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))


def card_titles(response):
    """Titles of the releases listed on a page, in order."""
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


def breadcrumb_links(response):
    """(text, url) of the links in the page's breadcrumb, from the home page down."""
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', response.content.decode(), re.S).group(0)
    return [(text, url) for url, text in re.findall(r'<a href="([^"]*)">([^<]+)</a>', nav)]
