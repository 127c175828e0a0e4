"""Site chrome: the current edition, main menu, language links and absolute addresses."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.models import Locale, Page

from wimc_site import dates, links
from wimc_site.current import current_edition, site_settings
from wimc_site.localization import language_of, language_versions, localize_all
from wimc_site.models import MenuItem
from wimc_site.models.editions import edition_organizers

register = template.Library()

LANGUAGE_NAMES = {"en": "English", "zh-hans": "简体中文"}


@register.simple_tag(takes_context=True)
def get_current_edition(context):
    """The edition chosen in the site settings, in the visitor's language where translated."""
    return current_edition(context.get("request"))


@register.simple_tag(takes_context=True)
def get_footer(context):
    """Contact, accounts and legal links from the site settings; pages in the visitor's language."""
    request = context.get("request")
    if request is None:
        return {}
    info = site_settings(request)
    pages = [p for p in (info.privacy_page, info.terms_page) if p and p.live]
    active = Locale.get_active()
    chinese = translation.get_language().startswith("zh")
    return {
        "settings": info,
        "address": (info.contact_address_zh if chinese else "") or info.contact_address,
        "copyright": (info.copyright_holder_zh if chinese else "") or info.copyright_holder,
        "legal_pages": [
            {
                "title": page.title,
                "url": page.get_url(request),
                # An untranslated page keeps its own language's title and address.
                "lang": "" if page.locale_id == active.pk else settings.LANGUAGE_CODE,
            }
            for page in localize_all(pages, active)
        ],
    }


@register.simple_tag(takes_context=True)
def default_meta_description(context):
    """The site settings' description for pages without one, in Chinese on the Chinese site."""
    request = context.get("request")
    if request is None:
        return ""
    info = site_settings(request)
    chinese = translation.get_language().startswith("zh")
    return (info.default_meta_description_zh if chinese else "") or info.default_meta_description


@register.simple_tag
def get_edition_organizers(edition):
    """Hosts and organizers of an edition, in their editors' order, in the visitor's language."""
    return edition_organizers(edition)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The menu chosen in the site settings, in the visitor's language where it is translated; each
    item leads to its page in that language, or to the default language's page (marked with its
    `lang`) where the page is not translated."""
    request = context["request"]
    menu = site_settings(request).main_menu
    current = context.get("page")
    items = []
    if menu:
        menu = localize_all([menu])[0]
        active_locale = Locale.get_active()
        menu_items = list(
            MenuItem.objects.filter(menu=menu).select_related("link_page").order_by("sort_order")
        )
        pages = localize_all([item.link_page for item in menu_items if item.link_page], active_locale)
        localized = {page.translation_key: page for page in pages}
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        for item in menu_items:
            lang = hreflang = ""
            if item.link_page:
                page = localized[item.link_page.translation_key]
                url = page.get_url(request)
                text, text_locale_id = _menu_text(item, page, menu)
                active = bool(current and current.url_path.startswith(page.url_path))
                if page.depth == 2:  # the home page is an ancestor of everything
                    active = bool(current and current.pk == page.pk)
                if page.locale_id != active_locale.pk:  # not translated: the page in its own language
                    hreflang = codes[page.locale_id]
                if text_locale_id != active_locale.pk:
                    lang = codes[text_locale_id]
            else:
                url, text, active = item.link_url, item.link_text, False
            items.append({"url": url, "text": text, "active": active, "lang": lang, "hreflang": hreflang})
    return {"items": items, "request": request}


def _menu_text(item, page, menu):
    """The editor's label in the menu's own language; elsewhere the translated page's title. Returns
    the text and the locale it is written in."""
    if item.link_text and page.locale_id == item.link_page.locale_id:
        return item.link_text, menu.locale_id
    if page.depth == 2:
        return gettext("Home"), Locale.get_active().pk
    return page.title, page.locale_id


@register.simple_tag(takes_context=True)
def lang_attr(context, obj):
    """` lang="en"` on an element showing `obj` when it is in another language than the page (shown
    because it is not translated yet), so screen readers pronounce it right; else nothing."""
    code = language_of(obj, context.get("request"))
    return format_html(' lang="{}"', code) if code else ""


@register.filter
def figure_alt(value):
    """Alt text for a captioned image block: the editor's, else none when a caption already says it
    (screen readers would read the same words twice), else the image's own description or title."""
    if value.get("alt_text"):
        return value["alt_text"]
    if value.get("caption"):
        return ""
    image = value.get("image")
    return (getattr(image, "description", "") or getattr(image, "title", "")) if image else ""


@register.filter
def lang_if_other(obj, page):
    """` lang="en"` on content shown from another language than the page's (the language fallback
    always shows the default language), so screen readers pronounce it right; else nothing."""
    if page is None or getattr(obj, "locale_id", None) in (None, getattr(page, "locale_id", None)):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


@register.filter
def long_date(day):
    """ "December 8, 2021" / "2021年12月8日", in the active language."""
    return dates.format_date(day)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` on the site's own root URL, the same address the sitemap and feeds give."""
    return links.absolute_url(url, context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """The language switcher and the head's `hreflang` alternates, for a page or any other view.

    `links` (the switcher) has one entry per language, leading to the same page in that language or,
    where it is not translated, to its nearest translated ancestor (see `language_versions`);
    `alternates` lists only the addresses with the same content, and `x_default` the default
    language's. A missing page (404) has no alternates: its switcher leads to each language's home.
    """
    request = context["request"]
    current = translation.get_language()
    entries = []  # (code, switcher url, exact)
    if isinstance(page, Page) and page.pk:
        for code, (version, exact) in language_versions(page).items():
            if version.pk == page.pk:
                url, exact = page.get_translation_url(page, request, context)
            elif exact:
                url, exact = page.get_translation_url(version.specific, request, context)
            else:
                url = version.get_url(request)
            entries.append((code, url, exact))
    elif context.get("not_found"):
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                entries.append((code, reverse("wagtail_serve", args=[""]), False))
    else:
        path = request.path
        for code, _name in settings.LANGUAGES:
            entries.append((code, translate_url(request.get_full_path(), code), True))
        alternates = {code: translate_url(path, code) for code, _name in settings.LANGUAGES}
        return _language_links(entries, current, alternates)
    return _language_links(entries, current, {code: url for code, url, exact in entries if exact})


def _language_links(entries, current, alternates):
    order = [code for code, _name in settings.LANGUAGES]
    entries = sorted(entries, key=lambda entry: order.index(entry[0]) if entry[0] in order else len(order))
    links = [
        {"code": code, "name": _language_name(code), "url": url, "current": code == current, "exact": exact}
        for code, url, exact in entries
    ]
    alternates = [{"code": code, "url": alternates[code]} for code in order if code in alternates]
    return {
        "links": links if len(links) > 1 else [],
        "alternates": alternates,
        "x_default": next((a["url"] for a in alternates if a["code"] == settings.LANGUAGE_CODE), ""),
    }


def _language_name(code):
    # Each language is named in itself, so a visitor can find their own.
    return LANGUAGE_NAMES.get(code, code)
