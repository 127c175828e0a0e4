from django.conf import settings
from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from wimc_site.publishing import published_pages

# Pages per sitemap. The protocol allows 50,000 addresses; a sitemap of 200 costs about what a
# listing page does (bench/archive.py).
SITEMAP_PAGE_SIZE = 200


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
    its translations (hreflang alternates, with x-default), as search engines ask.

    Served in pages of `limit` pages (a few more addresses: listings add their categories), listed
    by the sitemap index at /sitemap.xml, so that no request renders the whole archive.
    """

    limit = SITEMAP_PAGE_SIZE

    def published_in_site(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_any_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_any_tree |= Q(path__startswith=path)
        return published_pages().filter(in_any_tree)

    def items(self):
        return self.published_in_site().order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        """For the index: one aggregate query, where Django's default would load every page."""
        return self.published_in_site().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        item_urls = [(item, item.get_sitemap_urls(self.request)) for item in items]
        urls = [url for _item, urls in item_urls for url in urls]
        lastmods = {url.get("lastmod") for url in urls}
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        by_location = self.translations_by_location(item_urls)
        for url in urls:
            if "alternates" in url:  # pages that list their own views (news categories) did it already
                continue
            alternates = sitemap_alternates(by_location.get(url["location"], {}))
            if alternates:
                url["alternates"] = alternates
        return urls

    def translations_by_location(self, item_urls):
        """{absolute URL: {language code: absolute URL}} for the listed pages and their published
        translations. A listed page's own address is the first it lists; only translations in other
        sitemap pages are read (as plain pages) and given addresses."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_key = {}
        for item, urls in item_urls:
            if urls and item.alias_of_id is None:
                by_key.setdefault(item.translation_key, {})[languages[item.locale_id]] = urls[0]["location"]
        translations = (
            Page.objects.filter(translation_key__in=by_key, alias_of__isnull=True)
            .exclude(pk__in=[item.pk for item, _urls in item_urls])
            .live()
            .public()
            .select_related("locale")
        )
        for translation in translations:
            by_key[translation.translation_key][translation.locale.language_code] = (
                translation.get_full_url(self.request)
            )
        return {loc: locations for locations in by_key.values() for loc in locations.values()}
