import datetime

from django.core.exceptions import ValidationError
from django.test import TestCase

from wimc_site.factories import get_locale
from wimc_site.models import ConferenceEdition
from wimc_site.models.editions import EditionStatus

DAY = datetime.date(2021, 12, 1)


def edition(year=2021, start=(2021, 12, 8), end=(2021, 12, 10), **fields):
    return ConferenceEdition.objects.create(
        year=year,
        name=f"{year} WIMC",
        start_date=datetime.date(*start) if start else None,
        end_date=datetime.date(*end) if end else None,
        locale=get_locale(),
        **fields,
    )


class EditionStatusTests(TestCase):
    def test_upcoming_counts_days_to_the_opening(self):
        e = edition()
        self.assertEqual(e.status(DAY), EditionStatus.UPCOMING)
        self.assertEqual(e.days_until_start(DAY), 7)

    def test_under_way_from_first_to_last_day(self):
        e = edition()
        for day in (8, 9, 10):
            self.assertEqual(e.status(datetime.date(2021, 12, day)), EditionStatus.LIVE)

    def test_ended_after_last_day(self):
        self.assertEqual(edition().status(datetime.date(2021, 12, 11)), EditionStatus.ENDED)

    def test_unknown_dates_have_no_status(self):
        self.assertIsNone(edition(year=2017, start=None, end=None).status(DAY))


class EditionLabelTests(TestCase):
    def test_footer_labels_match_the_real_site(self):
        e = edition(city="Nanjing", country="China")
        self.assertEqual(e.place_label, "Nanjing · China")
        self.assertEqual(e.dates_label, "December 08-10")

    def test_home_page_dates_name_the_year_and_both_months_when_they_differ(self):
        self.assertEqual(edition().full_dates_label, "December 8–10, 2021")
        spanning = edition(year=2022, start=(2022, 11, 30), end=(2022, 12, 2))
        self.assertEqual(spanning.full_dates_label, "November 30 – December 2, 2022")
        self.assertEqual(edition(year=2023, start=(2023, 5, 1), end=None).full_dates_label, "May 1, 2023")

    def test_dates_across_months_name_both(self):
        e = edition(year=2030, start=(2030, 11, 30), end=(2030, 12, 2))
        self.assertEqual(e.dates_label, "November 30 – December 02")

    def test_end_before_start_is_rejected(self):
        e = ConferenceEdition(year=2030, name="x", start_date=DAY, end_date=DAY - datetime.timedelta(days=1))
        with self.assertRaises(ValidationError):
            e.clean()
