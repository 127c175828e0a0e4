"""A queryset's rows in the visitor's language in one query, where `localize_all` takes two (the rows,
then their translations): what a detail page shows of a many-to-many list, e.g. a guest's editions.

The rule is `wimc_site.localization`'s: a row is replaced by its translation where one exists (for
pages, a live one), else shown as it is."""

from django.db.models import Exists, OuterRef, Q, QuerySet
from wagtail.models import Locale

from wimc_site.localization import localize_all


def localized_rows(queryset, locale=None):
    """`localize_all(queryset, locale)`, read in one query: the rows and their translations together,
    in the queryset's order."""
    if not isinstance(queryset, QuerySet):  # a preview's relation, held in memory
        return localize_all(queryset, locale)
    locale_id = getattr(locale, "pk", locale) or Locale.get_active().pk
    model = queryset.model
    translation = Q(locale_id=locale_id, translation_key__in=queryset.values("translation_key"))
    rows = model._default_manager.all()
    is_page = hasattr(rows, "live")
    if is_page:
        translation &= Q(live=True)
    rows = rows.filter(Q(pk__in=queryset.values("pk")) | translation).annotate(
        is_listed=Exists(queryset.filter(pk=OuterRef("pk")))
    )
    if queryset.query.order_by:  # else the model's default order, as the queryset has
        rows = rows.order_by(*queryset.query.order_by)
    listed, translations = [], {}
    for row in rows:
        if row.is_listed:
            listed.append(row)
        if row.locale_id == locale_id and (not is_page or row.live):
            translations[row.translation_key] = row
    return [translations.get(row.translation_key, row) for row in listed]
