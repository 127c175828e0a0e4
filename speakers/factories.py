"""Builders for guests, shared by the tests and the demo loader."""

from django.utils.text import slugify

from speakers.models import GuestCategory, GuestIndexPage, GuestPage
from wimc_site.factories import add_page, build_home_page, get_locale

# The categories the data migration creates; rebuilt where a test database was flushed.
DEFAULT_CATEGORIES = [
    ("Representative of an international organization", "representatives of international organizations",
     "international-organizations"),
    ("Academician", "academicians", "academicians"),
    ("Global 500 representative", "Global 500 representatives", "global-500"),
    ("Government official", "government officials", "government-officials"),
    ("Expert or scholar", "experts and scholars", "experts-scholars"),
    ("Entrepreneur", "entrepreneurs", "entrepreneurs"),
]


def ensure_default_categories(locale=None):
    locale = locale or get_locale()
    return [
        GuestCategory.objects.get_or_create(
            locale=locale,
            slug=slug,
            defaults={"name": name, "plural_label": plural, "sort_order": order * 10},
        )[0]
        for order, (name, plural, slug) in enumerate(DEFAULT_CATEGORIES)
    ]


def ensure_organizers_group():
    from django.apps import apps

    from speakers.permissions import setup_organizers_group

    return setup_organizers_group(apps)


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
    existing = GuestPage.objects.filter(guest_key=guest_key).first()
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
        guest.links.add(_link(label, url, order))
    index.add_child(instance=guest)
    revision = guest.save_revision()
    if publish:
        revision.publish()
    return guest


def _link(label, url, order):
    from speakers.models import GuestLink

    return GuestLink(label=label, url=url, sort_order=order)
