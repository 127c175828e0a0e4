"""Shared test data for the programme: a site with /forums/, /guests/, two editions (2021 current)."""

import datetime
import re

from wagtail.models import Site

from forums.factories import at, build_forum, build_forum_index, ensure_default_modules
from forums.models import ForumKind, ForumRole
from speakers.factories import build_guest, build_guest_index
from wimc_site.factories import build_home_page, get_locale
from wimc_site.models import ConferenceEdition, SiteSettings

__all__ = ["ForumDataMixin", "ForumKind", "ForumRole", "at", "forum_titles", "make_edition"]


def make_edition(year, start, end, current=False, **fields):
    edition, _ = ConferenceEdition.objects.update_or_create(
        year=year,
        locale=get_locale(),
        defaults={"name": f"{year} WIMC", "start_date": start, "end_date": end, **fields},
    )
    if current:
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = edition
        settings.save()
    return edition


def translate(page, locale, **fields):
    """`page` copied into `locale` (its parent must be there already), with `fields`, and published."""
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def forum_titles(response):
    """Forum titles in the order a visitor reads them on a programme page."""
    pattern = r'class="forum-item__title" id="forum-\d+"><a href="[^"]+">([^<]+)</a>'
    return re.findall(pattern, response.content.decode())


class ForumDataMixin:
    """A home page, /forums/, /guests/, the 2020 (Nov 26–28) and 2021 (Dec 8–10, current) editions."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = build_home_page()
        ensure_default_modules()
        cls.index = build_forum_index(cls.home)
        cls.guest_index = build_guest_index(cls.home)
        cls.edition_2020 = make_edition(
            2020, datetime.date(2020, 11, 26), datetime.date(2020, 11, 28),
            venue="Nanjing International Expo Conference Center", city="Nanjing", country="China",
        )
        cls.edition_2021 = make_edition(
            2021, datetime.date(2021, 12, 8), datetime.date(2021, 12, 10), current=True,
            venue="Nanjing International Expo Conference Center", city="Nanjing", country="China",
        )

    @classmethod
    def guest(cls, name, **fields):
        fields.setdefault("editions", [cls.edition_2021])
        return build_guest(cls.guest_index, name, fields.pop("category", "academicians"), **fields)

    @classmethod
    def forum(cls, title, start, end=None, edition=None, **fields):
        return build_forum(cls.index, title, edition or cls.edition_2021, start, end, **fields)
