from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from wimc_site.publishing import published_pages


def sitemap_alternates(locations):
    """`xhtml:link` alternates for one address from {language code: absolute URL}: every language
    the content exists in, and x-default for the default language's. None for a single language."""
    if len(locations) < 2:
        return None
    order = [code for code, _name in settings.LANGUAGES]
    alternates = [
        {"lang_code": code, "location": locations[code]} for code in order if code in locations
    ]
    if settings.LANGUAGE_CODE in locations:
        alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
    return alternates


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap covers the site's home page and below; ours adds the home page's
    translations, since the Chinese tree is a sibling of the English one, and links each page to
    its translations (hreflang alternates, with x-default), as search engines ask."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_any_tree |= Q(path__startswith=path)
        return (
            published_pages().filter(in_any_tree).order_by("path").defer_streamfields().specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        items = self.paginator.page(page).object_list
        keys = {item.translation_key for item in items}
        by_key = {}
        translations = (
            Page.objects.filter(translation_key__in=keys, alias_of__isnull=True)
            .live()
            .public()
            .select_related("locale")
        )
        for translation in translations:
            by_key.setdefault(translation.translation_key, {})[translation.locale.language_code] = (
                translation.get_full_url(self.request)
            )
        by_location = {loc: locations for locations in by_key.values() for loc in locations.values()}
        for url in urls:
            if "alternates" in url:  # pages that list their own views (news categories) did it already
                continue
            alternates = sitemap_alternates(by_location.get(url["location"], {}))
            if alternates:
                url["alternates"] = alternates
        return urls
