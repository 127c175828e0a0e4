"""A translatable category: news categories, guest categories, forum modules, expo industries."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from wimc_site.localization import in_locale_or_default


class CategoryQuerySet(models.QuerySet):
    def for_locale(self, locale_id):
        """The categories of a language, or of the default language while it has none."""
        return in_locale_or_default(self, locale_id)


class TranslatableCategory(TranslatableMixin, models.Model):
    """A named, ordered kind of thing with its own address per language; subclasses add fields."""

    name = models.CharField(max_length=100, verbose_name=pgettext_lazy("name of a thing", "name"))
    slug = models.SlugField(
        max_length=100,
        verbose_name=_("slug"),
        help_text=_("The last part of the category's address and its name in import files."),
    )
    sort_order = models.PositiveIntegerField(
        default=0, verbose_name=_("sort order"), help_text=_("Lower numbers are listed first.")
    )

    objects = CategoryQuerySet.as_manager()
    # Pages read them from the cache: wimc_site.taxonomy.translated_rows(model).
    cache_all_rows = True

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="%(app_label)s_%(class)s_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


def ensure_categories(model, locale, rows):
    """Create the categories in `rows` (dicts with at least name and slug) that `locale` lacks.

    Used by the data migrations (with historical models) and by the factories, which rebuild
    the categories in test databases that were flushed.
    """
    return [
        model.objects.get_or_create(
            locale=locale, slug=row["slug"], defaults={"sort_order": order * 10, **row}
        )[0]
        for order, row in enumerate(rows)
    ]


def get_category(model, slug, rows, locale):
    """The category `slug` of `model` in `locale`; the seed `rows` are (re)made first when it is
    missing, as in a test database that was flushed."""
    category = model.objects.filter(locale=locale, slug=slug).first()
    if category is None:
        ensure_categories(model, locale, rows)
        category = model.objects.get(locale=locale, slug=slug)
    return category
