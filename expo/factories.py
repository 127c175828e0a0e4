"""Builders for the Cloud Expo, shared by the tests and the demo loader. Each returns the existing
object when it is already there (looked up by slug or key), so the demo loader can run again."""

import datetime

from django.utils.text import slugify

from expo.defaults import DEFAULT_INDUSTRIES
from expo.models import (
    AreaKind,
    ExhibitorPage,
    ExhibitorProduct,
    ExpoAreaPage,
    ExpoIndexPage,
    ExpoIndustry,
    ExpoListingPage,
    ListingType,
    NegotiationRequest,
)
from expo.permissions import setup_expo_organizers
from wimc_site.categories import ensure_categories, get_category
from wimc_site.factories import add_page, build_home_page, get_locale

INTRODUCTION = (
    "A never-ending online exhibition of intelligent manufacturing, with supply–demand matchmaking "
    "and business negotiation between exhibitors and visitors."
)


def ensure_default_industries(locale=None):
    return ensure_categories(ExpoIndustry, locale or get_locale(), DEFAULT_INDUSTRIES)


def ensure_expo_organizers():
    return setup_expo_organizers()


def get_industry(slug, locale=None):
    return get_category(ExpoIndustry, slug, DEFAULT_INDUSTRIES, locale or get_locale())


def build_expo_index(home=None, **fields):
    """/expo/ under the home page; the existing one if there."""
    home = home or build_home_page()
    fields = {"title": "Cloud Expo", "slug": "expo", "locale": home.locale, **fields}
    fields.setdefault("introduction", INTRODUCTION)
    fields.setdefault("listing_summary", "Five exhibition areas, open all year.")
    return add_page(home, ExpoIndexPage(**fields))


def build_area(index, title, kind=AreaKind.SOLUTIONS, slug=None, **fields):
    return add_page(
        index,
        ExpoAreaPage(title=title, slug=slug or slugify(title)[:80], kind=kind, locale=index.locale, **fields),
    )


def build_exhibitor(area, name, products=(), editions=(), publish=True, **fields):
    """An exhibitor under `area`; `products` are (name, description[, image[, kind]]) tuples;
    `industry` may be a slug. Returns an existing one with the same key."""
    key = fields.pop("exhibitor_key", None) or slugify(name)[:100] or "exhibitor"
    existing = ExhibitorPage.objects.filter(exhibitor_key=key, locale=area.locale).first()
    if existing is not None:
        return existing
    if isinstance(fields.get("industry"), str):
        fields["industry"] = get_industry(fields["industry"], area.locale)
    slug = fields.pop("slug", None) or key
    page = ExhibitorPage(title=name, slug=slug, exhibitor_key=key, locale=area.locale, live=publish, **fields)
    page.editions = list(editions)
    for order, product in enumerate(products):
        product_name, description, image, kind = (*product, None, None)[:4]
        page.products.add(
            ExhibitorProduct(
                name=product_name,
                description=description,
                image=image,
                kind=kind or "product",
                sort_order=order,
            )
        )
    area.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def build_listing(area, title, listing_type=ListingType.DEMAND, expires_on=None, **fields):
    fields.setdefault("organization", "A manufacturer in Jiangsu")
    fields.setdefault("summary", title)
    fields.setdefault("description", title)
    return add_page(
        area,
        ExpoListingPage(
            title=title,
            slug=fields.pop("slug", None) or slugify(title)[:80],
            listing_type=listing_type,
            expires_on=expires_on or datetime.date(2099, 12, 31),
            locale=area.locale,
            **fields,
        ),
    )


def build_request(page, **fields):
    """A negotiation request sent from an exhibitor or listing `page`, as the form would store it."""
    fields.setdefault("name", "Wang Lei")
    fields.setdefault("organization", "Suzhou Battery Works")
    fields.setdefault("email", "wang.lei@example.com")
    fields.setdefault("kind", "purchase")
    fields.setdefault("message", "Please send us a quotation.")
    return NegotiationRequest.objects.create(**page.request_target(), **fields)


# StreamField values for an exhibitor's scenarios, achievements and calls for.
def scenario(title, customer, description):
    return ("scenario", {"title": title, "customer": customer, "description": description})


def achievement(title, year, description=""):
    return ("achievement", {"title": title, "year": year, "description": description})


def position(title, location, openings, description):
    return (
        "position",
        {"title": title, "location": location, "openings": openings, "description": description},
    )


def financing(direction, amount, instrument, description):
    return (
        "financing",
        {"direction": direction, "amount": amount, "instrument": instrument, "description": description},
    )


def need(title, description):
    return ("need", {"title": title, "description": description})
