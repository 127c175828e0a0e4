"""Site chrome: the current edition, main menu, language links and absolute addresses."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from wimc_site import dates, links
from wimc_site.chrome import FOOTER_TEMPLATE, footer_html, get_chrome
from wimc_site.current import current_edition, current_organizers
from wimc_site.localization import language_of, language_versions
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
    return get_chrome(request)["footer"]


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The site's footer (see `wimc_site.chrome.footer_html`)."""
    request = context.get("request")
    if request is None:
        return render_to_string(FOOTER_TEMPLATE)
    return footer_html(request)


@register.simple_tag(takes_context=True)
def default_meta_description(context):
    """The site settings' description for pages without one, in Chinese on the Chinese site."""
    request = context.get("request")
    if request is None:
        return ""
    return get_chrome(request)["meta_description"]


@register.simple_tag(takes_context=True)
def default_social_image(context):
    """The site settings' image for shared pages without one of their own."""
    request = context.get("request")
    if request is None:
        return None
    return get_chrome(request)["social_image"]


@register.simple_tag(takes_context=True)
def get_edition_organizers(context, edition):
    """Hosts and organizers of an edition, in their editors' order, in the visitor's language; those
    of the current edition come from the chrome, with their logos."""
    request = context.get("request")
    current = current_edition(request)
    if edition is not None and current is not None and edition.pk == current.pk:
        return current_organizers(request)
    return edition_organizers(edition)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The menu chosen in the site settings (see `wimc_site.chrome`), the current page's item marked."""
    request = context["request"]
    current = context.get("page")
    items = []
    for item in get_chrome(request)["menu"]:
        active = False
        if current is not None and item["page_id"]:
            if item["is_home"]:  # the home page is an ancestor of everything
                active = current.pk == item["page_id"]
            else:
                active = current.url_path.startswith(item["url_path"])
        items.append({**item, "active": active})
    return {"items": items, "request": request}


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
                # The plain page: pages that need their own type for a view's address ask for it.
                url, exact = page.get_translation_url(version, request, context)
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
