"""The conference's guests: categories, the /guests/ directory and one page per guest."""

import re
from typing import NamedTuple

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext, pgettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, PageManager
from wagtail.search import index

from wimc_site.categories import TranslatableCategory
from wimc_site.converters import parse_year
from wimc_site.current import current_edition
from wimc_site.images import GUEST_CARD_PHOTO, picture, picture_specs, rendition, with_image_renditions
from wimc_site.jsonld import json_ld_script
from wimc_site.kept import kept
from wimc_site.links import absolute_url
from wimc_site.localization import (
    default_language_titles,
    localize_all,
    one_per_translation,
    other_name,
)
from wimc_site.models import ConferenceEdition
from wimc_site.models.pages import BasePage, SectionIndexPage
from wimc_site.paging import long_list_paginator, paginator
from wimc_site.publishing import PublishedPageQuerySet, published_pages
from wimc_site.taxonomy import translated_rows

# An edition's guests fit on one page (65 in 2020): the directory is read as a whole, grouped by
# category. A larger one is paged, since rendering the cards is most of a page's cost: 72 cards take
# about as long as a news listing (bench/archive.py).
GUESTS_PER_PAGE = 72
LISTING_PHOTO = GUEST_CARD_PHOTO
PAGE_PHOTO = "fill-480x480-c100"
PROFILE_PHOTO = picture_specs([PAGE_PHOTO])
MAX_QUERY_LENGTH = 100


class GuestCategory(TranslatableCategory):
    """A kind of guest ("Academician", "Entrepreneur"...); the directory groups guests by it."""

    plural_label = models.CharField(
        max_length=100,
        verbose_name=_("plural label"),
        help_text=_('Several guests, as written mid-sentence in the counts, e.g. "academicians".'),
    )

    panels = [FieldPanel("name"), FieldPanel("plural_label"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("guest category")
        verbose_name_plural = _("guest categories")

    @property
    def heading(self):
        return capfirst(self.plural_label or self.name)

    def count_label(self, count):
        """ "13 academicians", "1 Academician" ("33位院士" in Chinese): a count of these guests."""
        return ngettext("%(count)s %(singular)s", "%(count)s %(plural)s", count) % {
            "count": count, "singular": self.name, "plural": self.plural_label or self.name,
        }


class GuestPageQuerySet(PublishedPageQuerySet):
    def for_edition(self, edition):
        """Guests who took part in `edition` or in any of its translations."""
        through = GuestPage.editions.through
        return self.filter(
            pk__in=through.objects.filter(
                conferenceedition__translation_key=edition.translation_key
            ).values("guestpage_id")
        )

    def matching(self, text):
        """Guests whose name, Chinese name or organization contains `text`.

        A substring match rather than full-text search: it finds part of a Chinese name, which
        the database search backends do not tokenize, and behaves the same on SQLite and PostgreSQL.
        """
        return self.filter(
            models.Q(title__icontains=text)
            | models.Q(chinese_name__icontains=text)
            | models.Q(organization__icontains=text)
        )

    def in_directory_order(self):
        """By category in the organizers' order, then in the order of the page tree."""
        return self.order_by("category__sort_order", "category__name", "category_id", "path")


GuestPageManager = PageManager.from_queryset(GuestPageQuerySet)


class GuestIndexPage(SectionIndexPage):
    """/guests/: the current edition's guests by category, with filters and a search."""

    subpage_types = ["speakers.GuestPage"]

    class Meta:
        verbose_name = _("guest index page")

    def get_guests(self):
        """The live, public guests under this index, in directory order, ready for a listing."""
        return (
            with_image_renditions(GuestPage.objects.published().child_of(self), "photo", LISTING_PHOTO)
            .select_related("category")
            .defer_streamfields()
            .in_directory_order()
        )

    def get_categories(self):
        """Categories in this index's language; the default language's until they are translated."""
        return translated_rows(GuestCategory).for_locale(self.locale_id)

    def get_editions(self):
        """Editions that have published guests under this index, newest first, in this page's
        language if translated; kept until the next change (a query on every visit otherwise)."""

        def read():
            through = GuestPage.editions.through
            keys = ConferenceEdition.objects.filter(
                pk__in=through.objects.filter(
                    guestpage__path__startswith=self.path,
                    guestpage__depth=self.depth + 1,
                    guestpage__live=True,
                ).values("conferenceedition_id")
            ).values("translation_key")
            editions = ConferenceEdition.objects.filter(translation_key__in=keys).order_by("-year")
            return one_per_translation(editions, self.locale_id)

        return kept(("guest-editions", self.pk), read)

    def get_filters(self, request, categories, editions):
        """The visitor's filters read from the query string; unknown values are dropped with a note."""
        notes = []
        category = None
        slug = request.GET.get("category", "").strip()
        if slug:
            category = next((c for c in categories if c.slug == slug), None)
            if category is None:
                notes.append(_("There is no such guest category; showing every category."))
        edition = None
        raw_year = request.GET.get("edition", "").strip()
        if raw_year:
            year = parse_year(raw_year)
            edition = next((e for e in editions if e.year == year), None)
            if edition is None:
                notes.append(_("There are no guests for that edition; showing the current edition."))
        if edition is None:
            current = current_edition(request)
            edition = next((e for e in editions if current and e.translation_key == current.translation_key),
                           None)
            if edition is None and editions:
                edition = editions[0]
        query = request.GET.get("q", "").replace("\x00", "").strip()
        if len(query) > MAX_QUERY_LENGTH:
            query = query[:MAX_QUERY_LENGTH]
            notes.append(_("The search was shortened to its first %(n)s characters.")
                         % {"n": MAX_QUERY_LENGTH})
        return {"category": category, "edition": edition, "query": query, "notes": notes}

    def get_summary(self, edition):
        """[(category translation key, key guest, how many)] of `edition`'s guests here, from one
        aggregate kept until the next change: the key guests' counts and, without a search, the
        number the directory pages through (no COUNT over thousands of guests per request, and a
        page past the end is found without reading an empty page first)."""

        def count():
            rows = (
                GuestPage.objects.published()
                .child_of(self)
                .for_edition(edition)
                .order_by()
                .values_list("category__translation_key", "key_guest")
                .annotate(n=Count("pk"))
            )
            return list(rows)

        return kept(("guest-summary", self.pk, str(edition.translation_key)), count)

    def get_counts(self, edition, categories):
        """Key guests of `edition` per category."""
        if edition is None:
            return None
        per_key = {key: n for key, key_guest, n in self.get_summary(edition) if key_guest}
        parts = [
            {"category": c, "count": n, "label": c.count_label(n)}
            for c in categories
            if (n := per_key.get(c.translation_key))
        ]
        total = sum(part["count"] for part in parts)
        if not total:
            return None
        total_label = ngettext("%(n)s key guest", "%(n)s key guests", total) % {"n": total}
        return {
            "total": total,
            "total_label": total_label,
            "parts": parts,
            # Translators: "59 key guests: 13 academicians, ..."; the separators differ in Chinese.
            "sentence": gettext("%(total)s: %(parts)s") % {
                "total": total_label,
                "parts": pgettext("between the items of a list", ", ").join(part["label"] for part in parts),
            },
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        categories = localize_all(self.get_categories())
        editions = self.get_editions()
        filters = self.get_filters(request, categories, editions)
        guests = self.get_guests()
        if filters["edition"] is not None:
            guests = guests.for_edition(filters["edition"])
        if filters["category"] is not None:
            guests = guests.filter(category__translation_key=filters["category"].translation_key)
        if filters["query"]:
            guests = guests.matching(filters["query"])
        if filters["edition"] is not None and not filters["query"]:
            category = filters["category"]
            count = sum(
                n for key, _key_guest, n in self.get_summary(filters["edition"])
                if category is None or key == category.translation_key
            )
            pages = paginator(guests, GUESTS_PER_PAGE, count)
        else:
            pages = long_list_paginator(guests, GUESTS_PER_PAGE)
        page_obj = pages.get_page(request.GET.get("page"))
        page_obj.object_list = list(page_obj.object_list)
        by_key = {c.translation_key: c for c in categories}
        groups = []
        for card in guest_cards(page_obj.object_list):
            category = by_key.get(card.guest.category.translation_key, card.guest.category)
            if not groups or groups[-1]["category"].translation_key != category.translation_key:
                groups.append({"category": category, "cards": []})
            groups[-1]["cards"].append(card)
        context.update(
            categories=categories,
            editions=editions,
            filters=filters,
            page_obj=page_obj,
            groups=groups,
            counts=self.get_counts(filters["edition"], categories),
            is_filtered=bool(filters["category"] or filters["query"]),
        )
        return context


class GuestPageForm(WagtailAdminPageForm):
    """Offers editors the editions and categories in the guest's own language only."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id:
            for name in ("editions", "category"):
                if name in self.fields:
                    self.fields[name].queryset = self.fields[name].queryset.filter(locale_id=locale_id)


class GuestPage(BasePage):
    """One guest: who they are, what they do, and the editions they took part in."""
    served_with = (*BasePage.served_with, "photo", "category")

    guest_key = models.SlugField(
        max_length=100,
        db_index=True,
        blank=True,
        verbose_name=_("guest key"),
        help_text=_("A permanent identifier used by the CSV import to update this guest instead of "
                    "adding a copy, e.g. zhang-wei-cae. Left empty, the page's slug is used. Do not "
                    "change it once set."),
    )
    chinese_name = models.CharField(
        max_length=100, blank=True, verbose_name=_("chinese name"), help_text=_("e.g. 张伟.")
    )
    honorific = models.CharField(
        max_length=255, blank=True, verbose_name=_("honorific"),
        help_text=_("e.g. Academician of the Chinese Academy of Engineering."),
    )
    position = models.CharField(
        max_length=255, blank=True, verbose_name=_("position"), help_text=_("e.g. President.")
    )
    organization = models.CharField(max_length=255, blank=True, verbose_name=_("organization"))
    country = models.CharField(max_length=100, blank=True, verbose_name=_("country or region"))
    category = models.ForeignKey(
        GuestCategory, on_delete=models.PROTECT, related_name="guests", verbose_name=_("category")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_("A portrait; without one the guest's initials are shown."),
    )
    photo_filename = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("photo filename"),
        help_text=_("The photo's file name in an import zip; a later import with the zip attaches it."),
    )
    short_bio = models.TextField(
        blank=True, verbose_name=_("short bio"), help_text=_("One or two sentences shown in listings.")
    )
    biography = models.TextField(
        blank=True,
        verbose_name=_("biography"),
        help_text=_("The full biography; separate paragraphs with a blank line."),
    )
    editions = ParentalManyToManyField(
        "wimc_site.ConferenceEdition", blank=True, related_name="guests", verbose_name=_("editions")
    )
    key_guest = models.BooleanField(
        default=True,
        verbose_name=_("key guest"),
        help_text=_('Counted in the "key guests" figures on the guests page (e.g. not press-conference '
                    "speakers)."),
    )
    featured = models.BooleanField(
        default=False, verbose_name=_("featured"), help_text=_("Shown on the home page.")
    )

    objects = GuestPageManager()
    base_form_class = GuestPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("chinese_name"), FieldPanel("guest_key")]),
        FieldPanel("honorific"),
        FieldRowPanel([FieldPanel("position"), FieldPanel("organization")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("category")]),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_filename")], heading=_("Photo")),
        FieldPanel("short_bio"),
        FieldPanel("biography"),
        InlinePanel("links", heading=_("Links"), label=_("Link")),
        FieldPanel("editions", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("key_guest"), FieldPanel("featured")]),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("chinese_name"),
        index.SearchField("organization"),
        index.SearchField("position"),
        index.SearchField("short_bio"),
        index.SearchField("biography"),
        index.FilterField("category"),
    ]

    parent_page_types = ["speakers.GuestIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guest")
        permissions = [("import_guests", _("Can import and export guests as CSV"))]

    def clean(self):
        super().clean()
        if not self.guest_key:
            self.guest_key = self.slug
        # Unique per language rather than in the database: a translation copies the key.
        clash = GuestPage.objects.filter(guest_key=self.guest_key, locale_id=self.locale_id)
        clash = clash.exclude(pk=self.pk)
        if self.guest_key and clash.exists():
            raise ValidationError({"guest_key": _("Another guest already has this key.")})

    @property
    def initials(self):
        """ "ZW" for Zhang Wei, "张" for 张伟: shown in place of a missing photo."""
        name = self.title.strip()
        if not name:
            return "?"
        if re.match(r"[\u3400-\u9fff]", name):
            return name[0]
        words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isalpha()]
        if not words:
            return name[0].upper()
        return (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()

    @property
    def listing_photo(self):
        """The photo as directory cards show it (a rendition prefetched by the listings)."""
        return picture(self.photo, LISTING_PHOTO) if self.photo else None

    @property
    def profile_photo(self):
        return picture(self.photo, PROFILE_PHOTO) if self.photo else None

    @property
    def placeholder_hue(self):
        """A stable colour per guest, so placeholders side by side are told apart."""
        return sum(ord(c) for c in self.title) % 6

    def get_meta_description(self):
        return super().get_meta_description() or self.short_bio or ", ".join(
            part for part in (self.position, self.organization) if part
        )

    def get_social_image(self):
        return super().get_social_image() or self.photo

    def get_editions(self):
        return localize_all(self.editions.order_by("-year"))

    def get_related_news(self):
        """Live news releases in this guest's language that list the guest, in any language, among
        their related people: a translated release may still link the guest's original page."""
        links = self.news_mentions.model.objects.filter(person__translation_key=self.translation_key)
        return list(
            published_pages()
            .filter(pk__in=links.values("page_id"), locale_id=self.locale_id)
            .order_by("-first_published_at")
        )

    def get_forum_appearances(self):
        """The published forums this guest speaks at, with their role, in this page's language where
        translated. Read through the forums app's `forum_appearances` relation, in one query."""
        appearances = (
            self.forum_appearances.model.objects.filter(
                guest__translation_key=self.translation_key,
                page_id__in=published_pages().values("pk"),
            )
            .select_related("page")
            .order_by("page__start", "sort_order")
        )
        chosen = {}
        for appearance in appearances:
            key = appearance.page.translation_key
            if key not in chosen or appearance.page.locale_id == self.locale_id:
                chosen[key] = appearance
        return list(chosen.values())

    def get_other_name(self):
        """(name, language) shown beside the title (`wimc_site.localization.other_name`)."""
        return other_name(self, default_language_titles(GuestPage, [self]).get(self.translation_key))

    def get_json_ld(self, request, other_name=None, links=None):
        """schema.org Person, as a script element; `other_name` as `get_other_name` gives it, `links`
        the guest's links where the caller has them already."""
        data = {
            "@context": "https://schema.org",
            "@type": "Person",
            "name": self.title,
            "url": absolute_url(self.get_url(request), request),
        }
        if other_name:
            data["alternateName"] = other_name[0]
        if self.honorific:
            data["honorificSuffix"] = self.honorific
        if self.position:
            data["jobTitle"] = self.position
        if self.organization:
            data["worksFor"] = {"@type": "Organization", "name": self.organization}
        if self.country:
            data["nationality"] = {"@type": "Country", "name": self.country}
        if self.short_bio:
            data["description"] = self.short_bio
        photo = rendition(self.photo, PAGE_PHOTO)
        if photo is not None:
            data["image"] = absolute_url(photo.url, request)
        urls = [link.url for link in (self.links.all() if links is None else links)]
        if urls:
            data["sameAs"] = urls
        return json_ld_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["editions"] = self.get_editions()
        context["other_name"] = self.get_other_name()
        context["related_news"] = self.get_related_news()
        context["forum_appearances"] = appearances = self.get_forum_appearances()
        # The forums app serves the calendar of a guest's forums; linked only when there are some.
        context["forum_calendar_url"] = (
            appearances[0].page.guest_calendar_url(self, request) if appearances else ""
        )
        context["category"] = localize_all([self.category])[0]
        context["guest_links"] = links = list(self.links.all())  # the page and its JSON-LD show them
        context["json_ld"] = self.get_json_ld(request, context["other_name"], links)
        return context


class GuestLink(Orderable):
    """A link about the guest: a personal site, an institution profile, an encyclopedia entry."""

    page = ParentalKey(GuestPage, on_delete=models.CASCADE, related_name="links", verbose_name=_("page"))
    label = models.CharField(
        max_length=100, verbose_name=_("label"), help_text=_('e.g. "University profile".')
    )
    url = models.URLField(max_length=500, verbose_name=_("url"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("guest link")
        verbose_name_plural = _("guest links")

    def __str__(self):
        return f"{self.label} ({self.url})"


class GuestCard(NamedTuple):
    """What a guest card shows: the guest and its name in the other script (`other_name`)."""

    guest: GuestPage
    other_name: tuple[str, str] | None


def guest_cards(guests):
    """A card for each of `guests`, its other name as the guest's own page shows it: one query
    for the default-language names when the guests are translated, none in English."""
    titles = default_language_titles(GuestPage, guests)
    return [GuestCard(guest, other_name(guest, titles.get(guest.translation_key))) for guest in guests]
