"""Builders for news objects, shared by the tests and the demo loader."""

import datetime

from django.utils.html import escape

from news.defaults import DEFAULT_CATEGORIES
from news.models import NewsCategory, NewsIndexPage, NewsPage
from wimc_site.categories import ensure_categories
from wimc_site.factories import add_page, build_home_page, get_locale, make_placeholder_image


def get_category(slug="news-release", locale=None):
    """A category by slug; the default ones are rebuilt when a flushed test database lost them."""
    locale = locale or get_locale()
    category = NewsCategory.objects.filter(locale=locale, slug=slug).first()
    if category is None:
        ensure_default_categories(locale)
        category = NewsCategory.objects.filter(locale=locale, slug=slug).first()
    if category is None:
        category = NewsCategory.objects.create(
            locale=locale, slug=slug, name=slug.replace("-", " ").title(), sort_order=100
        )
    return category


def ensure_default_categories(locale=None):
    return ensure_categories(NewsCategory, locale or get_locale(), DEFAULT_CATEGORIES)


def build_news_index(home=None, title="News", **fields):
    """The news index under the home page at /news/; the existing one if it is there."""
    home = home or build_home_page()
    fields.setdefault(
        "introduction",
        "Press releases, conference trends, media reports and notices from the World Intelligent "
        "Manufacturing Conference.",
    )
    return add_page(home, NewsIndexPage(title=title, slug="news", locale=home.locale, **fields))


def paragraphs(*texts):
    """Body blocks for plain-text paragraphs, escaped as the rich text editor would store them."""
    return [("paragraph", f"<p>{escape(text)}</p>") for text in texts]


def build_news_page(
    index_page,
    title,
    date=None,
    category="news-release",
    summary="",
    body=None,
    slug=None,
    image=None,
    publish=True,
    **fields,
):
    """A release under `index_page`; `category` is a slug or a NewsCategory."""
    if not isinstance(category, NewsCategory):
        category = get_category(category, index_page.locale)
    slug = slug or _slugify(title)
    if image is True:
        image = make_placeholder_image(title, size=(800, 500))
    page = NewsPage(
        title=title,
        slug=slug,
        locale=index_page.locale,
        date=date or datetime.date(2020, 11, 6),
        category=category,
        listing_summary=summary,
        listing_image=image,
        body=body if body is not None else paragraphs(summary or title),
        live=publish,
        **fields,
    )
    return add_page(index_page, page, publish=publish)


def _slugify(title):
    from django.utils.text import slugify

    return slugify(title)[:80].strip("-")
