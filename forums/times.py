"""The conference's clock: forums happen in Nanjing and are shown in China Standard Time.

Times are stored aware (UTC in the database); everything a visitor reads is converted here, so a
forum at 23:30 belongs to the day it starts in Nanjing whatever the server's or visitor's zone.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import formats, timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

CONFERENCE_TZ_NAME = "Asia/Shanghai"
CONFERENCE_TZ = ZoneInfo(CONFERENCE_TZ_NAME)
# How every time on the programme is labelled ("北京时间" in Chinese).
TIME_ZONE_LABEL = _("China Standard Time (UTC+8)")


class ConferenceTime(datetime.datetime):
    """A datetime that templates show as it is, in China Standard Time, whatever time zone is
    active (the same trick as Django's `timezone` filter)."""

    convert_to_local_time = False


def local(value):
    """An aware datetime in China Standard Time."""
    if value is None:
        return None
    value = timezone.localtime(value, CONFERENCE_TZ)
    return ConferenceTime(
        value.year, value.month, value.day, value.hour, value.minute, value.second, value.microsecond,
        value.tzinfo, fold=value.fold,
    )


def day_start(day):
    """The first instant of `day` in Nanjing, as an aware datetime."""
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=CONFERENCE_TZ)


def day_label(day):
    """ "Thursday, November 26" / "11月26日 星期四": a programme day as its heading reads."""
    # Translators: a date format (Django's `date` filter letters) for a day of the programme.
    return formats.date_format(day, gettext("l, F j"))


def short_day_label(day):
    """ "Thu, Nov 26" / "11月26日": a day in the programme's day links."""
    # Translators: a short date format (Django's `date` filter letters) for a programme day link.
    return formats.date_format(day, gettext("D, M j"))


def full_day_label(day):
    """ "Thursday, November 26, 2020" / "2020年11月26日 星期四"."""
    # Translators: a date format (Django's `date` filter letters) for a forum's day, with the year.
    return formats.date_format(day, gettext("l, F j, Y"))
