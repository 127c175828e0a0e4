"""Site chrome: the current edition, main menu, language links and absolute addresses."""

from django import template
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page

from wimc_site import dates, links
from wimc_site.current import current_edition, site_settings
from wimc_site.localization import localize_all
from wimc_site.models import MenuItem
from wimc_site.models.editions import edition_organizers

register = template.Library()


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
    chinese = translation.get_language().startswith("zh")
    return {
        "settings": info,
        "address": (info.contact_address_zh if chinese else "") or info.contact_address,
        "legal_pages": [
            {"title": page.title, "url": page.get_url(request)} for page in localize_all(pages)
        ],
    }


@register.simple_tag
def get_edition_organizers(edition):
    """Hosts and organizers of an edition, in their editors' order, in the visitor's language."""
    return edition_organizers(edition)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    menu = site_settings(request).main_menu
    current = context.get("page")
    items = []
    if menu:
        menu_items = list(
            MenuItem.objects.filter(menu=menu).select_related("link_page").order_by("sort_order")
        )
        pages = localize_all([item.link_page for item in menu_items if item.link_page])
        localized = {page.translation_key: page for page in pages}
        for item in menu_items:
            if item.link_page:
                page = localized[item.link_page.translation_key]
                url = page.get_url(request)
                text = _menu_text(item, page)
                active = bool(current and current.url_path.startswith(page.url_path))
                if page.depth == 2:  # the home page is an ancestor of everything
                    active = bool(current and current.pk == page.pk)
            else:
                url, text, active = item.link_url, item.link_text, False
            items.append({"url": url, "text": text, "active": active})
    return {"items": items, "request": request}


def _menu_text(item, page):
    """The editor's label in the menu's own language; elsewhere the translated page's title."""
    if item.link_text and page.locale_id == item.link_page.locale_id:
        return item.link_text
    return gettext("Home") if page.depth == 2 else page.title


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
def long_date(day):
    """ "December 8, 2021" / "2021年12月8日", in the active language."""
    return dates.format_date(day)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` on the site's own root URL, the same address the sitemap and feeds give."""
    return links.absolute_url(url, context.get("request"))


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One link per language the current page exists in; for views outside the page tree, all."""
    request = context["request"]
    current = translation.get_language()
    names = dict(context.get("LANGUAGES") or [])
    links = []
    if isinstance(page, Page) and page.pk:
        translations = page.get_translations(inclusive=True).live().public().select_related("locale")
        for other in translations:
            code = other.locale.language_code
            links.append(
                {
                    "code": code,
                    "name": _language_name(code, names),
                    "url": other.get_url(request),
                    "current": code == current,
                }
            )
    else:
        from django.conf import settings

        for code, _name in settings.LANGUAGES:
            links.append(
                {
                    "code": code,
                    "name": _language_name(code, names),
                    "url": translate_url(request.get_full_path(), code),
                    "current": code == current,
                }
            )
    return links if len(links) > 1 else []


def _language_name(code, names):
    # Each language is named in itself, so a visitor can find their own.
    return {"en": "English", "zh-hans": "简体中文"}.get(code, names.get(code, code))
