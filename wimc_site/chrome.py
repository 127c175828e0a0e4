"""The chrome every page shows: header, main menu, footer and the head's defaults.

It depends only on the site and the language, so it is worked out once per site and language and
kept until an editor changes anything (`wimc_site.kept`: site settings, menus, editions,
organizers, pages, images). Within a request it is read once. What depends on the page being shown
(the menu item marked current) is added per request by the template tags.

Everything kept is plain data, except the current edition and its organizers, which pages use
further (status, dates, JSON-LD) and which carry their logos' renditions with them.
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import Locale, Site

from wimc_site.images import image_with_renditions, with_renditions
from wimc_site.kept import kept
from wimc_site.localization import locale_codes, localize_all
from wimc_site.models import MenuItem, SiteSettings
from wimc_site.models.editions import ORGANIZER_LOGOS, edition_organizers
from wimc_site.models.pages import SOCIAL_IMAGE

FOOTER_TEMPLATE = "includes/site_footer.html"


def get_chrome(request):
    """The chrome for the request's site and language: once per request, kept until the next change."""
    language = _language()
    memo = getattr(request, "_wimc_chrome", None)
    if memo is not None and memo[0] == language:
        return memo[1]
    site = Site.find_for_request(request)
    chrome = kept(("chrome", site.pk if site else 0, language), lambda: build_chrome(site, request))
    request._wimc_chrome = (language, chrome)
    return chrome


def footer_html(request):
    """The footer's HTML: the same on every page of a site in a language, so rendered once per site,
    language and year (its copyright line) and kept like the rest of the chrome. Rendering it
    (sixteen organizer logos among the rest) was about a tenth of every page's time."""
    site = Site.find_for_request(request)
    name = ("footer", site.pk if site else 0, _language(), timezone.localdate().year)
    return kept(name, lambda: render_to_string(FOOTER_TEMPLATE, request=request))


def _language():
    try:
        return translation.get_supported_language_variant(translation.get_language() or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def build_chrome(site, request):
    # Read, never created: SiteSettings.for_site() would write the row on a visitor's request, and
    # saving settings clears every cache (an empty form shows the same as no row).
    info = (SiteSettings.base_queryset().filter(site=site).first() if site else None) or SiteSettings()
    locale = Locale.get_active()
    chinese = locale.language_code.startswith("zh")
    edition = localize_all([info.current_edition], locale)[0] if info.current_edition_id else None
    return {
        "edition": edition,
        "organizers": _organizers(edition, locale),
        "menu": _menu(info, locale, request),
        "footer": _footer(info, locale, chinese, request),
        "meta_description": (info.default_meta_description_zh if chinese else "")
        or info.default_meta_description,
        "social_image": image_with_renditions(info.default_social_image_id, [SOCIAL_IMAGE]),
    }


def _organizers(edition, locale):
    """The edition's organizers (see `edition_organizers`), each logo carrying its renditions."""
    organizers = edition_organizers(edition, locale, ORGANIZER_LOGOS)
    for entry in organizers:
        with_renditions(entry["organizer"].logo, ORGANIZER_LOGOS)
    return organizers


def _menu(info, locale, request):
    """The chosen menu in the visitor's language where translated; each item leads to its page in
    that language, or to the default language's page (marked with its `lang`) where the page is
    not translated. Whether an item is current is decided per request, from `url_path`."""
    if not info.main_menu_id:
        return []
    menu = localize_all([info.main_menu], locale)[0]
    codes = locale_codes()
    items = list(MenuItem.objects.filter(menu=menu).select_related("link_page").order_by("sort_order"))
    pages = localize_all([item.link_page for item in items if item.link_page], locale)
    localized = {page.translation_key: page for page in pages}
    entries = []
    for item in items:
        lang = hreflang = ""
        if item.link_page:
            page = localized[item.link_page.translation_key]
            text, text_locale_id = _menu_text(item, page, menu, locale)
            if page.locale_id != locale.pk:  # not translated: the page in its own language
                hreflang = codes[page.locale_id]
            if text_locale_id != locale.pk:
                lang = codes[text_locale_id]
            entries.append({
                "url": page.get_url(request), "text": text, "lang": lang, "hreflang": hreflang,
                "page_id": page.pk, "url_path": page.url_path, "is_home": page.depth == 2,
            })
        else:
            entries.append({
                "url": item.link_url, "text": item.link_text, "lang": "", "hreflang": "",
                "page_id": None, "url_path": None, "is_home": False,
            })
    return entries


def _menu_text(item, page, menu, locale):
    """The editor's label in the menu's own language; elsewhere the translated page's title. Returns
    the text and the locale it is written in."""
    if item.link_text and page.locale_id == item.link_page.locale_id:
        return item.link_text, menu.locale_id
    if page.depth == 2:
        return gettext("Home"), locale.pk
    return page.title, page.locale_id


FOOTER_FIELDS = (
    "contact_email", "contact_phone", "media_email", "media_phone",
    "wechat_account", "weibo_url", "linkedin_url", "icp_licence",
)


def _footer(info, locale, chinese, request):
    """Contact, accounts and legal links from the site settings; pages in the visitor's language."""
    pages = [p for p in (info.privacy_page, info.terms_page) if p and p.live]
    return {
        "settings": {name: getattr(info, name) for name in FOOTER_FIELDS},
        "address": (info.contact_address_zh if chinese else "") or info.contact_address,
        "copyright": (info.copyright_holder_zh if chinese else "") or info.copyright_holder,
        "legal_pages": [
            {
                "title": page.title,
                "url": page.get_url(request),
                # An untranslated page keeps its own language's title and address.
                "lang": "" if page.locale_id == locale.pk else settings.LANGUAGE_CODE,
            }
            for page in localize_all(pages, locale)
        ],
    }
