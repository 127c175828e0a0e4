import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from wimc_site.dates import format_date_range
from wimc_site.freshness import changes_at, changes_tomorrow
from wimc_site.images import LOGO_FORMATS, picture_specs, renditions_prefetch


class EditionFormat(models.TextChoices):
    OFFLINE = "offline", _("Offline")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Online and offline")


class EditionStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", _("Under way")
    ENDED = "ended", _("Ended")


class ConferenceEdition(TranslatableMixin, index.Indexed, ClusterableModel):
    """One year's conference. Editions are kept: a new year is a new edition."""

    year = models.PositiveSmallIntegerField(
        verbose_name=_("year"), help_text=_("The year the edition is held, e.g. 2021.")
    )
    name = models.CharField(
        max_length=100, verbose_name=pgettext_lazy("name of a thing", "name"),
        help_text=_('Short name shown in the header, e.g. "2021 WIMC".'),
    )
    full_name = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("full name"),
        help_text=_('e.g. "2021 World Intelligent Manufacturing Conference".'),
    )
    theme = models.CharField(max_length=255, blank=True, verbose_name=_("theme"))
    start_date = models.DateField(
        null=True, blank=True, verbose_name=_("start date"), help_text=_("Leave empty while not announced.")
    )
    end_date = models.DateField(null=True, blank=True, verbose_name=_("end date"))
    city = models.CharField(max_length=100, blank=True, verbose_name=_("city"))
    region = models.CharField(
        max_length=100, blank=True, verbose_name=_("region"), help_text=_("Province, e.g. Jiangsu.")
    )
    country = models.CharField(max_length=100, blank=True, verbose_name=_("country"))
    venue = models.CharField(max_length=255, blank=True, verbose_name=_("venue"))
    format = models.CharField(
        max_length=10, choices=EditionFormat.choices, blank=True, verbose_name=_("format")
    )
    summary = models.TextField(
        blank=True, verbose_name=_("summary"), help_text=_("A few sentences on what this edition was about.")
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("name")]),
        FieldPanel("full_name"),
        FieldPanel("theme"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("city"), FieldPanel("region"), FieldPanel("country")],
            heading=_("Place"),
        ),
        FieldPanel("format"),
        FieldPanel("summary"),
        InlinePanel("organizers", heading=_("Hosts and organizers"), label=_("Organizer")),
        InlinePanel(
            "figures", heading=_("Key figures"), label=_("Figure"),
            help_text=_("Shown on the home page once the edition has ended, e.g. 3,200+ / exhibitors."),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("theme"),
        index.FilterField("year"),
    ]

    # Pages read them from the cache: wimc_site.taxonomy.translated_rows(ConferenceEdition).
    cache_all_rows = True

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("conference edition")
        verbose_name_plural = _("conference editions")
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["year", "locale"], name="unique_edition_year_per_locale"),
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date"))
                | models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True),
                name="edition_ends_after_it_starts",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The edition cannot end before it starts.")})

    @property
    def place_label(self):
        """ "Nanjing · China", as in the site footer."""
        return " · ".join(part for part in (self.city, self.country) if part)

    @property
    def dates_label(self):
        """ "December 8–10, 2021" in English, "2021年12月8日–10日" in Chinese; empty while not announced."""
        return format_date_range(self.start_date, self.end_date)

    def get_event_data(self, url, organizers, organizer_id):
        """schema.org Event for this edition (a dict for the home page's JSON-LD graph)."""
        mode = {
            EditionFormat.OFFLINE: "OfflineEventAttendanceMode",
            EditionFormat.ONLINE: "OnlineEventAttendanceMode",
            EditionFormat.HYBRID: "MixedEventAttendanceMode",
        }.get(self.format, "OfflineEventAttendanceMode")
        place = {
            "@type": "Place",
            "name": self.venue or self.place_label,
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.city,
                "addressRegion": self.region,
                "addressCountry": self.country,
            },
        }
        data = {
            "@type": "Event",
            "name": self.full_name or self.name,
            "startDate": self.start_date.isoformat(),
            "endDate": (self.end_date or self.start_date).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": place,
            "url": url,
            "organizer": [{"@id": organizer_id}]
            + [{"@type": "Organization", "name": item["organizer"].name} for item in organizers],
        }
        if self.format == EditionFormat.HYBRID or self.format == EditionFormat.ONLINE:
            data["location"] = [place, {"@type": "VirtualLocation", "url": url}]
        if self.theme or self.summary:
            data["description"] = self.theme or self.summary
        return data

    def status(self, today=None):
        if not self.start_date:
            return None
        today = today or timezone.localdate()
        if today < self.start_date:
            changes_at(self.start_date)
            return EditionStatus.UPCOMING
        if today <= (self.end_date or self.start_date):
            changes_at((self.end_date or self.start_date) + datetime.timedelta(days=1))
            return EditionStatus.LIVE
        return EditionStatus.ENDED

    def days_until_start(self, today=None):
        if not self.start_date:
            return None
        today = today or changes_tomorrow()  # the count goes down at midnight
        return (self.start_date - today).days


# Organizer logos as the footer (height-48) and the organizer lists (max-160x80) show them, in
# each format their <picture> offers: the chrome carries exactly these renditions.
ORGANIZER_LOGOS = picture_specs(("height-48", "max-160x80"), LOGO_FORMATS)


def edition_organizers(edition, locale=None, logo_specs=()):
    """Hosts and organizers of an edition, in their editors' order, in `locale` (the visitor's by
    default) where translated. With `logo_specs`, the logos' renditions of those specs come along
    (prefetched in the same lookup), so rendering them asks nothing more."""
    from wimc_site.localization import localize_all

    if edition is None:
        return []
    links = edition.organizers.select_related("organizer", "organizer__logo").order_by("sort_order")
    if logo_specs:
        links = links.prefetch_related(renditions_prefetch("organizer__logo", logo_specs))
    links = list(links)
    organizers = localize_all([link.organizer for link in links], locale)
    return [
        {"organizer": org, "role": link.get_role_display()}
        for org, link in zip(organizers, links, strict=True)
    ]


class OrganizerRole(models.TextChoices):
    HOST = "host", _("Host")
    CO_HOST = "co-host", _("Co-host")
    ORGANIZER = "organizer", _("Organizer")
    SUPPORTER = "supporter", _("Supporting organization")


class Organizer(TranslatableMixin, index.Indexed, models.Model):
    """A government body or institution that hosts or organizes editions of the conference."""

    name = models.CharField(max_length=255, verbose_name=pgettext_lazy("name of a thing", "name"))
    short_name = models.CharField(
        max_length=50, blank=True, verbose_name=_("short name"), help_text=_('e.g. "MIIT".')
    )
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("logo"),
    )
    website = models.URLField(blank=True, verbose_name=_("website"))
    description = models.TextField(blank=True, verbose_name=_("description"))

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("short_name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organizer")
        verbose_name_plural = _("organizers")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EditionOrganizer(Orderable):
    """An organizer's role in one edition: roles change from year to year."""

    edition = ParentalKey(
        ConferenceEdition, on_delete=models.CASCADE, related_name="organizers", verbose_name=_("edition")
    )
    organizer = models.ForeignKey(
        Organizer, on_delete=models.CASCADE, related_name="+", verbose_name=_("organizer")
    )
    role = models.CharField(
        max_length=20, choices=OrganizerRole.choices, default=OrganizerRole.CO_HOST, verbose_name=_("role")
    )

    panels = [FieldPanel("organizer"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("edition organizer")
        verbose_name_plural = _("edition organizers")

    def __str__(self):
        return f"{self.organizer} ({self.get_role_display()}, {self.edition})"


class EditionFigure(Orderable):
    """A key figure of an edition ("3,200+ enterprises exhibiting on the cloud"), shown as a highlight."""

    edition = ParentalKey(
        ConferenceEdition, on_delete=models.CASCADE, related_name="figures", verbose_name=_("edition")
    )
    value = models.CharField(
        max_length=30, verbose_name=_("value"), help_text=_('The number as it should read, e.g. "3,200+".')
    )
    label = models.CharField(
        max_length=120,
        verbose_name=_("label"),
        help_text=_('What it counts, e.g. "enterprises exhibiting on the cloud".'),
    )

    panels = [FieldPanel("value"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("edition figure")
        verbose_name_plural = _("edition figures")

    def __str__(self):
        return f"{self.value} {self.label}"
