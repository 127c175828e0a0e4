from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap

from wimc_site.publishing import published_pages


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap covers the site's home page and below; ours adds the home page's
    translations, since the Chinese tree is a sibling of the English one."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_any_tree |= Q(path__startswith=path)
        return (
            published_pages().filter(in_any_tree).order_by("path").defer_streamfields().specific()
        )
