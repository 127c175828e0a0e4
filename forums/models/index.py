"""/forums/: the programme of the current edition (and of past ones), with filters, feeds and calendars."""

import datetime
import re
import uuid
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models.functions import TruncDay
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from forums import schedule
from forums.guests import forum_guests
from forums.ics import calendar_response
from forums.models.forum import ForumPage, ForumSpeaker
from forums.models.modules import ForumKind, ForumModule
from forums.times import CONFERENCE_TZ, TIME_ZONE_LABEL, day_label, short_day_label
from wimc_site.converters import YEAR
from wimc_site.current import current_edition
from wimc_site.kept import kept
from wimc_site.links import absolute_url
from wimc_site.localization import localize_all, one_per_translation
from wimc_site.models import ConferenceEdition, EditionFormat
from wimc_site.models.pages import Crumb, SectionIndexPage
from wimc_site.taxonomy import translated_rows

# A whole edition's programme on one page: it is read and filtered as a whole, grouped by day.
FORUMS_PER_PAGE = 100
# Query-string values longer than this are not looked at.
MAX_PARAM_LENGTH = 100
# Guests named per forum in the programme; the forum page lists them all.
LISTED_GUESTS = 4
# How many forums a personal agenda's calendar may hold.
MAX_AGENDA_FORUMS = 60
FILTER_NAMES = ("day", "module", "kind", "format")
DAY_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
FORMAT_FILTERS = [
    (EditionFormat.ONLINE, _("Online")),
    (EditionFormat.OFFLINE, _("Offline")),
    (EditionFormat.HYBRID, _("Online and offline")),
]


def _param(request, name):
    """A query-string value, without NUL bytes, stripped; long values are dropped outright."""
    value = request.GET.get(name, "")
    if len(value) > MAX_PARAM_LENGTH:
        return "\x00"  # reported as unknown
    return value.replace("\x00", "").strip()


class ForumIndexPage(RoutablePageMixin, SectionIndexPage):
    """The programme: the current edition's forums by day, with filters; past editions by year."""

    subpage_types = ["forums.ForumPage"]

    class Meta:
        verbose_name = _("forum index page")

    # Querysets

    def get_forums(self):
        """The live, public forums under this index in programme order, ready for a listing."""
        return (
            ForumPage.objects.published()
            .child_of(self)
            .select_related("module", "edition")
            .with_guests()
            .defer_streamfields()
            .in_programme_order()
        )

    def get_edition_programme(self, edition):
        """(forums, `forum_guests` of them) of `edition` (every edition's when None) in programme
        order, kept until the next change: the programme without filters and the home page's
        section show them. Which are live or next is worked out from them per request."""

        def read():
            forums = self.get_forums()
            forums = list(forums.for_edition(edition) if edition is not None else forums)
            return forums, forum_guests(forums)

        return kept(("edition-programme", self.pk, edition and str(edition.translation_key)), read)

    def get_programme_days(self):
        """{edition translation key: the days it has forums under this index, in Nanjing}: the
        editions with a programme and each one's days, in one query, kept until the next change."""

        def read():
            moments = (
                ForumPage.objects.published()
                .child_of(self)
                .order_by()
                .annotate(day=TruncDay("start", tzinfo=CONFERENCE_TZ))
                .values_list("edition__translation_key", "day")
                .distinct()
            )
            days = {}
            for key, moment in moments:
                days.setdefault(key, set()).add(moment.date())
            return {key: sorted(found) for key, found in days.items()}

        return kept(("forum-programme-days", self.pk), read)

    def get_editions(self):
        """Editions that have forums under this index, newest first, in this page's language if translated."""
        keys = self.get_programme_days()
        editions = [e for e in translated_rows(ConferenceEdition).rows if e.translation_key in keys]
        return one_per_translation(sorted(editions, key=lambda e: -e.year), self.locale_id)

    def get_modules(self):
        """Modules in this index's language; the default language's until they are translated."""
        return translated_rows(ForumModule).for_locale(self.locale_id)

    def get_current_edition(self, request, editions):
        """The site's current edition (even before its programme is out), else the latest with forums."""
        current = current_edition(request)
        if current is None:
            return editions[0] if editions else None
        match = next((e for e in editions if e.translation_key == current.translation_key), None)
        return match or localize_all([current], self.locale_id)[0]

    def get_days(self, edition):
        """The days of `edition` that have forums, in Nanjing."""
        return self.get_programme_days().get(edition.translation_key, [])

    # Filters

    def get_filters(self, request, days, modules):
        """The visitor's filters from the query string; unknown values are ignored with a note."""
        notes = []
        day = None
        text = _param(request, "day")
        if text:
            if DAY_PATTERN.fullmatch(text):
                try:
                    day = datetime.date.fromisoformat(text)
                except ValueError:
                    day = None
            if day not in days:
                day = None
                notes.append(_("There are no forums on that day; showing every day."))
        module = None
        text = _param(request, "module")
        if text:
            module = next((m for m in modules if m.slug == text), None)
            if module is None:
                notes.append(_("There is no such module; showing every module."))
        kind = _param(request, "kind")
        if kind and kind not in ForumKind.values:
            kind = ""
            notes.append(_("There is no such kind of event; showing every kind."))
        format = _param(request, "format")
        if format and format not in EditionFormat.values:
            format = ""
            notes.append(_("There is no such format; showing every format."))
        return {"day": day, "module": module, "kind": kind, "format": format, "notes": notes}

    @staticmethod
    def filter_query(filters, **changes):
        """The query string for `filters` (cleaned, so bad values never spread to links) with `changes`."""
        values = {
            "day": filters["day"].isoformat() if filters["day"] else "",
            "module": filters["module"].slug if filters["module"] else "",
            "kind": filters["kind"],
            "format": filters["format"],
            **changes,
        }
        query = urlencode([(name, value) for name, value in values.items() if value])
        return f"?{query}" if query else ""

    def apply_filters(self, forums, filters):
        if filters["day"]:
            forums = forums.on_day(filters["day"])
        if filters["module"]:
            forums = forums.in_module(filters["module"])
        if filters["kind"]:
            forums = forums.filter(kind=filters["kind"])
        if filters["format"]:
            forums = forums.attendable(filters["format"])
        return forums

    # Building the page

    def programme_items(self, forums, modules, now=None, guests=None):
        """What a listing shows per forum: its module in this language, its status at `now`, and
        the first few guests (`forum_guests(forums)` unless the caller has them)."""
        now = now or timezone.now()
        by_key = {m.translation_key: m for m in modules}
        guests_by_forum = forum_guests(forums) if guests is None else guests
        items = []
        for forum in forums:
            module = by_key.get(forum.module.translation_key, forum.module) if forum.module_id else None
            listed = [guest for _row, guest in guests_by_forum[forum.pk]]
            items.append({
                "forum": forum,
                "module": module,
                "status": forum.status(now),
                "guests": listed[:LISTED_GUESTS],
                "more_guests": max(0, len(listed) - LISTED_GUESTS),
            })
        return items

    def group_by_day(self, forums, modules, now=None, guests=None):
        """[{day, label, items}] in programme order, by the day each forum starts in Nanjing."""
        groups = []
        for item in self.programme_items(forums, modules, now, guests):
            day = item["forum"].local_day
            if not groups or groups[-1]["day"] != day:
                groups.append({"day": day, "label": day_label(day), "items": []})
            groups[-1]["items"].append(item)
        return groups

    def programme_url(self, edition, current, request=None):
        """/forums/ for the current edition, /forums/<year>/ for the others."""
        url = self.get_url(request)
        if current is not None and edition.translation_key == current.translation_key:
            return url
        return url + self.reverse_subpage("edition", args=[edition.year])

    def get_context(self, request, *args, edition=None, agenda=False, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = self.get_editions()
        current = self.get_current_edition(request, editions)
        edition = edition or current
        modules = self.get_modules()
        days = []
        filters = {"day": None, "module": None, "kind": "", "format": "", "notes": []}
        if edition is not None:
            days = self.get_days(edition)
            if not agenda:
                filters = self.get_filters(request, days, modules)
        is_filtered = any(filters[name] for name in FILTER_NAMES)
        forums, guests = [], None  # guests None: read for the page shown
        if edition is not None and is_filtered:
            forums = self.apply_filters(self.get_forums().for_edition(edition), filters)
        elif edition is not None:
            forums, guests = self.get_edition_programme(edition)
        page_obj = Paginator(forums, FORUMS_PER_PAGE).get_page(request.GET.get("page"))
        base = self.programme_url(edition, current, request) if edition else self.get_url(request)
        edition_links = [
            {"edition": e, "url": self.programme_url(e, current, request),
             "current": e.translation_key == getattr(edition, "translation_key", None)}
            for e in editions
        ]
        # Not "edition": base.html puts the site's current edition under that name.
        context.update(
            programme_edition=edition,
            editions=edition_links,
            other_editions=any(not link["current"] for link in edition_links),
            modules=[
                {"module": m, "url": base + self.filter_query(filters, module=m.slug),
                 "current": filters["module"] is not None and filters["module"].pk == m.pk}
                for m in modules
            ],
            days=[
                {
                    "day": day,
                    "label": day_label(day),
                    "short_label": short_day_label(day),
                    "url": base + self.filter_query(filters, day=day.isoformat()),
                    "current": filters["day"] == day,
                }
                for day in days
            ],
            every_day_url=base + self.filter_query(filters, day=""),
            kinds=ForumKind.choices,
            formats=FORMAT_FILTERS,
            filters=filters,
            is_filtered=is_filtered,
            page_obj=page_obj,
            groups=self.group_by_day(page_obj, modules, guests=guests),
            time_zone_label=TIME_ZONE_LABEL,
            programme_base=base,
            agenda_url=self.get_url(request) + self.reverse_subpage("my_agenda"),
            agenda_calendar_url=self.file_url("agenda_calendar", request=request),
            feeds=self.get_feed_links(request, edition, current) if edition else [],
        )
        return context

    def file_url(self, name, *args, request=None):
        """The address of a file route: no trailing slash (see the file pattern in wimc_site/urls.py)."""
        return self.get_url(request) + self.reverse_subpage(name, args=args).rstrip("/")

    def get_feed_links(self, request, edition, current):
        """The machine-readable programme of `edition`: JSON, frab XML and iCalendar."""
        if edition.translation_key == getattr(current, "translation_key", None):
            names, args = ("programme_json", "schedule_xml", "programme_calendar"), ()
        else:
            names, args = ("edition_json", "edition_schedule_xml", "edition_calendar"), (edition.year,)
        urls = [absolute_url(self.file_url(name, *args, request=request), request) for name in names]
        return [
            {"title": _("Programme (JSON)"), "type": "application/json", "url": urls[0]},
            {
                "title": _("Programme (frab XML, for conference apps)"),
                "type": "application/xml",
                "url": urls[1],
            },
            {"title": _("Programme (iCalendar)"), "type": "text/calendar", "url": urls[2]},
        ]

    def edition_for_year(self, year):
        edition = next((e for e in self.get_editions() if e.year == year), None)
        if edition is None:
            raise Http404("No programme for that year")
        return edition

    def current_edition_or_404(self, request):
        edition = self.get_current_edition(request, self.get_editions())
        if edition is None:
            raise Http404("No programme yet")
        return edition

    def get_cached_paths(self):
        """The programme, its files and each edition's, purged at the proxy when a forum changes.
        Files are fetched without the slash their routes end with (see wimc_site/urls.py)."""
        paths = ["/", "/programme.ics", "/programme.json", "/schedule.xml"]
        for edition in self.get_editions():
            paths += [f"/{edition.year}{path}" for path in paths[:4]]
        return paths

    def get_sitemap_urls(self, request=None):
        """The index (the current edition), then every other edition's programme."""
        urls = super().get_sitemap_urls(request)
        editions = self.get_editions()
        current = self.get_current_edition(request, editions) if request else None
        for edition in editions:
            if current is None or edition.translation_key != current.translation_key:
                path = self.reverse_subpage("edition", args=[edition.year])
                urls.append({"location": absolute_url(self.get_url(request) + path.lstrip("/"), request)})
        return urls

    def listing_breadcrumbs(self, request, title):
        """Below the programme (a past edition, My agenda), Forums becomes a link."""
        crumb = Crumb(title=self.title, url=self.get_url(request))
        return {"breadcrumbs": [*self.get_breadcrumbs(request), crumb], "breadcrumb_current": title}

    # Routes

    @path("")
    def programme(self, request):
        return self.render(request)

    @path(f"<{YEAR}:year>/", name="edition")
    def edition_programme(self, request, year):
        edition = self.edition_for_year(year)
        return self.render(
            request,
            edition=edition,
            context_overrides=self.listing_breadcrumbs(request, edition.name),
        )

    @path("my-agenda/", name="my_agenda")
    def my_agenda(self, request):
        return self.render(
            request,
            agenda=True,
            template="forums/my_agenda.html",
            context_overrides=self.listing_breadcrumbs(request, _("My agenda")),
        )

    @path("agenda.ics/", name="agenda_calendar")
    def agenda_calendar(self, request):
        """The starred forums as a calendar: ?forum=<key>&forum=<key>; unknown keys are ignored."""
        keys = []
        for value in request.GET.getlist("forum")[:MAX_AGENDA_FORUMS]:
            # uuid.UUID, not a pattern: '-' * 32 passed the old pattern and the query raised (500).
            try:
                keys.append(uuid.UUID(value.strip()))
            except ValueError:
                continue
        return calendar_response(
            self.get_forums().filter(translation_key__in=keys),
            request,
            name=str(_("My agenda")),
            filename="my-wimc-agenda.ics",
        )

    @path("guest/<slug:guest_key>.ics/", name="guest_calendar")
    def guest_calendar(self, request, guest_key):
        forums = self.get_forums().filter(
            pk__in=ForumSpeaker.objects.filter(guest__guest_key=guest_key).values("page_id")
        )
        guest = ForumSpeaker.guest.field.related_model.objects.filter(guest_key=guest_key).first()
        if guest is None or not forums.exists():
            raise Http404("No forums for that guest")
        return calendar_response(forums, request, name=guest.title, filename=f"{guest_key}.ics")

    def _programme_feed(self, request, edition, kind):
        forums = self.get_forums().for_edition(edition)
        if kind == "ics":
            name = f"{edition.name}: {self.title}"
            filename = f"wimc-{edition.year}-programme.ics"
            return calendar_response(forums, request, name=name, filename=filename)
        if kind == "json":
            return schedule.json_response(self, edition, forums, request)
        return schedule.frab_response(self, edition, forums, request)

    @path("programme.ics/", name="programme_calendar")
    def programme_calendar(self, request):
        return self._programme_feed(request, self.current_edition_or_404(request), "ics")

    @path("programme.json/", name="programme_json")
    def programme_json(self, request):
        return self._programme_feed(request, self.current_edition_or_404(request), "json")

    @path("schedule.xml/", name="schedule_xml")
    def schedule_xml(self, request):
        return self._programme_feed(request, self.current_edition_or_404(request), "xml")

    @path(f"<{YEAR}:year>/programme.ics/", name="edition_calendar")
    def edition_calendar(self, request, year):
        return self._programme_feed(request, self.edition_for_year(year), "ics")

    @path(f"<{YEAR}:year>/programme.json/", name="edition_json")
    def edition_json(self, request, year):
        return self._programme_feed(request, self.edition_for_year(year), "json")

    @path(f"<{YEAR}:year>/schedule.xml/", name="edition_schedule_xml")
    def edition_schedule_xml(self, request, year):
        return self._programme_feed(request, self.edition_for_year(year), "xml")
