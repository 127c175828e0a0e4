"""What a visitor may see: live, public pages. One queryset method instead of the chain everywhere."""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageQuerySet, PageViewRestriction

from wimc_site.kept import kept


def restricted_paths():
    """Tree paths of the pages with a view restriction, kept in the cache until a restriction changes
    (Wagtail's `public()` reads them again for every listing on the page)."""
    return kept(
        ("restricted_paths",), lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True))
    )


class PublishedPageQuerySet(PageQuerySet):
    def published(self):
        """Live pages that no view restriction hides: what anonymous visitors and listings show."""
        return self.live().public()

    def private_q(self):
        """Pages under a view restriction: Wagtail's rule (the page and its descendants), with the
        restrictions read once per request. Plain path filters, so search backends accept it."""
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        return q if q else Q(pk__in=[])


PublishedPageManager = PageManager.from_queryset(PublishedPageQuerySet)


def published_pages():
    """Published pages of every type, for lists that mix them (search, sitemap, "In the news")."""
    return PublishedPageQuerySet(Page).published()
