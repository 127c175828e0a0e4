from dataclasses import dataclass

from django.db import models
from django.db.models import DEFERRED
from django.http import Http404
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from wimc_site.blocks import BaseStreamBlock
from wimc_site.images import image_with_renditions, picture, picture_specs
from wimc_site.jsonld import json_ld_script
from wimc_site.kept import kept
from wimc_site.links import absolute_url
from wimc_site.publishing import PublishedPageManager, published_pages, restricted_paths
from wimc_site.request_memo import remembered
from wimc_site.segments import index_terms

# The size social cards and JSON-LD images are served at (what search engines and chat apps ask for).
SOCIAL_IMAGE = "fill-1200x630"
SEGMENTS_FIELD = "search_segments"


@dataclass
class Crumb:
    title: str
    url: str


def pages_on_path(page, path_components):
    """{url_path: Page} of the pages at each step of `path_components` below `page` that exist;
    remembered for the request, so the steps below ask no more."""
    known = remembered("pages_on_path", dict)
    steps = range(1, len(path_components) + 1)
    url_paths = [page.url_path + "/".join(path_components[:n]) + "/" for n in steps]
    missing = [url_path for url_path in url_paths if url_path not in known]
    if missing:
        found = {p.url_path: p for p in Page.objects.filter(url_path__in=missing, path__startswith=page.path)}
        known.update({url_path: found.get(url_path) for url_path in missing})
    return known


def routed_ancestors(page):
    """The page's ancestors below the root as this request's routing found them, or None."""
    routed = remembered("routed", dict)
    steps = len(page.path) // page.depth
    paths = [page.path[: steps * depth] for depth in range(2, page.depth)]
    if not all(path in routed for path in paths):
        return None
    return [routed[path] for path in paths]


class BasePage(Page):
    """Fields and fallbacks every page of the site shares: listings, SEO and social sharing."""

    @classmethod
    def from_db(cls, db, field_names, values):
        """A page read from the database, made without the constructors of modelcluster (which
        scans the model's hundred-odd fields for child relations passed as keywords, which a row
        never has) and Wagtail (which set up new pages only): up to a tenth of a listing's Python
        calls. The rest is Django's own `from_db`; tests/wimc_site/test_page_rows.py checks that
        the pages come out the same."""
        fields = cls._meta.concrete_fields
        if len(values) != len(fields):
            found = iter(values)
            values = [next(found) if field.attname in field_names else DEFERRED for field in fields]
        page = cls.__new__(cls)
        models.Model.__init__(page, *values)
        page._state.adding = False
        page._state.db = db
        return page

    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("listing image"),
        help_text=_("Shown where this page is listed, e.g. on the home page."),
    )
    listing_summary = models.TextField(
        blank=True,
        verbose_name=_("listing summary"),
        help_text=_("One or two sentences shown in listings and search results."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("social image"),
        help_text=_("Shown when the page is shared; defaults to the listing image."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Listings and sharing"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        # Chinese text cut into words the database can match (see wimc_site/segments.py).
        index.SearchField(SEGMENTS_FIELD),
    ]

    objects = PublishedPageManager()
    # Foreign keys fetched with the page when it is served (its social image and the like).
    served_with = ("social_image", "listing_image")

    class Meta:
        abstract = True

    @classmethod
    def get_search_fields(cls):
        """Every searched text is indexed for prefix matching too, so "robot" finds "Robotics"."""
        fields = super().get_search_fields()
        prefixes = [index.AutocompleteField(f.field_name) for f in fields if isinstance(f, index.SearchField)]
        return list({(type(f), f.field_name): f for f in [*fields, *prefixes]}.values())

    def search_segments(self):
        """The page's indexed text, its Chinese words cut into bigrams, for the search index."""
        return index_terms(indexed_text(self))

    def get_translation_url(self, translation, request, context):
        """Where a reader of this page, as `context` shows it, goes in `translation`'s language, and
        whether that is the same content (True) or only the page itself, without its current view
        (False). Pages with views of their own (category and year listings) say where each one is."""
        return translation.get_url(request), True

    def get_meta_title(self):
        return self.seo_title or self.title

    def get_meta_description(self):
        return self.search_description or self.listing_summary

    def get_social_image(self):
        return self.social_image or self.listing_image

    def get_breadcrumbs(self, request=None):
        """Links from the home page down to (not including) this page."""
        ancestors = routed_ancestors(self) or self.get_ancestors().filter(depth__gt=1)
        return [
            Crumb(title=_("Home") if ancestor.depth == 2 else ancestor.title, url=ancestor.get_url(request))
            for ancestor in ancestors
        ]

    def route(self, request, path_components):
        """Wagtail's routing, with every page on the rest of the path fetched in one query (Wagtail
        fetches each child, then its specific row): only the page served, and pages with routes
        of their own, are fetched as their specific type. The pages passed on the way are kept
        for the breadcrumb."""
        if not path_components:
            return super().route(request, path_components)
        remembered("routed", dict)[self.path] = self
        child = pages_on_path(self, path_components).get(self.url_path + path_components[0] + "/")
        if child is None or not child.path.startswith(self.path) or child.depth != self.depth + 1:
            raise Http404
        child._cached_parent_obj = self
        remaining = path_components[1:]
        model = child.specific_class
        if remaining and model is not None and model.route is BasePage.route:
            return BasePage.route(child, request, remaining)
        if not remaining and model is not None and issubclass(model, BasePage):
            page = BasePage.served(child)
            page._cached_parent_obj = self
            return page.route(request, remaining)
        return child.specific.route(request, remaining)

    @staticmethod
    def served(page):
        """`page` (a plain Page row) as its specific type, with the images and categories its head
        and body show, in one query."""
        model = page.specific_class
        return model._default_manager.select_related(*model.served_with).get(pk=page.pk)

    def get_view_restrictions(self):
        """Wagtail's rule (restrictions on the page, its ancestors or their aliases' sources) in one
        query, and none while the site has no restriction at all (known once per request)."""
        if not restricted_paths():
            return PageViewRestriction.objects.none()
        steps = len(self.path) // self.depth
        paths = [self.path[: steps * depth] for depth in range(1, self.depth + 1)]
        own = models.Q(page__path__in=paths, page__alias_of__isnull=True)
        of_aliases_sources = models.Q(page__aliases__path__in=paths)
        return PageViewRestriction.objects.filter(own | of_aliases_sources).distinct()

    def get_context(self, request, *args, **kwargs):
        """What the page's head and breadcrumb show, worked out once for the whole template."""
        context = super().get_context(request, *args, **kwargs)
        context["meta_description"] = self.get_meta_description()
        context["social_image"] = self.get_social_image()
        context["breadcrumbs"] = self.get_breadcrumbs(request)
        return context


class SectionIndexPage(BasePage):
    """The front page of a content area right under home: /news/, /guests/, and those to come."""

    introduction = models.TextField(blank=True, verbose_name=_("introduction"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["wimc_site.HomePage"]
    # One per home page; the Chinese home has its own translated copy.
    max_count_per_parent = 1

    class Meta:
        abstract = True


# The home page's key visual, wide on desktops and cropped around its focal point on phones; the wide
# one first, so it gives the fallback's `src`, `width` and `height`.
HERO_IMAGES = picture_specs(["fill-1600x700-c75", "fill-800x600-c75"])


class HomePage(BasePage):
    """The site's front page: the current edition and a section for each content area."""

    hero_intro = models.TextField(
        blank=True, verbose_name=_("hero intro"),
        help_text=_("A sentence under the edition's name and theme."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("hero image"),
        help_text=_("The key visual behind the edition's name: a wide image without text in it."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels, FieldPanel("hero_intro"), FieldPanel("hero_image"), FieldPanel("body")
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("hero_intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # One home per site; its translations are copies made by the translation tools, which do
    # not check this limit.
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_breadcrumbs(self, request=None):
        return []

    def get_hero_images(self):
        """The key visual at desktop and phone sizes, as a Picture; None without one. The image and
        its renditions are kept until the next change (a new key visual is a new image id)."""
        if not self.hero_image_id:
            return None
        image_id = self.hero_image_id
        image = kept(("hero image", image_id), lambda: image_with_renditions(image_id, HERO_IMAGES))
        return picture(image, HERO_IMAGES)

    def get_highlights(self, edition):
        """Key figures of the current edition once it has ended, else of the latest edition that has
        some: before an edition opens, the home page shows what the last one achieved."""
        year = edition.year if edition is not None else None
        figures = kept(("edition figures", self.locale_id, year), lambda: self.figures_up_to(year))
        if edition is not None and edition.status() != "ended":
            figures = [figure for figure in figures if figure.edition.year < edition.year]
        if not figures:
            return None
        latest = figures[0].edition
        return {"edition": latest, "figures": [f for f in figures if f.edition_id == latest.pk]}

    def figures_up_to(self, year):
        """The figures of this language's editions up to `year` (of every one without), newest
        edition first: the same whatever the time, so they can be kept."""
        from wimc_site.models import ConferenceEdition, EditionFigure

        editions = ConferenceEdition.objects.filter(locale_id=self.locale_id)
        if year is not None:
            editions = editions.filter(year__lte=year)
        return list(
            EditionFigure.objects.filter(edition__in=editions)
            .select_related("edition")
            .order_by("-edition__year", "sort_order")
        )

    def get_json_ld(self, request, edition, organizers):
        """schema.org Organization for the conference, and Event for the current edition."""
        home_url = absolute_url(self.get_url(request), request)
        organization = {
            "@type": "Organization",
            "@id": home_url + "#organization",
            "name": _("World Intelligent Manufacturing Conference"),
            "alternateName": "WIMC",
            "url": home_url,
            "logo": absolute_url(static("img/wimc-mark.svg"), request),
        }
        graph = [organization]
        if edition is not None and edition.start_date:
            graph.append(edition.get_event_data(home_url, organizers, organization["@id"]))
        return json_ld_script({"@context": "https://schema.org", "@graph": graph})

    def get_context(self, request, *args, **kwargs):
        from wimc_site.current import current_edition, current_organizers

        context = super().get_context(request, *args, **kwargs)
        edition = current_edition(request)
        organizers = current_organizers(request)
        context["sections"] = get_home_sections(request, self)
        context["hero_images"] = self.get_hero_images()
        context["highlights"] = self.get_highlights(edition)
        context["organizers"] = organizers
        context["json_ld"] = self.get_json_ld(request, edition, organizers)
        return context


def indexed_text(obj):
    """All the text the search index holds for `obj` (its SearchFields, related ones included)."""
    return " ".join(_indexed_texts(obj, type(obj).get_search_fields()))


def _indexed_texts(obj, fields):
    """The text of each SearchField of `obj` (following RelatedFields), as the search backend sees it."""
    for field in fields:
        if isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            if hasattr(related, "all"):
                related = related.all()
            elif callable(related):
                related = [related()]
            else:
                related = [related]
            for item in related:
                yield from _indexed_texts(item, field.fields)
        elif isinstance(field, index.SearchField) and field.field_name != SEGMENTS_FIELD:
            yield _flatten(field.get_value(obj))


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        value = value.values()
    if isinstance(value, (list, tuple, set)) or hasattr(value, "__iter__"):
        return " ".join(_flatten(item) for item in value)
    return str(value)


@dataclass
class HomeSection:
    """A block of the home page contributed by a content area (news, guests, forums, expo)."""

    template: str
    context: dict
    order: int = 100

    @classmethod
    def showing(cls, items, template, order, **context):
        """The section, or None when `items` is empty: an area with nothing to show adds nothing."""
        return cls(template=template, context=context, order=order) if items else None


def get_home_sections(request, home_page):
    """Ask every `register_home_section` hook for its section; empty areas return None."""
    sections = [fn(request, home_page) for fn in hooks.get_hooks("register_home_section")]
    return sorted((s for s in sections if s), key=lambda s: s.order)


def home_section_index(home_page, model):
    """The home page's published child of type `model` (a section's index page), or None.

    The home page's children are read in one query for every section and kept until the next
    change (only publishing, unpublishing, moving or restricting a section changes them); their
    own fields (beyond Wagtail's Page) are deferred, so a section that shows one keeps it itself.
    A section hidden behind a view restriction has nothing public to show, so it is left out.
    """
    children = kept(
        ("home-children", home_page.pk),
        lambda: list(published_pages().child_of(home_page).specific(defer=True)),
    )
    return next((child for child in children if isinstance(child, model)), None)


class ContentPage(BasePage):
    """A general page for anything without a dedicated type (visiting, contact, press...)."""

    introduction = models.TextField(blank=True, verbose_name=_("introduction"))
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wimc_site.HomePage", "wimc_site.AboutPage", "wimc_site.ContentPage"]
    subpage_types = ["wimc_site.ContentPage"]

    class Meta:
        verbose_name = _("content page")

    def get_meta_description(self):
        return super().get_meta_description() or self.introduction


class AboutPage(BasePage):
    """About the conference: its story, past editions and who organizes it."""

    introduction = RichTextField(
        features=["bold", "italic", "link"], blank=True, verbose_name=_("introduction")
    )
    body = StreamField(BaseStreamBlock(), blank=True, use_json_field=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wimc_site.HomePage"]
    subpage_types = ["wimc_site.ContentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("about page")

    def get_context(self, request, *args, **kwargs):
        from wimc_site.models import ConferenceEdition

        context = super().get_context(request, *args, **kwargs)
        context["editions"] = ConferenceEdition.objects.filter(locale_id=self.locale_id)
        return context
