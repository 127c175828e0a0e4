"""Builders for guests, shared by the tests and the demo loader."""

from django.utils.text import slugify

from speakers.defaults import DEFAULT_CATEGORIES
from speakers.models import GuestCategory, GuestIndexPage, GuestLink, GuestPage
from speakers.permissions import setup_organizers_group
from wimc_site.categories import ensure_categories
from wimc_site.factories import add_page, build_home_page, get_locale


def ensure_default_categories(locale=None):
    return ensure_categories(GuestCategory, locale or get_locale(), DEFAULT_CATEGORIES)


def ensure_organizers_group():
    return setup_organizers_group()


def get_category(slug, locale=None):
    return GuestCategory.objects.get(slug=slug, locale=locale or get_locale())


def build_guest_index(home=None, **fields):
    """The /guests/ page under the home page; returns the existing one if there."""
    home = home or build_home_page()
    fields = {"title": "Guests", "slug": "guests", "locale": home.locale, **fields}
    fields.setdefault(
        "introduction",
        "Representatives of international organizations, academicians, heads of Global 500 "
        "companies, officials, scholars and entrepreneurs who take part in the conference.",
    )
    return add_page(home, GuestIndexPage(**fields))


def build_guest(index, name, category, editions=(), publish=True, links=(), **fields):
    """A guest under `index`; `category` is a GuestCategory or its slug. Returns an existing one by key."""
    if isinstance(category, str):
        category = get_category(category, index.locale)
    guest_key = fields.pop("guest_key", None) or slugify(name)[:100] or "guest"
    existing = GuestPage.objects.filter(guest_key=guest_key, locale=index.locale).first()
    if existing is not None:
        return existing
    guest = GuestPage(
        title=name,
        slug=guest_key,
        guest_key=guest_key,
        category=category,
        locale=index.locale,
        live=publish,
        **fields,
    )
    guest.editions = list(editions)
    for order, (label, url) in enumerate(links):
        guest.links.add(GuestLink(label=label, url=url, sort_order=order))
    index.add_child(instance=guest)
    revision = guest.save_revision()
    if publish:
        revision.publish()
    return guest
