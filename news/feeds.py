"""RSS 2.0 and Atom feeds of the news, overall and per category."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

from wimc_site.links import absolute_url

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest releases under a news index, optionally of one category."""

    def __init__(self, index_page, category=None):
        super().__init__()
        self.index_page = index_page
        self.category = category
        # Each language's news index has its own feeds, in that language.
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.category is None:
            return f"WIMC {self.index_page.title}"
        return f"WIMC {self.index_page.title}: {self.category.name}"

    def link(self):
        if self.category is None:
            return absolute_url(self.index_page.get_url(self.request), self.request)
        return absolute_url(self.index_page.category_url(self.category, self.request), self.request)

    def description(self):
        return self.index_page.introduction or self.index_page.get_meta_description() or self.title()

    def items(self):
        if self.category is None:
            return self.index_page.get_news()[:FEED_LENGTH]
        return self.index_page.get_news_in(self.category)[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser or item.search_description

    def item_link(self, item):
        return absolute_url(item.get_url(self.request), self.request)

    def item_pubdate(self, item):
        return item.get_published_datetime()

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [item.category.name] if item.category_id else []


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
