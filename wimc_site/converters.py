"""URL values that must stay inside the range the database and Python's dates can hold.

`<year:year>` matches four digits from 0001 to 9999 (what a date's year can be): /news/year/0/,
/news/year/99999/ and a hundred-digit "year" are 404s instead of an OverflowError. Registered when
this module is imported: a URL pattern that uses it imports `YEAR` from here, so the converter is
known before the pattern is built. `parse_year` is the same rule for a query-string value.
"""

import datetime

from django.urls import register_converter

YEAR = "year"


def parse_year(value):
    """`value` as a year a date can hold (1-9999), or None for anything else."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit() and len(value) <= 4):
        return None
    year = int(value)
    return year if datetime.MINYEAR <= year <= datetime.MAXYEAR else None


class YearConverter:
    regex = "[0-9]{4}"

    def to_python(self, value):
        year = parse_year(value)
        if year is None:
            raise ValueError(f"{value!r} is not a year")  # no match: the URL is a 404
        return year

    def to_url(self, value):
        return f"{int(value):04d}"


register_converter(YearConverter, YEAR)
