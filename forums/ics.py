"""iCalendar files of forums, written with the `icalendar` library.

Times go out as local times in Asia/Shanghai with a VTIMEZONE describing that zone, so every
calendar application places a 09:00 forum at 09:00 in Nanjing (and at 20:00 the evening before
in New York) instead of guessing a zone or shifting it by the server's offset.
"""

import datetime
import uuid

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import pgettext
from icalendar import Calendar, Event

from forums.guests import forum_guests
from forums.times import CONFERENCE_TZ_NAME
from wimc_site.links import absolute_url

PRODID = "-//World Intelligent Manufacturing Conference//Forums//EN"
# The VTIMEZONE covers the years the conference has been held and the next few.
TIMEZONE_FIRST_DATE = datetime.date(2016, 1, 1)
TIMEZONE_LAST_DATE = datetime.date(2038, 1, 1)


def forum_uid(forum):
    """Stable per forum and shared by its translations: re-importing updates instead of duplicating."""
    return f"forum-{forum.translation_key}@wimc"


def forum_event(forum, speakers, request=None):
    """A forum as a calendar event; `speakers` is its entry of `forum_guests`."""
    url = absolute_url(forum.get_url(request), request)
    lines = [forum.introduction.strip()] if forum.introduction.strip() else []
    if speakers:
        separator = pgettext("between the items of a list", ", ")
        lines.append(separator.join(guest.title for _row, guest in speakers))
    if forum.live_stream_url:
        lines.append(f"Live: {forum.live_stream_url}")
    if forum.replay_url:
        lines.append(f"Replay: {forum.replay_url}")
    lines.append(url)
    return Event.new(
        uid=forum_uid(forum),
        stamp=forum.last_published_at or timezone.now(),
        start=forum.local_start,
        end=forum.local_end,
        summary=forum.title,
        description="\n\n".join(lines),
        location=forum.place_label or None,
        url=url,
        categories=[str(forum.get_kind_display())],
    )


def calendar_uid(request):
    """The calendar's own UID, from its address: icalendar makes a random one otherwise, so every
    download of an unchanged feed was a different file (and never matched its ETag)."""
    if request is None:
        return None
    return uuid.uuid5(uuid.NAMESPACE_URL, absolute_url(request.get_full_path(), request))


def build_calendar(forums, request=None, name=""):
    calendar = Calendar.new(prodid=PRODID, name=name or None, method="PUBLISH", uid=calendar_uid(request))
    calendar.add("X-WR-TIMEZONE", CONFERENCE_TZ_NAME)
    forums = list(forums)
    speakers = forum_guests(forums)
    for forum in forums:
        calendar.add_component(forum_event(forum, speakers[forum.pk], request))
    calendar.add_missing_timezones(first_date=TIMEZONE_FIRST_DATE, last_date=TIMEZONE_LAST_DATE)
    return calendar


def calendar_response(forums, request, name, filename):
    body = build_calendar(forums, request, name).to_ical()
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
