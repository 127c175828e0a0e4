"""What a visitor may see: live, public pages. One queryset method instead of the chain everywhere."""

from wagtail.models import Page, PageManager, PageQuerySet


class PublishedPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that no view restriction hides: what anonymous visitors and listings show."""
        return self.live().public()


PublishedPageManager = PageManager.from_queryset(PublishedPageQuerySet)


def published_pages():
    """Published pages of every type, for lists that mix them (search, sitemap, "In the news")."""
    return PublishedPageQuerySet(Page).published()
