"""One way to write dates per language, used by every template: "December 8–10, 2021" and
"2021年12月8日–10日". Django's "F j" in Chinese gives "十二月 8", which no Chinese reader writes."""

from django.utils import formats, translation


def _language(language):
    return (language or translation.get_language() or "en").lower()


def _english(day, format_string, language):
    with translation.override(language):
        return formats.date_format(day, format_string)


def format_date(day, language=None):
    """ "December 8, 2021" / "2021年12月8日"."""
    language = _language(language)
    if day is None:
        return ""
    if language.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return _english(day, "F j, Y", language)


def format_month_day(day, language=None):
    """ "November 6" / "11月6日": a date within a year the reader already knows."""
    language = _language(language)
    if day is None:
        return ""
    if language.startswith("zh"):
        return f"{day.month}月{day.day}日"
    return _english(day, "F j", language)


def format_date_range(start, end=None, language=None):
    """ "December 8–10, 2021" or "November 30 – December 2, 2021"; in Chinese "2021年12月8日–10日"."""
    language = _language(language)
    if start is None:
        return ""
    end = end or start
    if end == start:
        return format_date(start, language)
    chinese = language.startswith("zh")
    if (start.year, start.month) == (end.year, end.month):
        if chinese:
            return f"{format_date(start, language)}–{end.day}日"
        return f"{_english(start, 'F j', language)}–{end.day}, {end.year}"
    if start.year == end.year:
        if chinese:
            return f"{format_date(start, language)}–{end.month}月{end.day}日"
        return f"{_english(start, 'F j', language)} – {format_date(end, language)}"
    return f"{format_date(start, language)} – {format_date(end, language)}"
