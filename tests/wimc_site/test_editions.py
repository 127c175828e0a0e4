import datetime

from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from django.utils import translation

from wimc_site import dates
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
    def test_footer_place_reads_like_the_real_site(self):
        self.assertEqual(edition(city="Nanjing", country="China").place_label, "Nanjing · China")

    def test_dates_in_each_language(self):
        e = edition()
        self.assertEqual(e.dates_label, "December 8–10, 2021")
        with translation.override("zh-hans"):
            self.assertEqual(e.dates_label, "2021年12月8日–10日")
        self.assertEqual(edition(year=2017, start=None, end=None).dates_label, "")


class DateFormatTests(SimpleTestCase):
    """One formatter per language; Django's own "F j" would read "十二月 8" in Chinese."""

    def test_single_days(self):
        day = datetime.date(2020, 11, 6)
        self.assertEqual(dates.format_date(day, "en"), "November 6, 2020")
        self.assertEqual(dates.format_date(day, "zh-hans"), "2020年11月6日")
        self.assertEqual(dates.format_month_day(day, "en"), "November 6")
        self.assertEqual(dates.format_month_day(day, "zh-hans"), "11月6日")

    def test_ranges(self):
        cases = [
            ((2021, 12, 8), (2021, 12, 10), "December 8–10, 2021", "2021年12月8日–10日"),
            ((2030, 11, 30), (2030, 12, 2), "November 30 – December 2, 2030", "2030年11月30日–12月2日"),
            ((2030, 12, 30), (2031, 1, 2),
             "December 30, 2030 – January 2, 2031", "2030年12月30日 – 2031年1月2日"),
            ((2023, 5, 1), (2023, 5, 1), "May 1, 2023", "2023年5月1日"),
        ]
        for start, end, english, chinese in cases:
            start, end = datetime.date(*start), datetime.date(*end)
            with self.subTest(start=start, end=end):
                self.assertEqual(dates.format_date_range(start, end, "en"), english)
                self.assertEqual(dates.format_date_range(start, end, "zh-hans"), chinese)
        self.assertEqual(dates.format_date_range(datetime.date(2023, 5, 1), None, "en"), "May 1, 2023")

    def test_end_before_start_is_rejected(self):
        e = ConferenceEdition(year=2030, name="x", start_date=DAY, end_date=DAY - datetime.timedelta(days=1))
        with self.assertRaises(ValidationError):
            e.clean()
