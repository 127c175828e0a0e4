"""The newsroom: an index page listing releases by date, category and year, and the releases."""

import datetime
from dataclasses import dataclass

from django import forms
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from news.feeds import AtomNewsFeed, NewsFeed
from news.teasers import first_image_id, first_paragraph
from wimc_site.blocks import BaseStreamBlock
from wimc_site.categories import TranslatableCategory
from wimc_site.converters import YEAR
from wimc_site.images import picture, picture_specs, rendition, with_image_renditions
from wimc_site.jsonld import json_ld_script
from wimc_site.kept import kept
from wimc_site.links import absolute_url
from wimc_site.localization import language_code, localize_all
from wimc_site.models.pages import SOCIAL_IMAGE, BasePage, Crumb, SectionIndexPage
from wimc_site.paging import paginator
from wimc_site.sitemaps import sitemap_alternates
from wimc_site.taxonomy import translated_rows

NEWS_PER_PAGE = 10
RELATED_COUNT = 3
# A card's image at its two widths (srcset): a phone's full width, and the card column on wide screens.
CARD_IMAGES = picture_specs(["fill-400x250", "fill-800x500"])


class NewsSummary:
    """How many releases an index lists per year and category: the year filters, the count a
    listing is paged by, and whether a year has news, all from one aggregate query."""

    def __init__(self, rows):
        self.rows = rows  # [(year, category translation key or None, count)]

    @property
    def years(self):
        return sorted({year for year, _key, _n in self.rows}, reverse=True)

    @property
    def category_keys(self):
        return {key for _year, key, _n in self.rows}

    def count(self, year=None, category=None):
        return sum(
            n for row_year, key, n in self.rows
            if (year is None or row_year == year)
            and (category is None or key == category.translation_key)
        )


def news_summary(index_page):
    """The `NewsSummary` of a news index (the specific page or the plain one), kept until the next
    change: every publish, unpublish, move or delete forgets it (`wimc_site.kept`). At 5,000
    releases the aggregate is most of a listing's database time, and the sitemap asks it twice."""

    def count():
        rows = (
            NewsPage.objects.published()
            .child_of(index_page)
            .order_by()
            .values_list("date__year", "category__translation_key")
            .annotate(n=Count("pk"))
        )
        return NewsSummary(list(rows))

    return kept(("news-summary", index_page.pk), count)


def with_card_images(pages):
    """Releases with their listing image and its card renditions fetched up front."""
    return with_image_renditions(pages.select_related("category"), "teaser_image", CARD_IMAGES)


class NewsCategory(TranslatableCategory):
    """A kind of release ("News Release", "Notices"...); each has its own listing and feed."""

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """/news/: every release, newest first, with listings per category and per year, and feeds."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")

    def get_news(self):
        """The live, public releases under this index, newest first, ready for a listing."""
        return (
            with_card_images(NewsPage.objects.published().child_of(self))
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")
        )

    def get_news_in(self, category):
        # Translated releases may still point at the category in the original language.
        return self.get_news().filter(category__translation_key=category.translation_key)

    def get_categories(self):
        """Categories in this index's language; the default language's until they are translated."""
        return translated_rows(NewsCategory).for_locale(self.locale_id)

    def get_summary(self):
        return news_summary(self)

    def get_years(self):
        return self.get_summary().years

    def get_category(self, slug):
        category = translated_rows(NewsCategory).find(self.locale_id, slug=slug)
        if category is None:
            raise Http404("No such news category")
        return category

    def category_url(self, category, request=None):
        return self.get_url(request) + self.reverse_subpage("category", args=[category.slug])

    def listing_breadcrumbs(self, request, title):
        """On a category or year listing, News becomes a link and the listing the current place."""
        return {
            "breadcrumbs": [
                *self.get_breadcrumbs(request), Crumb(title=self.title, url=self.get_url(request))
            ],
            "breadcrumb_current": title,
        }

    def get_context(self, request, *args, news=None, count=None, **kwargs):
        """`news` (every release by default) paged; `count` is how many there are, where known."""
        context = super().get_context(request, *args, **kwargs)
        if news is None:
            news, count = self.get_news(), self.get_summary().count()
        context["page_obj"] = paginator(news, NEWS_PER_PAGE, count).get_page(request.GET.get("page"))
        context["categories"] = self.get_categories()
        context["years"] = self.get_years()
        context["feeds"] = self.get_feed_links(request)
        return context

    def get_translation_url(self, translation, request, context):
        """The same category listing in the other language (its category by translation key), the
        same year where that language has news that year; else the other language's news index."""
        url = translation.get_url(request)
        category, year = context.get("category"), context.get("year")
        if category is None and year is None:
            return url, True
        # Language links pass the plain page: it has the same routes as this one, and its
        # categories and news are read without its specific row.
        if category is not None:
            other = translated_rows(NewsCategory).find(
                translation.locale_id, translation_key=category.translation_key
            )
            if other is None:
                return url, False
            return url + self.reverse_subpage("category", args=[other.slug]).lstrip("/"), True
        if year is not None:
            if not news_summary(translation).count(year=year):
                return url, False
            return url + self.reverse_subpage("year", args=[year]).lstrip("/"), True
        return url, True

    def get_category_locations(self, request=None):
        """{category translation key: absolute URL} of the category listings that have news."""
        base = absolute_url(self.get_url(request), request)
        used = self.get_summary().category_keys
        return {
            category.translation_key: self.category_location(base, category)
            for category in self.get_categories()
            if category.translation_key in used
        }

    def category_location(self, base, category):
        return base + self.reverse_subpage("category", args=[category.slug]).lstrip("/")

    def get_cached_paths(self):
        """Every listing and feed under this index, purged at the proxy when a release changes."""
        paths = ["/", "/feed/rss/", "/feed/atom/"]
        used = set(self.get_news().values_list("category__translation_key", flat=True))
        for category in [c for c in self.get_categories() if c.translation_key in used]:
            paths += [
                self.reverse_subpage(name, args=[category.slug])
                for name in ("category", "category_feed_rss", "category_feed_atom")
            ]
        for year in self.get_news().dates("date", "year"):
            paths.append(self.reverse_subpage("year", args=[year.year]))
        return [path if path.startswith("/") else "/" + path for path in paths]

    def get_sitemap_urls(self, request=None):
        """The index, then each category that has news: search engines find every listing, each
        with the same listing in the other languages as alternates."""
        urls = super().get_sitemap_urls(request)
        languages = {language_code(self): self.get_category_locations(request)}
        for translation in NewsIndexPage.objects.published().translation_of(self).select_related("locale"):
            languages[language_code(translation)] = translation.get_category_locations(request)
        for key, location in languages[language_code(self)].items():
            locations = {code: found[key] for code, found in languages.items() if key in found}
            url = {"location": location}
            alternates = sitemap_alternates(locations)
            if alternates:
                url["alternates"] = alternates
            urls.append(url)
        return urls

    def get_feed_links(self, request, category=None):
        """(title, type, absolute url) of the feeds a listing or article advertises in its head."""
        if category is None:
            rss = self.reverse_subpage("feed_rss")
            atom = self.reverse_subpage("feed_atom")
            label = self.title
        else:
            rss = self.reverse_subpage("category_feed_rss", args=[category.slug])
            atom = self.reverse_subpage("category_feed_atom", args=[category.slug])
            label = f"{self.title}: {category.name}"
        base = absolute_url(self.get_url(request), request)
        return [
            {"title": f"{label} (RSS)", "type": "application/rss+xml", "url": base + rss.lstrip("/")},
            {"title": f"{label} (Atom)", "type": "application/atom+xml", "url": base + atom.lstrip("/")},
        ]

    @path("")
    def all_news(self, request):
        return self.render(request)

    @path("category/<slug:slug>/", name="category")
    def category_news(self, request, slug):
        category = self.get_category(slug)
        return self.render(
            request,
            news=self.get_news_in(category),
            count=self.get_summary().count(category=category),
            context_overrides={
                "category": category,
                "feeds": self.get_feed_links(request, category),
                **self.listing_breadcrumbs(request, category.name),
            },
        )

    @path(f"year/<{YEAR}:year>/", name="year")
    def year_news(self, request, year):
        count = self.get_summary().count(year=year)
        if not count:
            raise Http404("No news that year")
        return self.render(
            request,
            news=self.get_news().filter(date__year=year),
            count=count,
            context_overrides={"year": year, **self.listing_breadcrumbs(request, str(year))},
        )

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        return AtomNewsFeed(self)(request)

    @path("category/<slug:slug>/feed/rss/", name="category_feed_rss")
    def category_feed_rss(self, request, slug):
        return NewsFeed(self, self.get_category(slug))(request)

    @path("category/<slug:slug>/feed/atom/", name="category_feed_atom")
    def category_feed_atom(self, request, slug):
        return AtomNewsFeed(self, self.get_category(slug))(request)


class NewsPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("category")
        if field is not None and self.instance.locale_id:
            # Offer the categories in the release's language, and whatever it already has.
            choices = NewsCategory.objects.for_locale(self.instance.locale_id)
            current = models.Q(pk=self.instance.category_id) if self.instance.category_id else models.Q()
            field.queryset = NewsCategory.objects.filter(models.Q(pk__in=choices) | current)


# Related releases: the latest others of the category, as the news listing orders them.
RELATED_ORDER = ["-date", "-first_published_at", "-pk"]


@dataclass
class CategoryNeighbours:
    """What a release's foot links to: the releases around it in its category, and the latest."""

    previous: "NewsPage | None"
    next: "NewsPage | None"
    related: list


class NewsPage(BasePage):
    """One release: dated, in one category, with a body of text, photos, video and documents."""

    served_with = (*BasePage.served_with, "teaser_image", "category")

    date = models.DateField(
        _("release date"),
        default=timezone.localdate,
        help_text=_(
            "Shown on the release and used to order the news. To publish at a later time, set a "
            "go-live time with 'Set schedule' in the Status panel."
        ),
    )
    category = models.ForeignKey(
        NewsCategory,
        null=True,
        on_delete=models.SET_NULL,
        related_name="news_pages",
        verbose_name=_("category"),
    )
    source = models.CharField(
        max_length=255,
        blank=True,
        verbose_name=_("source"),
        help_text=_("Where the release first appeared, e.g. Xinhua."),
    )
    author = models.CharField(max_length=255, blank=True, verbose_name=_("author"))
    body = StreamField(BaseStreamBlock(), use_json_field=True, verbose_name=_("body"))
    # What listings, feeds and social cards show: the summary and listing image, or, where editors
    # left them empty, the body's first paragraph and photo. Kept up to date on every save, so
    # listings never read the body.
    teaser = models.TextField(blank=True, editable=False)
    teaser_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                # A short list: a drop-down beats the snippet chooser's pop-up here.
                FieldPanel("category", widget=forms.Select),
                FieldPanel("source"),
                FieldPanel("author"),
            ],
            heading=_("About this release"),
        ),
        FieldPanel("body"),
        # On the main tab, where editors look: without them the card falls back to the body's
        # first paragraph and photo.
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("listing_image")],
            heading=_("Card on the home page and in the news list"),
        ),
        InlinePanel("related_people", label=_("People in this release"), heading=_("Related people")),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("author"),
        index.SearchField("source"),
        index.FilterField("date"),
        index.RelatedFields("category", [index.SearchField("name")]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    base_form_class = NewsPageForm

    class Meta:
        verbose_name = _("news release")
        verbose_name_plural = _("news releases")

    def get_index(self):
        if not self.pk:
            return None
        parent = self.get_parent()  # while serving: the index routing went through, already specific
        if isinstance(parent, NewsIndexPage):
            return parent
        return NewsIndexPage.objects.filter(pk=parent.pk).first()

    def _siblings(self):
        return (
            NewsPage.objects.published()
            .sibling_of(self, inclusive=False)
            .filter(category_id=self.category_id)
        )

    def get_category_neighbours(self):
        """The previous and next release of this one's category and its related releases (the
        latest others of the category). Which they are is found by three small queries, each an
        ORDER BY ... LIMIT (one query ranking every sibling three ways took twice as long at 5,000
        releases), and kept until the next change as page ids: a few bytes, where their rows would
        be ~10 KB per release and generation. Their rows are then read in one query."""
        if self.pk is None:  # the preview of a release not saved yet
            found = self.find_category_neighbours()
        else:  # a preview may change the date or category: those are part of the name
            name = ("release-neighbours", self.pk, self.date, self.category_id)
            found = kept(name, self.find_category_neighbours)
        previous_id, next_id, related_ids = found
        wanted = {previous_id, next_id, *related_ids} - {None}
        rows = with_card_images(NewsPage.objects.filter(pk__in=wanted)).defer_streamfields()
        pages = rows.in_bulk() if wanted else {}
        return CategoryNeighbours(
            previous=pages.get(previous_id),
            next=pages.get(next_id),
            related=[pages[pk] for pk in related_ids if pk in pages],
        )

    def find_category_neighbours(self):
        """(previous id, next id, [related ids]) in this release's category."""
        siblings = self._siblings().values_list("pk", flat=True)
        if self.pk is None:  # previewed before it is saved: it will follow the releases of its day
            earlier, later = models.Q(date__lte=self.date), models.Q(date__gt=self.date)
        else:
            earlier = models.Q(date__lt=self.date) | models.Q(date=self.date, pk__lt=self.pk)
            later = models.Q(date__gt=self.date) | models.Q(date=self.date, pk__gt=self.pk)
        return (
            siblings.filter(earlier).order_by("-date", "-pk").first(),
            siblings.filter(later).order_by("date", "pk").first(),
            list(siblings.order_by(*RELATED_ORDER)[:RELATED_COUNT]),
        )

    def get_related_news(self):
        """The latest other releases in the same category."""
        return self.get_category_neighbours().related

    def get_previous_news(self):
        """The release before this one in its category."""
        return self.get_category_neighbours().previous

    def get_next_news(self):
        """The release after this one in its category."""
        return self.get_category_neighbours().next

    def refresh_teaser(self):
        raw = self.body.raw_data if self.body else []
        self.teaser = self.listing_summary or first_paragraph(raw)
        self.teaser_image_id = self.listing_image_id or first_image_id(raw)

    def clean(self):
        super().clean()
        self.refresh_teaser()  # previews show the card and social image as they will be

    def use_own_language_category(self):
        """A translated copy keeps the original's category: point it at that category's translation
        in the release's language once there is one, so cards and feeds name it in that language."""
        if self.category_id and self.locale_id and self.category.locale_id != self.locale_id:
            translated = NewsCategory.objects.filter(
                translation_key=self.category.translation_key, locale_id=self.locale_id
            ).first()
            if translated is not None:
                self.category = translated

    def save(self, *args, **kwargs):
        self.refresh_teaser()
        self.use_own_language_category()
        return super().save(*args, **kwargs)

    @property
    def card_images(self):
        """The teaser image at the card widths and formats, as a Picture; None without any image."""
        return picture(self.teaser_image, CARD_IMAGES) if self.teaser_image_id else None

    def get_social_image(self):
        return self.social_image or self.teaser_image

    def get_meta_description(self):
        """Editors' description or summary, else the start of the first paragraph."""
        return self.search_description or Truncator(self.teaser).chars(160)

    def get_related_people(self):
        """The people's pages in this release's language where they are translated (a translated
        release keeps links to the original's people), else in the original language."""
        people = [
            link.person
            for link in self.related_people.select_related("person").order_by("sort_order")
            if link.person.live
        ]
        return localize_all(people, self.locale_id)

    def get_published_datetime(self):
        """The release date as an aware datetime at the start of that day in the site's zone."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def get_json_ld(self, request, description, image):
        """schema.org NewsArticle as a script element; `description` and `image` as the head shows them."""
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": self.get_published_datetime().isoformat(),
            "dateModified": (self.last_published_at or self.get_published_datetime()).isoformat(),
            "mainEntityOfPage": absolute_url(self.get_url(request), request),
            "publisher": {
                "@type": "Organization", "name": gettext("World Intelligent Manufacturing Conference")
            },
        }
        if description:
            data["description"] = description
        if self.author:
            data["author"] = {"@type": "Person", "name": self.author}
        else:
            data["author"] = {"@type": "Organization", "name": self.source or "WIMC"}
        if self.category_id:
            data["articleSection"] = self.category.name
        social = rendition(image, SOCIAL_IMAGE)
        if social is not None:
            data["image"] = [absolute_url(social.url, request)]
        return json_ld_script(data)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        index_page = self.get_index()
        context["news_index"] = index_page
        neighbours = self.get_category_neighbours()
        context["related_news"] = neighbours.related
        context["previous_news"] = neighbours.previous
        context["next_news"] = neighbours.next
        context["related_people"] = self.get_related_people()
        context["feeds"] = index_page.get_feed_links(request) if index_page else []
        if index_page and self.category_id:
            # Home > News > the release's category, as on the conference's original site.
            context["category_url"] = index_page.category_url(self.category, request)
            context["breadcrumbs"].append(Crumb(title=self.category.name, url=context["category_url"]))
        context["json_ld"] = self.get_json_ld(request, context["meta_description"], context["social_image"])
        return context


class NewsPersonLink(Orderable):
    """A guest named in a release, so each guest's page can list the news about them."""

    page = ParentalKey(
        NewsPage, on_delete=models.CASCADE, related_name="related_people", verbose_name=_("page")
    )
    # A guest page; its "In the news" list reads this relation backwards (guest.news_mentions).
    person = models.ForeignKey(
        "speakers.GuestPage",
        on_delete=models.CASCADE,
        related_name="news_mentions",
        verbose_name=_("person"),
    )

    panels = [PageChooserPanel("person", page_type="speakers.GuestPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related person")

    def __str__(self):
        return f"{self.page} – {self.person}"
