"""Builders for the programme, shared by the tests and the demo loader."""

import datetime

from django.utils.text import slugify

from forums.defaults import DEFAULT_MODULES
from forums.models import ForumIndexPage, ForumKind, ForumModule, ForumOrganization, ForumPage, ForumSpeaker
from forums.permissions import setup_programme_editors
from forums.times import CONFERENCE_TZ
from wimc_site.categories import ensure_categories, get_category
from wimc_site.factories import add_page, build_home_page, get_locale
from wimc_site.models import EditionFormat

INDEX_INTRODUCTION = (
    "The Launch Ceremony and Main Forum open the conference; sub-forums go deep in four modules; "
    "Closing Ceremonies and the Carnival end it. All are held online and offline, with live broadcast."
)


def ensure_default_modules(locale=None):
    return ensure_categories(ForumModule, locale or get_locale(), DEFAULT_MODULES)


def ensure_programme_editors():
    return setup_programme_editors()


def get_module(slug, locale=None):
    """A module by slug; the default ones are rebuilt when a flushed test database lost them."""
    return get_category(ForumModule, slug, DEFAULT_MODULES, locale or get_locale())


def build_forum_index(home=None, **fields):
    """The /forums/ page under the home page; the existing one if it is there."""
    home = home or build_home_page()
    fields = {"title": "Forums", "slug": "forums", "locale": home.locale, **fields}
    fields.setdefault("introduction", INDEX_INTRODUCTION)
    return add_page(home, ForumIndexPage(**fields))


def at(year, month, day, hour=9, minute=0):
    """An aware datetime in Nanjing: `at(2020, 11, 26, 9)` is 09:00 China Standard Time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=CONFERENCE_TZ)


def build_forum(
    index,
    title,
    edition,
    start,
    end=None,
    kind=ForumKind.SUB_FORUM,
    module=None,
    guests=(),
    organizations=(),
    slug=None,
    publish=True,
    **fields,
):
    """A forum under `index`; `module` is a ForumModule or its slug (sub-forums get the first module
    when none is given); `guests` are (guest, role) pairs; `organizations` (organizer, role) pairs.
    Returns the existing forum with the same slug if there is one."""
    if kind == ForumKind.SUB_FORUM and module is None:
        module = DEFAULT_MODULES[0]["slug"]
    if isinstance(module, str):
        module = get_module(module, index.locale)
    forum = ForumPage(
        title=title,
        slug=slug or f"{edition.year}-{slugify(title)}"[:80].strip("-"),
        locale=index.locale,
        edition=edition,
        kind=kind,
        module=module,
        start=start,
        end=end or start + datetime.timedelta(hours=2),
        format=fields.pop("format", EditionFormat.HYBRID),
        live=publish,
        **fields,
    )
    for order, (guest, role) in enumerate(guests):
        forum.speakers.add(ForumSpeaker(guest=guest, role=role, sort_order=order))
    for order, (organizer, role) in enumerate(organizations):
        forum.organizations.add(ForumOrganization(organizer=organizer, role=role, sort_order=order))
    return add_page(index, forum, publish=publish)
