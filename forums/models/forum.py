"""One forum of the programme: when and where, how to follow it, who speaks, and its agenda."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from forums.blocks import AgendaBlock
from forums.guests import GUEST_LISTING_FIELDS
from forums.ics import calendar_response
from forums.models.modules import ForumKind, ForumModule, ForumRole
from forums.times import TIME_ZONE_LABEL, day_start, full_day_label, local
from wimc_site.freshness import changes_at
from wimc_site.images import GUEST_CARD_PHOTO, rendition
from wimc_site.jsonld import json_ld_script
from wimc_site.links import absolute_url
from wimc_site.localization import language_code, localize_all
from wimc_site.models import EditionFormat, OrganizerRole
from wimc_site.models.pages import SOCIAL_IMAGE, BasePage
from wimc_site.publishing import PublishedPageQuerySet

# Guest portraits on a forum page (the guest directory's listing size, so renditions are shared).
# The forum's format, as schema.org names attendance modes.
ATTENDANCE_MODES = {
    EditionFormat.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    EditionFormat.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    EditionFormat.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


class ForumStatus(models.TextChoices):
    # The context sets these apart from an edition's status (a forum "ends", an edition "closes").
    UPCOMING = "upcoming", pgettext_lazy("forum status", "Upcoming")
    LIVE = "live", pgettext_lazy("forum status", "Live now")
    ENDED = "ended", pgettext_lazy("forum status", "Ended")


def status_at(start, end, now):
    """Where a forum stands at `now`: the one rule, mirrored by static/js/forums.js in the browser."""
    if now < start:
        changes_at(start)
        return ForumStatus.UPCOMING
    if now < end:
        changes_at(end)
        return ForumStatus.LIVE
    return ForumStatus.ENDED


class ForumPageQuerySet(PublishedPageQuerySet):
    def for_edition(self, edition):
        """Forums of `edition` or of any of its translations."""
        return self.filter(edition__translation_key=edition.translation_key)

    def upcoming(self, now=None):
        return self.filter(start__gt=now or timezone.now())

    def live_now(self, now=None):
        now = now or timezone.now()
        return self.filter(start__lte=now, end__gt=now)

    def past(self, now=None):
        return self.filter(end__lte=now or timezone.now())

    def on_day(self, day):
        """Forums starting on `day` in Nanjing: one that runs past midnight stays on its first day."""
        return self.filter(start__gte=day_start(day), start__lt=day_start(day + datetime.timedelta(days=1)))

    def in_module(self, module):
        # Translated forums may still point at the module in the original language.
        return self.filter(module__translation_key=module.translation_key)

    def attendable(self, format):
        """Forums one can follow that way: "online" includes forums held online and offline."""
        if format == EditionFormat.HYBRID:
            return self.filter(format=EditionFormat.HYBRID)
        return self.filter(format__in=[format, EditionFormat.HYBRID])

    def in_programme_order(self):
        return self.order_by("start", "end", "path")

    def with_guests(self):
        """Each forum's published guests fetched in one go, for listings and calendars."""
        return self.prefetch_related(guests_prefetch())


def guests_prefetch():
    """What listings, feeds and calendars show of a forum's guests (`forums.guests`): their role
    and the guest columns they show."""
    return Prefetch(
        "speakers",
        queryset=ForumSpeaker.objects.filter(guest__live=True)
        .select_related("guest")
        .only("page_id", "guest_id", "sort_order", "role", *(f"guest__{f}" for f in GUEST_LISTING_FIELDS))
        .order_by("sort_order"),
    )


ForumPageManager = PageManager.from_queryset(ForumPageQuerySet)


class ForumPageForm(WagtailAdminPageForm):
    """Editions and modules in the forum's own language; agenda speakers join the guest list."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id:
            for name in ("edition", "module"):
                field = self.fields.get(name)
                if field is not None:
                    current = getattr(self.instance, f"{name}_id", None)
                    field.queryset = field.queryset.filter(Q(locale_id=locale_id) | Q(pk=current))

    def save(self, commit=True):
        page = super().save(commit=False)
        page.add_agenda_speakers()
        if commit:
            page.save()
            self.save_m2m()
        return page


class ForumPage(RoutablePageMixin, BasePage):
    """A ceremony, forum, sub-forum, carnival or festival of one edition."""

    edition = models.ForeignKey(
        "wimc_site.ConferenceEdition",
        on_delete=models.PROTECT,
        related_name="forums",
        verbose_name=_("edition"),
        help_text=_("The edition whose programme lists this forum."),
    )
    kind = models.CharField(
        max_length=20, choices=ForumKind.choices, default=ForumKind.SUB_FORUM, verbose_name=_("kind")
    )
    module = models.ForeignKey(
        ForumModule,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forums",
        verbose_name=_("module"),
        help_text=_("Sub-forums belong to one of the modules."),
    )
    start = models.DateTimeField(verbose_name=_("start"), help_text=_("China Standard Time (UTC+8)."))
    end = models.DateTimeField(
        verbose_name=_("end"), help_text=_("China Standard Time (UTC+8). After the start.")
    )
    venue = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("venue"),
        help_text=_("Leave empty to use the edition's venue."),
    )
    room = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("room"),
        help_text=_('e.g. "Hall A, Conference Center Level 2".'),
    )
    format = models.CharField(
        max_length=10, choices=EditionFormat.choices, default=EditionFormat.HYBRID, verbose_name=_("format")
    )
    live_stream_url = models.URLField(
        _("live stream link"), max_length=500, blank=True,
        help_text=_("Shown prominently while the forum is on."),
    )
    replay_url = models.URLField(
        _("replay link"), max_length=500, blank=True, help_text=_("Shown once the forum is over.")
    )
    introduction = models.TextField(
        blank=True, verbose_name=_("introduction"), help_text=_("Separate paragraphs with a blank line.")
    )
    agenda = StreamField(AgendaBlock(), blank=True, use_json_field=True, verbose_name=_("agenda"))

    objects = ForumPageManager()
    base_form_class = ForumPageForm
    # The page's head and facts name its edition (and venue) and module.
    served_with = (*BasePage.served_with, "edition", "module")

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                # Short lists in the forum's language: drop-downs beat the snippet choosers' pop-ups.
                FieldRowPanel([FieldPanel("edition", widget=forms.Select), FieldPanel("kind")]),
                FieldPanel("module", widget=forms.Select),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("venue"), FieldPanel("room")]),
                FieldPanel("format"),
            ],
            heading=_("When and where"),
        ),
        MultiFieldPanel(
            [FieldPanel("live_stream_url"), FieldPanel("replay_url")], heading=_("Broadcast")
        ),
        FieldPanel("introduction"),
        InlinePanel("speakers", heading=_("Guests"), label=_("Guest")),
        InlinePanel("organizations", heading=_("Organizations"), label=_("Organization")),
        FieldPanel("agenda"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("room"),
        index.SearchField("venue"),
        index.FilterField("start"),
        index.RelatedFields("module", [index.SearchField("name")]),
    ]

    parent_page_types = ["forums.ForumIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("forum")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")),
                name="forum_ends_after_it_starts",
                violation_error_message=_("A forum must end after it starts."),
            )
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("A forum must end after it starts.")})
        if self.kind == ForumKind.SUB_FORUM and not self.module_id:
            raise ValidationError({"module": _("Choose the module this sub-forum belongs to.")})

    # Time and place

    @property
    def local_start(self):
        return local(self.start)

    @property
    def local_end(self):
        return local(self.end)

    @property
    def local_day(self):
        """The day the forum starts in Nanjing: where the programme lists it."""
        return self.local_start.date()

    @property
    def is_overnight(self):
        return self.local_end.date() != self.local_day

    @property
    def duration(self):
        return self.end - self.start

    def status(self, now=None):
        return status_at(self.start, self.end, now or timezone.now())

    def get_venue(self):
        return self.venue or self.edition.venue

    @property
    def place_label(self):
        """ "Hall A, Level 2 · Nanjing International Expo Conference Center", or "Online"."""
        parts = [part for part in (self.room, self.get_venue()) if part]
        if self.format == EditionFormat.ONLINE and not parts:
            return str(_("Online"))
        return " · ".join(parts)

    @property
    def is_online(self):
        return self.format in (EditionFormat.ONLINE, EditionFormat.HYBRID)

    # Related things, ready for templates

    def get_index(self):
        from forums.models.index import ForumIndexPage

        return ForumIndexPage.objects.filter(path=self.path[: -self.steplen]).first()

    def get_guests(self):
        """[(ForumSpeaker, guest in this page's language)] for published guests, with portraits."""
        speakers = self.speakers.filter(guest__live=True).select_related("guest", "guest__locale")
        rows = list(speakers.order_by("sort_order"))
        guests = localize_all([row.guest for row in rows], self.locale_id)
        # After localizing: the portraits shown are the translations' (a query per guest otherwise).
        photos = get_image_model().objects.prefetch_renditions(*GUEST_CARD_PHOTO)
        prefetch_related_objects(guests, Prefetch("photo", queryset=photos))
        return list(zip(rows, guests, strict=True))

    def get_organizations(self):
        rows = list(self.organizations.select_related("organizer", "organizer__logo").order_by("sort_order"))
        organizers = localize_all([row.organizer for row in rows], self.locale_id)
        return [
            {"organizer": org, "role": row.get_role_display()}
            for row, org in zip(rows, organizers, strict=True)
        ]

    def add_agenda_speakers(self):
        """Guests named in the agenda but not among the forum's guests join them as speakers, so
        their guest pages list this forum."""
        listed = {row.guest_id for row in self.speakers.all()}
        order = len(listed)
        for block in self.agenda:
            for guest in block.value["speakers"]:
                if guest is not None and guest.pk not in listed:
                    self.speakers.add(ForumSpeaker(guest=guest, role=ForumRole.SPEAKER, sort_order=order))
                    listed.add(guest.pk)
                    order += 1

    def get_double_bookings(self):
        """Other forums of this language (translations mirror them) that one of its guests is
        booked in at the same time: [(guest, forum)]."""
        guest_ids = {row.guest_id for row in self.speakers.all() if row.guest_id}
        if not (guest_ids and self.start and self.end):
            return []
        clashes = (
            ForumSpeaker.objects.filter(guest_id__in=guest_ids, page__locale_id=self.locale_id)
            .filter(page__start__lt=self.end, page__end__gt=self.start)
            .exclude(page__translation_key=self.translation_key)
            .select_related("guest", "page")
            .order_by("page__start", "sort_order")
        )
        return [(row.guest, row.page) for row in clashes]

    # Addresses

    def calendar_url(self, request=None):
        # A file: no trailing slash (see the file pattern in wimc_site/urls.py).
        return self.get_url(request) + self.reverse_subpage("calendar").rstrip("/")

    def guest_calendar_url(self, guest, request=None):
        """The .ics of every forum `guest` speaks at, served by this forum's index page. The index is
        the forum's parent, at the forum's address less its last segment: a guest page asks no
        query for it."""
        from forums.models.index import ForumIndexPage

        url = self.get_url(request)
        if url is None or not guest.guest_key:
            return ""
        index_url = url[: url.rstrip("/").rfind("/") + 1]
        # What the index's `file_url` gives: its routes are its class's, the same for every index.
        file_path = ForumIndexPage.get_resolver().reverse("guest_calendar", guest.guest_key).rstrip("/")
        return index_url + file_path

    def get_meta_description(self):
        return super().get_meta_description() or Truncator(self.introduction).chars(160)

    def get_json_ld(self, request, guests, organizations, description, edition):
        """schema.org Event as a script element."""
        url = absolute_url(self.get_url(request), request)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "url": url,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": ATTENDANCE_MODES[self.format],
            "inLanguage": language_code(self),
        }
        if description:
            data["description"] = description
        locations = []
        if self.format != EditionFormat.ONLINE:
            place = {"@type": "Place", "name": self.place_label or edition.place_label}
            address = {
                "@type": "PostalAddress",
                "addressLocality": edition.city,
                "addressRegion": edition.region,
                "addressCountry": edition.country,
            }
            address = {key: value for key, value in address.items() if value}
            if len(address) > 1:
                place["address"] = address
            locations.append(place)
        if self.is_online:
            locations.append({"@type": "VirtualLocation", "url": self.live_stream_url or url})
        data["location"] = locations[0] if len(locations) == 1 else locations
        performers = [
            {"@type": "Person", "name": guest.title, "url": absolute_url(guest.get_url(request), request)}
            for row, guest in guests
            if row.role != ForumRole.GUEST_OF_HONOUR
        ]
        if performers:
            data["performer"] = performers
        if organizations:
            data["organizer"] = [
                {"@type": "Organization", "name": item["organizer"].name, **(
                    {"url": item["organizer"].website} if item["organizer"].website else {}
                )}
                for item in organizations
            ]
        data["superEvent"] = {"@type": "Event", "name": edition.full_name or edition.name}
        social = rendition(self.get_social_image(), SOCIAL_IMAGE)
        if social is not None:
            data["image"] = [absolute_url(social.url, request)]
        return json_ld_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guests = self.get_guests()
        organizations = self.get_organizations()
        edition = localize_all([self.edition], self.locale_id)[0]
        module = localize_all([self.module], self.locale_id)[0] if self.module_id else None
        # Not "edition": base.html puts the site's current edition under that name.
        context.update(
            status=self.status(),
            guests=guests,
            # {guest id as chosen: the guest in this page's language}, for the agenda's speakers.
            guests_in_language={row.guest_id: guest for row, guest in guests},
            organizations=organizations,
            forum_edition=edition,
            module=module,
            calendar_url=self.calendar_url(request),
            index_url=context["breadcrumbs"][-1].url if context["breadcrumbs"] else "",
            start_label=full_day_label(self.local_day),
            end_label=full_day_label(self.local_end.date()) if self.is_overnight else "",
            time_zone_label=TIME_ZONE_LABEL,
            json_ld=self.get_json_ld(request, guests, organizations, context["meta_description"], edition),
        )
        return context

    def get_cached_paths(self):
        return ["/", "/calendar.ics"]

    @path("")
    def forum(self, request):
        return self.render(request)

    @path("calendar.ics/", name="calendar")
    def calendar(self, request):
        prefetch_related_objects([self], guests_prefetch())
        return calendar_response([self], request, name=self.title, filename=f"{self.slug}.ics")


class ForumSpeaker(Orderable):
    """A guest at a forum, with their role. Guest pages list their forums through `forum_appearances`."""

    page = ParentalKey(
        ForumPage, on_delete=models.CASCADE, related_name="speakers", verbose_name=_("page")
    )
    guest = models.ForeignKey(
        "speakers.GuestPage",
        on_delete=models.CASCADE,
        related_name="forum_appearances",
        verbose_name=_("guest"),
    )
    role = models.CharField(
        max_length=20, choices=ForumRole.choices, default=ForumRole.SPEAKER, verbose_name=_("role")
    )

    panels = [PageChooserPanel("guest", page_type="speakers.GuestPage"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("forum guest")

    def __str__(self):
        return f"{self.guest} ({self.get_role_display()}, {self.page})"


class ForumOrganization(Orderable):
    """An organization behind a forum: who hosts, co-hosts, organizes or supports it."""

    page = ParentalKey(
        ForumPage, on_delete=models.CASCADE, related_name="organizations", verbose_name=_("page")
    )
    organizer = models.ForeignKey(
        "wimc_site.Organizer", on_delete=models.CASCADE, related_name="+", verbose_name=_("organizer")
    )
    role = models.CharField(
        max_length=20,
        choices=OrganizerRole.choices,
        default=OrganizerRole.ORGANIZER,
        verbose_name=_("role"),
    )

    panels = [FieldPanel("organizer"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("forum organization")

    def __str__(self):
        return f"{self.organizer} ({self.get_role_display()}, {self.page})"
