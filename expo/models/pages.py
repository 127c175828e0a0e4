"""The Cloud Expo's pages: /expo/ (ExpoIndexPage) → five areas (ExpoAreaPage) → exhibitors
(ExhibitorPage) and supply and demand listings (ExpoListingPage)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Func, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce, Concat
from django.http import Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable, Page, PageManager
from wagtail.search import index

from expo.blocks import AchievementStreamBlock, CallsForStreamBlock, ScenarioStreamBlock
from expo.models.categories import ExpoIndustry, Region
from wimc_site.blocks import BaseStreamBlock
from wimc_site.freshness import changes_tomorrow
from wimc_site.images import LOGO_FORMATS, fallback_rendition, picture, picture_specs, with_image_renditions
from wimc_site.jsonld import json_ld_script
from wimc_site.kept import kept
from wimc_site.links import absolute_url
from wimc_site.localization import (
    SORT_NAME_LENGTH,
    default_language_titles,
    localize_all,
    other_name,
    sort_name,
)
from wimc_site.models.pages import BasePage, Crumb, SectionIndexPage
from wimc_site.paging import paginator
from wimc_site.publishing import PublishedPageQuerySet
from wimc_site.taxonomy import translated_rows

EXHIBITORS_PER_PAGE = 24
LISTINGS_PER_PAGE = 20
AREA_LISTING_COUNT = 4
INDEX_LISTING_COUNT = 6
MAX_QUERY_LENGTH = 100
# Logos keep their proportions (no cropping a wordmark); product photos share one shape.
LISTING_LOGO = picture_specs(["max-240x120"], LOGO_FORMATS)
PAGE_LOGO = picture_specs(["max-480x240"], LOGO_FORMATS)
PRODUCT_IMAGE = picture_specs(["fill-480x320"])


class AreaKind(models.TextChoices):
    SOLUTIONS = "solutions", _("Intelligent manufacturing solutions")
    DEMONSTRATION = "demonstration", _("Demonstration applications")
    EQUIPMENT = "equipment", _("Equipment and public service platform")
    TALENT = "talent", _("Talent exchange")
    FINANCE = "finance", _("Financial docking")


# What each kind of area asks its exhibitors for: the block they may use and its heading.
CALLS_FOR = {
    AreaKind.TALENT: ("position", _("Open positions")),
    AreaKind.FINANCE: ("financing", _("Financing sought or offered")),
}
DEFAULT_CALLS_FOR = ("need", _("Cooperation sought"))


class ListingType(models.TextChoices):
    SUPPLY = "supply", _("Supply")
    DEMAND = "demand", _("Demand")


def default_twin(page):
    """`page` in the default language; `page` itself when it is in it or has no such translation."""
    default = Locale.get_default()
    if page.locale_id == default.pk:
        return page
    twin = type(page).objects.filter(translation_key=page.translation_key, locale=default).first()
    return twin or page


def exhibitor_count(area_path):
    """Subquery: the live, public exhibitors right under the area whose path is in the outer
    query's field `area_path` (0 without one). Its children's paths are found as a range, as
    treebeard finds them (a LIKE on a column would read every page of the site, per area)."""
    lowest, highest = Page.alphabet[0] * Page.steplen, Page.alphabet[-1] * Page.steplen
    first, last = (Concat(OuterRef(area_path), Value(step)) for step in (lowest, highest))
    exhibitors = (
        ExhibitorPage.objects.published()
        .filter(path__range=(first, last), depth=OuterRef("depth") + 1)
        .order_by()
        .annotate(n=Func("pk", function="COUNT"))
        .values("n")
    )
    return Coalesce(Subquery(exhibitors, output_field=models.IntegerField()), 0)


def clean_query(value, notes):
    """A visitor's search text without NUL bytes, cut to MAX_QUERY_LENGTH with a note."""
    query = " ".join(value.replace("\x00", "").split())
    if len(query) > MAX_QUERY_LENGTH:
        notes.append(_("The search was shortened to its first %(n)s characters.") % {"n": MAX_QUERY_LENGTH})
        query = query[:MAX_QUERY_LENGTH]
    return query


class RequestFormPage(RoutablePageMixin, BasePage):
    """A page visitors send business negotiation requests from (an exhibitor or a listing).

    GET shows the form; it posts to `contact/`, which stores the request and redirects to
    `contact/sent/` (post/redirect/get). The page carries a CSRF token, so it is never cached.
    """

    class Meta:
        abstract = True

    def accepts_requests(self):
        return True

    def request_target(self):
        """The fields of a NegotiationRequest that say what it is about."""
        raise NotImplementedError

    def request_recipient(self):
        """The address the request is forwarded to; empty means the organizers' address."""
        raise NotImplementedError

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    @path("contact/", name="contact")
    def contact_route(self, request):
        from expo.views import receive_request

        if not self.accepts_requests():
            raise Http404("This page takes no requests")
        if request.method != "POST":
            return redirect(self.get_url(request) + "#contact")
        return receive_request(self, request)

    @path("contact/sent/", name="contact_sent")
    def contact_sent_route(self, request):
        return self.render(request, context_overrides={"request_sent": True})

    def get_context(self, request, *args, **kwargs):
        from expo.forms import NegotiationRequestForm

        context = super().get_context(request, *args, **kwargs)
        if self.accepts_requests():
            # A failed POST replaces it with the bound form (render's context_overrides).
            context["request_form"] = NegotiationRequestForm()
        context["contact_url"] = self.get_url(request) + self.reverse_subpage("contact")
        return context


class ExpoIndexPage(RoutablePageMixin, SectionIndexPage):
    """/expo/: the Cloud Expo, open all year; its five areas and the supply and demand listings."""

    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, verbose_name=_("body"))

    content_panels = [*SectionIndexPage.content_panels, FieldPanel("body")]
    search_fields = [*SectionIndexPage.search_fields, index.SearchField("body")]

    subpage_types = ["expo.ExpoAreaPage"]

    class Meta:
        verbose_name = _("expo index page")

    def get_areas(self):
        return list(ExpoAreaPage.objects.published().child_of(self).defer_streamfields().order_by("path"))

    def get_areas_with_counts(self):
        """[{"page": area, "count": live exhibitors}], each area counting its default-language twin's
        while it has none of its own. Kept until the next change: counting under every area was a
        fifth of the home page's time, and only a publish, unpublish or move changes a count."""
        return kept(("expo-areas-with-counts", self.pk), self.read_areas_with_counts)

    def read_areas_with_counts(self):
        """What `get_areas_with_counts` keeps, in one query: the counts are subqueries of the areas'."""
        twin_path = ExpoAreaPage.objects.filter(
            translation_key=OuterRef("translation_key"), locale_id=Locale.get_default().pk
        ).values("path")[:1]
        areas = (
            ExpoAreaPage.objects.published().child_of(self).defer_streamfields().order_by("path")
            .annotate(twin_path=Subquery(twin_path))
            .annotate(own_count=exhibitor_count("path"), twin_count=exhibitor_count("twin_path"))
        )
        return [{"page": area, "count": area.own_count or area.twin_count} for area in areas]

    def listing_root(self):
        """Where this index's listings live: here, or under the default language's index while this
        language has none of its own."""
        if ExpoListingPage.objects.published().descendant_of(self).exists():
            return self
        return default_twin(self)

    def get_listings(self, root=None):
        return ExpoListingPage.objects.published().descendant_of(root or self).current().for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["areas"] = self.get_areas_with_counts()
        context["listings"] = list(self.get_listings(self.listing_root())[:INDEX_LISTING_COUNT])
        context["listings_url"] = self.listings_url(request)
        return context

    def get_cached_paths(self):
        return ["/", "/" + self.reverse_subpage("listings").lstrip("/")]

    def listings_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("listings")

    @path("supply-and-demand/", name="listings")
    def listings_route(self, request):
        """Every current listing, filtered by area and type, paged."""
        areas = self.get_areas()
        notes = []
        area = None
        slug = request.GET.get("area", "").strip()
        if slug:
            area = next((a for a in areas if a.slug == slug), None)
            if area is None:
                notes.append(_("There is no such exhibition area; showing every area."))
        listing_type = request.GET.get("type", "").strip()
        if listing_type and listing_type not in ListingType.values:
            notes.append(_("There is no such type of listing; showing supply and demand."))
            listing_type = ""
        root = self.listing_root()
        listings = self.get_listings(root)
        if area is not None:
            # Listings may still hang under the default language's copy of the area.
            listings = listings.filter(
                Q(path__startswith=area.path) | Q(path__startswith=default_twin(area).path)
            )
        if listing_type:
            listings = listings.filter(listing_type=listing_type)
        page_obj = Paginator(listings, LISTINGS_PER_PAGE).get_page(request.GET.get("page"))
        title = _("Supply and demand")
        return self.render(
            request,
            template="expo/expo_listings.html",
            context_overrides={
                "page_obj": page_obj,
                "areas": areas,
                "listing_types": ListingType.choices,
                "filters": {"area": area, "type": listing_type, "notes": notes},
                "listings_title": title,
                "breadcrumbs": [
                    *self.get_breadcrumbs(request),
                    Crumb(title=self.title, url=self.get_url(request)),
                ],
                "breadcrumb_current": title,
            },
        )


class ExpoAreaPage(BasePage):
    """One exhibition area: its exhibitors (filtered by industry and region, searchable) and listings."""

    kind = models.CharField(
        max_length=20,
        choices=AreaKind.choices,
        verbose_name=_("kind"),
        help_text=_(
            "Decides what this area's exhibitors show under 'calls for': open positions in "
            "talent exchange, financing in financial docking, cooperation sought elsewhere."
        ),
    )
    introduction = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = [*BasePage.content_panels, FieldPanel("kind"), FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["expo.ExpoIndexPage"]
    subpage_types = ["expo.ExhibitorPage", "expo.ExpoListingPage"]

    class Meta:
        verbose_name = _("expo area")

    @property
    def calls_for(self):
        """(block type, heading) of what this area asks its exhibitors for."""
        return CALLS_FOR.get(self.kind, DEFAULT_CALLS_FOR)

    def get_meta_description(self):
        return super().get_meta_description() or self.introduction

    def exhibitor_source(self, filters):
        """The area whose exhibitors this page lists, and how many of them `filters` let through
        (None where not known yet): itself, or its default-language twin while it has no exhibitors
        of its own (exhibitors are written once, in the default language). One query for both."""
        own = ExhibitorPage.objects.published().child_of(self)
        matching = self.apply_filters(own, filters).values("pk")
        counts = own.aggregate(total=Count("pk"), matching=Count("pk", filter=Q(pk__in=matching)))
        if counts["total"]:
            return self, counts["matching"]
        return default_twin(self), None

    def get_exhibitors(self, source=None):
        """The live, public exhibitors of this area, ready for a listing."""
        return (
            with_image_renditions(
                ExhibitorPage.objects.published().child_of(source or self), "logo", LISTING_LOGO
            )
            .select_related("industry")
            .defer_streamfields()
            .order_by("sort_name", "pk")
        )

    def get_industries(self):
        return localize_all(translated_rows(ExpoIndustry).for_locale(self.locale_id))

    def get_filters(self, request, industries):
        """The visitor's filters from the query string; unknown values are dropped with a note."""
        notes = []
        industry = None
        slug = request.GET.get("industry", "").replace("\x00", "").strip()
        if slug:
            industry = next((i for i in industries if i.slug == slug), None)
            if industry is None:
                notes.append(_("There is no such industry; showing every industry."))
        region = request.GET.get("region", "").replace("\x00", "").strip()
        if region and region not in Region.values:
            notes.append(_("There is no such region; showing every region."))
            region = ""
        query = clean_query(request.GET.get("q", ""), notes)
        return {
            "industry": industry,
            "region": region,
            "region_label": Region(region).label if region else "",
            "query": query,
            "notes": notes,
        }

    def get_index(self):
        parent = self.get_parent()  # while serving: the index routing went through, already specific
        if parent is None or isinstance(parent, ExpoIndexPage):
            return parent
        return ExpoIndexPage.objects.filter(pk=parent.pk).first()

    @staticmethod
    def apply_filters(exhibitors, filters):
        if filters["industry"] is not None:
            exhibitors = exhibitors.filter(industry__translation_key=filters["industry"].translation_key)
        if filters["region"]:
            exhibitors = exhibitors.filter(region=filters["region"])
        if filters["query"]:
            exhibitors = exhibitors.matching(filters["query"])
        return exhibitors

    def get_listings(self, source):
        return (
            ExpoListingPage.objects.published().child_of(source).current().for_listing()[:AREA_LISTING_COUNT]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        industries = self.get_industries()
        filters = self.get_filters(request, industries)
        source, count = self.exhibitor_source(filters)
        exhibitors = self.apply_filters(self.get_exhibitors(source), filters)
        page_obj = paginator(exhibitors, EXHIBITORS_PER_PAGE, count).get_page(request.GET.get("page"))
        industry_names = {i.translation_key: i.name for i in industries}
        default_titles = default_language_titles(ExhibitorPage, page_obj.object_list)
        index_page = self.get_index()
        context.update(
            industries=industries,
            industry_names=industry_names,
            regions=Region.choices,
            filters=filters,
            page_obj=page_obj,
            exhibitors=[
                {
                    "page": e,
                    "industry": industry_names.get(e.industry.translation_key, e.industry.name)
                    if e.industry
                    else "",
                    "logo": picture(e.logo, LISTING_LOGO),
                    "other_name": other_name(e, default_titles.get(e.translation_key)),
                }
                for e in page_obj
            ],
            is_filtered=bool(filters["industry"] or filters["region"] or filters["query"]),
            listings=list(self.get_listings(source)),
            listings_url=(index_page.listings_url(request) + f"?area={self.slug}") if index_page else "",
        )
        return context


class ExhibitorPageQuerySet(PublishedPageQuerySet):
    def matching(self, text):
        """Exhibitors whose name, Chinese name, pitch, or a product's name or description contains `text`.

        A substring match rather than full-text search: Chinese has no spaces between words, which
        the database search backends need, and it behaves the same on SQLite and PostgreSQL.
        """
        products = ExhibitorProduct.objects.filter(Q(name__icontains=text) | Q(description__icontains=text))
        return self.filter(
            Q(title__icontains=text)
            | Q(chinese_name__icontains=text)
            | Q(pitch__icontains=text)
            | Q(pk__in=products.values("page_id"))
        )


ExhibitorPageManager = PageManager.from_queryset(ExhibitorPageQuerySet)


class ExhibitorPageForm(WagtailAdminPageForm):
    """Offers industries and editions in the exhibitor's own language only, and checks that what it
    calls for suits its area."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        if locale_id:
            for name in ("editions", "industry"):
                if name in self.fields:
                    self.fields[name].queryset = self.fields[name].queryset.filter(locale_id=locale_id)

    def clean_calls_for(self):
        calls_for = self.cleaned_data["calls_for"]
        area = ExpoAreaPage.objects.filter(pk=getattr(self.parent_page, "pk", None)).first()
        if area is not None:
            allowed, heading = area.calls_for
            if any(block.block_type != allowed for block in calls_for):
                raise ValidationError(
                    _("In this area, use only '%(heading)s' blocks.") % {"heading": heading}
                )
        return calls_for


class ExhibitorPage(RequestFormPage):
    """One exhibitor: profile, products and solutions, scenarios, achievements and what its area calls for."""
    served_with = (*BasePage.served_with, "logo", "industry")

    exhibitor_key = models.SlugField(
        max_length=100,
        db_index=True,
        blank=True,
        verbose_name=_("exhibitor key"),
        help_text=_(
            "A permanent identifier used by the spreadsheet import to update this exhibitor instead "
            "of adding a copy. Left empty, the page's slug is used. Do not change it once set."
        ),
    )
    chinese_name = models.CharField(
        max_length=200,
        blank=True,
        # A company's name, not a person's (a guest's "chinese name").
        verbose_name=pgettext_lazy("name of a thing", "chinese name"),
        help_text=_("e.g. 江宁精工机器人有限公司."),
    )
    # The area lists exhibitors in this order (pinyin for Chinese names); kept in step by save().
    sort_name = models.CharField(max_length=SORT_NAME_LENGTH, blank=True, editable=False)
    pitch = models.CharField(
        max_length=200,
        blank=True,
        verbose_name=_("pitch"),
        help_text=_("One line under the name in the area's list of exhibitors."),
    )
    profile = models.TextField(
        blank=True,
        verbose_name=_("profile"),
        help_text=_("Who the company is; separate paragraphs with a blank line."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    logo_filename = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("logo filename"),
        help_text=_("The logo's file name in an import zip; a later import with the zip attaches it."),
    )
    industry = models.ForeignKey(
        ExpoIndustry,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exhibitors",
        verbose_name=_("industry"),
    )
    region = models.CharField(max_length=20, choices=Region.choices, blank=True, verbose_name=_("region"))
    website = models.URLField(max_length=500, blank=True, verbose_name=_("website"))
    video_url = models.URLField(
        max_length=500,
        blank=True,
        verbose_name=_("video"),
        help_text=_("A link to a video about the company."),
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("contact email"),
        help_text=_(
            "Where visitors' negotiation requests are forwarded; never shown on the site. Empty: "
            "requests go to the organizers."
        ),
    )
    editions = ParentalManyToManyField(
        "wimc_site.ConferenceEdition", blank=True, related_name="exhibitors", verbose_name=_("editions")
    )
    scenarios = StreamField(
        ScenarioStreamBlock(), blank=True, use_json_field=True, verbose_name=_("scenarios")
    )
    achievements = StreamField(
        AchievementStreamBlock(), blank=True, use_json_field=True, verbose_name=_("achievements")
    )
    calls_for = StreamField(
        CallsForStreamBlock(),
        blank=True,
        use_json_field=True,
        verbose_name=_("calls for"),
        help_text=_(
            "Open positions in the talent exchange area, financing in financial docking, "
            "cooperation sought in the other areas."
        ),
    )

    objects = ExhibitorPageManager()
    base_form_class = ExhibitorPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("chinese_name"), FieldPanel("exhibitor_key")]),
        FieldPanel("pitch"),
        FieldRowPanel([FieldPanel("industry", widget=forms.Select), FieldPanel("region")]),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_filename")], heading=_("Logo")),
        FieldPanel("profile"),
        InlinePanel("products", heading=_("Products and solutions"), label=_("Product or solution")),
        FieldPanel("scenarios"),
        FieldPanel("achievements"),
        FieldPanel("calls_for"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldPanel("video_url"), FieldPanel("contact_email")],
            heading=_("Links and contact"),
        ),
        FieldPanel("editions", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("chinese_name"),
        index.SearchField("pitch"),
        index.SearchField("profile"),
        index.RelatedFields("products", [index.SearchField("name"), index.SearchField("description")]),
        index.FilterField("region"),
    ]

    parent_page_types = ["expo.ExpoAreaPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("exhibitor")
        permissions = [("import_exhibitors", _("Can import and export exhibitors as CSV"))]

    def clean(self):
        super().clean()
        if not self.exhibitor_key:
            self.exhibitor_key = self.slug
        clash = ExhibitorPage.objects.filter(exhibitor_key=self.exhibitor_key, locale_id=self.locale_id)
        if self.exhibitor_key and clash.exclude(pk=self.pk).exists():
            raise ValidationError({"exhibitor_key": _("Another exhibitor already has this key.")})

    def save(self, *args, **kwargs):
        # Only when the title is written: Wagtail's own saves of a revision's bookkeeping skip it.
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "title" in update_fields:
            self.sort_name = sort_name(self.title)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "sort_name"}
        return super().save(*args, **kwargs)

    def get_meta_description(self):
        return super().get_meta_description() or self.pitch

    def get_social_image(self):
        return super().get_social_image() or self.logo

    def get_area(self):
        return ExpoAreaPage.objects.parent_of(self).first()

    def get_calls_for_heading(self):
        """What the area calls for, as the heading of the exhibitor's "calls for" section."""
        area = self.get_area()
        return area.calls_for[1] if area else DEFAULT_CALLS_FOR[1]

    def get_products(self):
        """The products with their images and the images' renditions: two queries, however many."""
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=PRODUCT_IMAGE)
        prefetch = Prefetch("image__renditions", queryset=renditions, to_attr="prefetched_renditions")
        return list(self.products.all().select_related("image").prefetch_related(prefetch))

    def request_target(self):
        area = self.get_area()
        return {"exhibitor": self, "area": default_twin(area) if area else None}

    def request_recipient(self):
        return self.contact_email

    def get_other_name(self):
        """(name, language) shown beside the title (`wimc_site.localization.other_name`)."""
        return other_name(self, default_language_titles(ExhibitorPage, [self]).get(self.translation_key))

    def get_json_ld(self, request, logo, products, other_name=None):
        """schema.org Organization with its products and solutions as offers, as a script element;
        `other_name` as `get_other_name` gives it."""
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": absolute_url(self.get_url(request), request),
        }
        if other_name:
            data["alternateName"] = other_name[0]
        if self.pitch or self.profile:
            data["description"] = self.pitch or self.profile
        if self.website:
            data["sameAs"] = [self.website]
        logo_file = fallback_rendition(logo)
        if logo_file is not None:
            data["logo"] = absolute_url(logo_file.url, request)
        offers = []
        for item in products:
            product = {"@type": "Product", "name": item["product"].name}
            if item["product"].description:
                product["description"] = item["product"].description
            image = fallback_rendition(item["image"])
            if image is not None:
                product["image"] = absolute_url(image.url, request)
            offers.append({"@type": "Offer", "itemOffered": product})
        if offers:
            data["makesOffer"] = offers
        return json_ld_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        area = self.get_parent()  # the area the request was routed through: no query
        logo = picture(self.logo, PAGE_LOGO)
        products = [
            {"product": p, "image": picture(p.image, PRODUCT_IMAGE)}
            for p in self.get_products()
        ]
        names = self.get_other_name()
        context.update(
            area=area,
            other_name=names,
            # The area's kind names it; only read for a page with such a section.
            calls_for_heading=self.get_calls_for_heading() if self.calls_for else "",
            logo=logo,
            products=products,
            industry=localize_all([self.industry])[0] if self.industry_id else None,
            editions=localize_all(self.editions.order_by("year")),
            json_ld=self.get_json_ld(request, logo, products, names),
        )
        return context


class ProductKind(models.TextChoices):
    PRODUCT = "product", _("Product")
    SOLUTION = "solution", _("Solution")


class ExhibitorProduct(Orderable):
    """A product or solution an exhibitor shows, with a photo and a description."""

    page = ParentalKey(
        ExhibitorPage, on_delete=models.CASCADE, related_name="products", verbose_name=_("page")
    )
    kind = models.CharField(
        max_length=10, choices=ProductKind.choices, default=ProductKind.PRODUCT, verbose_name=_("kind")
    )
    name = models.CharField(max_length=200, verbose_name=pgettext_lazy("name of a thing", "name"))
    description = models.TextField(blank=True, max_length=2000, verbose_name=_("description"))
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldPanel("image"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("product or solution")

    def __str__(self):
        return self.name


class ExpoListingQuerySet(PublishedPageQuerySet):
    def current(self, today=None):
        """Listings still open: their expiry date is today or later, in the conference's time zone."""
        return self.filter(expires_on__gte=today or changes_tomorrow())

    def expired(self, today=None):
        return self.filter(expires_on__lt=today or changes_tomorrow())

    def for_listing(self):
        return self.defer_streamfields().order_by("-go_live_at", "-first_published_at", "-pk")


ExpoListingManager = PageManager.from_queryset(ExpoListingQuerySet)


class ExpoListingPage(RequestFormPage):
    """A supply or demand listing published by the organizers, open until its expiry date.

    Once expired it leaves every listing and its page says so, without the request form (links in
    old e-mails keep working, search engines are told not to index it).
    """

    listing_type = models.CharField(max_length=10, choices=ListingType.choices, verbose_name=_("type"))
    organization = models.CharField(
        max_length=200,
        verbose_name=_("organization"),
        help_text=_("Who offers or seeks, as visitors should read it."),
    )
    summary = models.CharField(
        max_length=300, verbose_name=_("summary"), help_text=_("One or two lines shown in the listings.")
    )
    description = models.TextField(
        verbose_name=_("description"), help_text=_("Separate paragraphs with a blank line.")
    )
    expires_on = models.DateField(
        verbose_name=_("expires on"),
        help_text=_("The last day the listing is shown and takes requests (China Standard Time)."),
    )
    exhibitor = models.ForeignKey(
        ExhibitorPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="listings",
        verbose_name=_("exhibitor"),
        help_text=_("The exhibitor behind the listing, if it is one."),
    )
    contact_email = models.EmailField(
        blank=True,
        verbose_name=_("contact email"),
        help_text=_(
            "Where requests about this listing are forwarded; never shown. Empty: the exhibitor's "
            "contact, else the organizers."
        ),
    )

    objects = ExpoListingManager()

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("listing_type"), FieldPanel("expires_on")]),
        FieldPanel("organization"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("exhibitor"), FieldPanel("contact_email")]),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("organization"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("expires_on"),
    ]

    parent_page_types = ["expo.ExpoAreaPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("supply or demand listing")

    def is_expired(self, today=None):
        return self.expires_on < (today or changes_tomorrow())

    def accepts_requests(self):
        return not self.is_expired()

    def get_meta_description(self):
        return super().get_meta_description() or self.summary

    def request_target(self):
        area = ExpoAreaPage.objects.parent_of(self).first()
        return {"listing": self, "exhibitor": self.exhibitor, "area": default_twin(area) if area else None}

    def request_recipient(self):
        return self.contact_email or (self.exhibitor.contact_email if self.exhibitor else "")

    def get_sitemap_urls(self, request=None):
        return [] if self.is_expired() else super().get_sitemap_urls(request)

    def get_listings_url(self, request=None):
        index_page = ExpoIndexPage.objects.ancestor_of(self).first()
        return index_page.listings_url(request) if index_page else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["expired"] = self.is_expired()
        context["area"] = self.get_parent()  # the area the request was routed through: no query
        # Only an expired listing links to the open ones.
        context["listings_url"] = self.get_listings_url(request) if context["expired"] else ""
        context["exhibitor"] = (
            ExhibitorPage.objects.published().filter(pk=self.exhibitor_id).first()
            if self.exhibitor_id
            else None
        )
        return context
