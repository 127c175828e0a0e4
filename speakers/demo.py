"""Demo guests: the 2020 edition's 59 key guests in the seed release's proportions, 2021 guests,
and the six officials who spoke at the 2020 press conference.

The release gives counts, not names, so the key guests are plainly fictional sample entries; the
six officials and their positions come from the release's photo captions. Idempotent: guests are
looked up by their guest key.
"""

from django.db import transaction

from speakers.factories import (
    build_guest,
    build_guest_index,
    ensure_default_categories,
    ensure_organizers_group,
)
from speakers.permissions import GUESTS_COLLECTION
from wimc_site.factories import get_locale, make_placeholder_image
from wimc_site.models import ConferenceEdition, HomePage
from wimc_site.permissions import get_or_create_child_collection

GIVEN_NAMES = [
    "Avery", "Blake", "Casey", "Dana", "Emery", "Finley", "Harper", "Jordan", "Kai", "Logan", "Morgan",
    "Noel", "Parker", "Quinn", "Riley", "Rowan", "Sage", "Skyler", "Taylor", "Reese", "Alex", "Robin",
    "Jamie", "Drew", "Hayden", "Jesse", "Lane", "Marlo", "Oakley", "Peyton", "Remy", "Shay", "Tatum",
]
CHINESE_NUMBERS = "一二三四五六七八九十"

# Category slug, how many 2020 key guests, surname, honorific, position, organization pattern.
KEY_GUESTS_2020 = [
    ("international-organizations", 13, "Example", "", "Senior Representative",
     "Example International Organization for Industry No. {n}"),
    ("academicians", 33, "Sample", "Academician (sample entry)", "Professor",
     "Sample University of Engineering No. {n}"),
    ("global-500", 13, "Placeholder", "", "Vice President",
     "Placeholder Global Manufacturing Group No. {n}"),
]

# From the photo captions and first paragraph of the 2020 press-conference release.
OFFICIALS_2020 = [
    ("Miao Changxing", "First-class Inspector, Equipment Industry Division No. 1",
     "Ministry of Industry and Information Technology",
     "Released the overall situation, features and highlights of the 2020 WIMC at its press conference."),
    ("Zhang Lefu", "Deputy Secretary-General", "Jiangsu Provincial People's Government",
     "Secretary General of the Organizing Committee of the 2020 WIMC; introduced the preparations at "
     "its press conference."),
    ("Li Qingshan", "Deputy Director of the General Office", "Chinese Academy of Engineering",
     "Attended the press conference of the 2020 WIMC."),
    ("Lin Runhua", "Deputy Director of the Academic Department",
     "China Association for Science and Technology", "Attended the press conference of the 2020 WIMC."),
    ("Huang Ping", "Deputy Director", "Jiangsu Provincial Department of Industry and Information Technology",
     "Attended the press conference of the 2020 WIMC."),
    ("Bao Hongxin", "Deputy Secretary-General", "Nanjing Municipal People's Government",
     "Attended the press conference of the 2020 WIMC."),
]

# 2021 guests: category, surname, position, organization pattern, how many.
GUESTS_2021 = [
    ("academicians", "Sample", "Professor", "Sample Institute of Intelligent Systems No. {n}", 4),
    ("experts-scholars", "Demo", "Research Fellow", "Demo Laboratory for Smart Factories No. {n}", 5),
    ("entrepreneurs", "Mock", "Chief Executive Officer", "Mock Robotics Company No. {n}", 4),
    ("international-organizations", "Example", "Programme Director",
     "Example International Standards Body No. {n}", 3),
]
PHOTO_COLORS = [(10, 58, 122), (14, 92, 64), (107, 47, 138), (138, 58, 16)]


@transaction.atomic
def load():
    home = HomePage.objects.get(locale=get_locale("en"))
    # Both come from migrations; rebuilt here for databases that were flushed (browser tests).
    ensure_default_categories()
    ensure_organizers_group()
    index = build_guest_index(
        home,
        listing_summary="Academicians, heads of international organizations and Global 500 companies, "
        "officials, scholars and entrepreneurs at the conference.",
    )
    english = ConferenceEdition.objects.filter(locale=get_locale("en"), year__in=[2020, 2021])
    editions = {e.year: e for e in english}
    _key_guests_2020(index, editions)
    _officials_2020(index, editions)
    _guests_2021(index, editions)
    return index


def _sample_bio(name, organization):
    return (
        f"{name} is a fictional demo entry standing in for one of the 2020 WIMC's key guests, whose "
        f"names the seed press release does not give. {organization} does not exist."
    )


def _key_guests_2020(index, editions):
    number = 0
    for slug, count, surname, honorific, position, organization in KEY_GUESTS_2020:
        for n in range(1, count + 1):
            name = f"{GIVEN_NAMES[(n - 1) % len(GIVEN_NAMES)]} {surname} {n:02d}"
            org = organization.format(n=n)
            also_2021 = slug == "academicians" and n <= 3
            featured = n <= 2
            build_guest(
                index,
                name,
                slug,
                editions=[editions[2020], editions[2021]] if also_2021 else [editions[2020]],
                chinese_name=f"示例嘉宾{CHINESE_NUMBERS[number % 10]}{n}" if slug == "academicians" else "",
                honorific=honorific,
                position=position,
                organization=org,
                country="Sample Country" if slug != "academicians" else "China",
                short_bio=f"Demo entry: a fictional {position.lower()} of {org}.",
                biography=_sample_bio(name, org),
                featured=featured,
                photo=_photo(name, number) if featured else None,
                links=[("Demo profile", "https://example.com/guests/" + name.lower().replace(" ", "-"))]
                if n == 1 else (),
            )
            number += 1


def _officials_2020(index, editions):
    for name, position, organization, bio in OFFICIALS_2020:
        build_guest(
            index,
            name,
            "government-officials",
            editions=[editions[2020]],
            position=position,
            organization=organization,
            country="China",
            short_bio=bio,
            biography=f"{name}, {position}, {organization}, spoke at or attended the press conference of "
            f"the 2020 World Intelligent Manufacturing Conference in Beijing on November 6, 2020.",
            key_guest=False,
        )


def _guests_2021(index, editions):
    number = 100
    for slug, surname, position, organization, count in GUESTS_2021:
        for n in range(1, count + 1):
            name = f"{GIVEN_NAMES[-n]} {surname} {21}{n:02d}"
            org = organization.format(n=n)
            featured = n == 1
            build_guest(
                index,
                name,
                slug,
                editions=[editions[2021]],
                position=position,
                organization=org,
                country="Sample Country",
                short_bio=f"Demo entry: a fictional {position.lower()} of {org}.",
                biography=f"{name} is a fictional demo guest of the 2021 WIMC. {org} does not exist.",
                featured=featured,
                photo=_photo(name, number) if featured and slug != "experts-scholars" else None,
            )
            number += 1


def _photo(name, number):
    return make_placeholder_image(
        f"Guest photo: {name}", text=name, size=(600, 600), color=PHOTO_COLORS[number % len(PHOTO_COLORS)],
        collection=get_or_create_child_collection(GUESTS_COLLECTION),
    )
