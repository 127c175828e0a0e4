"""Shared test data for the guests app."""

from wagtail.models import Site

from speakers.factories import build_guest, build_guest_index
from wimc_site.factories import build_home_page, get_locale
from wimc_site.models import ConferenceEdition, SiteSettings


def make_edition(year, current=False):
    edition, _ = ConferenceEdition.objects.get_or_create(
        year=year, locale=get_locale(), defaults={"name": f"{year} WIMC"}
    )
    if current:
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = edition
        settings.save()
    return edition


class GuestDataMixin:
    """A home page, /guests/, the 2020 and 2021 editions (2021 current) and a `guest()` helper."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = build_home_page()
        cls.index = build_guest_index(cls.home)
        cls.edition_2020 = make_edition(2020)
        cls.edition_2021 = make_edition(2021, current=True)

    @classmethod
    def guest(cls, name, category="academicians", editions=None, **fields):
        if editions is None:
            editions = [cls.edition_2021]
        return build_guest(cls.index, name, category, editions=editions, **fields)
