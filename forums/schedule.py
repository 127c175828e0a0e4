"""The programme for machines: JSON, and the frab schedule.xml that conference apps read
(Giggity, ConfClerk and others: conference > day > room > event)."""

import datetime
import re
from xml.etree import ElementTree

from django.http import HttpResponse, JsonResponse
from django.utils import timezone

from forums.guests import forum_guests
from forums.times import CONFERENCE_TZ_NAME, local
from wimc_site.links import absolute_url
from wimc_site.localization import language_code, localize_all

# Characters XML 1.0 cannot carry even escaped: dropped rather than producing a file no app reads.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _modules_by_key(index_page):
    return {m.translation_key: m for m in localize_all(index_page.get_modules(), index_page.locale_id)}


def _guests(speakers, request):
    return [
        {
            "name": guest.title,
            "url": absolute_url(guest.get_url(request), request),
            "role": row.role,
            "role_label": str(row.get_role_display()),
        }
        for row, guest in speakers
    ]


def forum_data(forum, module, speakers, request):
    """A forum for the JSON programme; `speakers` is its entry of `forum_guests`."""
    return {
        "id": forum.pk,
        "key": str(forum.translation_key),
        "title": forum.title,
        "url": absolute_url(forum.get_url(request), request),
        "kind": forum.kind,
        "kind_label": str(forum.get_kind_display()),
        "module": {"slug": module.slug, "name": module.name} if module else None,
        "start": forum.local_start.isoformat(),
        "end": forum.local_end.isoformat(),
        "day": forum.local_day.isoformat(),
        "venue": forum.get_venue(),
        "room": forum.room,
        "format": forum.format,
        "live_stream_url": forum.live_stream_url,
        "replay_url": forum.replay_url,
        "calendar_url": absolute_url(forum.calendar_url(request), request),
        "introduction": forum.introduction,
        "guests": _guests(speakers, request),
    }


def json_response(index_page, edition, forums, request):
    forums = list(forums)
    modules = _modules_by_key(index_page)
    speakers = forum_guests(forums)
    data = {
        "conference": {
            "name": edition.name,
            "full_name": edition.full_name,
            "year": edition.year,
            "start": edition.start_date.isoformat() if edition.start_date else None,
            "end": edition.end_date.isoformat() if edition.end_date else None,
            "venue": edition.venue,
            "city": edition.city,
            "country": edition.country,
            "time_zone": CONFERENCE_TZ_NAME,
        },
        "forums": [
            forum_data(
                forum, modules.get(forum.module.translation_key) if forum.module_id else None,
                speakers[forum.pk], request,
            )
            for forum in forums
        ],
    }
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})


def _text(value):
    return XML_INVALID.sub("", str(value or ""))


def _sub(parent, tag, text="", **attributes):
    element = ElementTree.SubElement(parent, tag, {k: _text(v) for k, v in attributes.items()})
    element.text = _text(text)
    return element


def _hhmm(delta):
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _conference_days(edition, forums):
    days = {forum.local_day for forum in forums}
    if edition.start_date:
        day, last = edition.start_date, edition.end_date or edition.start_date
        while day <= last:
            days.add(day)
            day += datetime.timedelta(days=1)
    return sorted(days)


def frab_response(index_page, edition, forums, request):
    """schedule.xml in the frab format; every forum is an event in its room on the day it starts."""
    forums = list(forums)
    modules = _modules_by_key(index_page)
    speakers = forum_guests(forums)
    language = language_code(index_page)
    days = _conference_days(edition, forums)
    root = ElementTree.Element("schedule")
    _sub(root, "generator", name="wimc-site")
    latest = max((f.last_published_at for f in forums if f.last_published_at), default=timezone.now())
    _sub(root, "version", local(latest).strftime("%Y-%m-%d %H:%M"))
    conference = _sub(root, "conference")
    _sub(conference, "acronym", f"wimc{edition.year}")
    _sub(conference, "title", edition.full_name or edition.name)
    if days:
        _sub(conference, "start", days[0].isoformat())
        _sub(conference, "end", days[-1].isoformat())
    _sub(conference, "days", len(days))
    _sub(conference, "timeslot_duration", "00:15")
    _sub(conference, "base_url", absolute_url(index_page.get_url(request), request))
    _sub(conference, "time_zone_name", CONFERENCE_TZ_NAME)

    for number, day in enumerate(days, start=1):
        on_day = [forum for forum in forums if forum.local_day == day]
        start = min((f.local_start for f in on_day), default=None)
        end = max((f.local_end for f in on_day), default=None)
        attributes = {"index": number, "date": day.isoformat()}
        if start is not None:
            attributes.update(start=start.isoformat(), end=end.isoformat())
        day_element = _sub(root, "day", **attributes)
        rooms = {}
        for forum in on_day:
            room_name = forum.place_label or edition.place_label or "WIMC"
            if room_name not in rooms:
                rooms[room_name] = _sub(day_element, "room", name=room_name)
            module = modules.get(forum.module.translation_key) if forum.module_id else None
            _event(rooms[room_name], forum, room_name, module, speakers[forum.pk], language, request)

    ElementTree.indent(root)
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(root, encoding="utf-8")
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def _event(room, forum, room_name, module, speakers, language, request):
    event = _sub(room, "event", guid=forum.translation_key, id=forum.pk)
    _sub(event, "date", forum.local_start.isoformat())
    _sub(event, "start", forum.local_start.strftime("%H:%M"))
    _sub(event, "duration", _hhmm(forum.duration))
    _sub(event, "room", room_name)
    _sub(event, "slug", f"wimc{forum.edition.year}-{forum.slug}")
    _sub(event, "url", absolute_url(forum.get_url(request), request))
    _sub(event, "title", forum.title)
    _sub(event, "subtitle")
    _sub(event, "track", module.name if module else forum.get_kind_display())
    _sub(event, "type", forum.get_kind_display())
    _sub(event, "language", language)
    _sub(event, "abstract", forum.introduction)
    _sub(event, "description")
    persons = _sub(event, "persons")
    for _row, guest in speakers:
        _sub(persons, "person", guest.title, id=guest.pk)
    links = _sub(event, "links")
    if forum.live_stream_url:
        _sub(links, "link", "Live stream", href=forum.live_stream_url)
    if forum.replay_url:
        _sub(links, "link", "Replay", href=forum.replay_url)
    _sub(links, "link", "Calendar (.ics)", href=absolute_url(forum.calendar_url(request), request))
    return event
