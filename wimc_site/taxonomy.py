"""The small translatable tables listings are filtered and labelled by: news and guest categories,
forum modules, expo industries, conference editions.

Their rows change almost never, but a page reads them several times (its filters, the listing's
labels, the language links), each time with the language fallback. So every row of such a model,
in every language, is read in one query, kept until an editor changes anything
(`wimc_site.kept`: saving or deleting a snippet forgets it), and looked up once per request;
the fallback and the translations are then worked out in memory.

A model takes part by setting `cache_all_rows = True`.
"""

from wagtail.models import Locale

from wimc_site.kept import kept
from wimc_site.request_memo import remembered


class TranslatedRows:
    """Every row of a model, in every language, in the model's order."""

    def __init__(self, rows):
        self.rows = rows
        self._by_key = {(row.translation_key, row.locale_id): row for row in rows}

    def in_locale(self, locale_id):
        return [row for row in self.rows if row.locale_id == locale_id]

    def for_locale(self, locale_id):
        """The rows of a language, or of the default language while it has none (not yet translated):
        the rule of `localization.in_locale_or_default`."""
        rows = self.in_locale(locale_id)
        default_id = Locale.get_default().pk
        if not rows and locale_id != default_id:
            rows = self.in_locale(default_id)
        return rows

    def find(self, locale_id, **values):
        """The first of `for_locale(locale_id)` with these field values (`slug="..."`); None if none."""
        matches = (row for row in self.for_locale(locale_id) if all(
            getattr(row, name) == value for name, value in values.items()
        ))
        return next(matches, None)

    def translation(self, obj, locale_id):
        """The row in `locale_id` with the translation key of `obj` (a row, or a related object's
        translation key); None where there is none."""
        key = getattr(obj, "translation_key", obj)
        return self._by_key.get((key, locale_id))

    def localize(self, objects, locale_id):
        """`objects` in `locale_id` where translated, else unchanged: `localization.localize_all`."""
        return [self.translation(obj, locale_id) or obj for obj in objects]


def translated_rows(model):
    """The `TranslatedRows` of `model`: from the request, else the cache, else one query."""
    return remembered(f"translated-rows:{model._meta.label_lower}", lambda: TranslatedRows(_rows(model)))


def _rows(model):
    return kept(("rows", model._meta.label_lower), lambda: list(model._default_manager.all()))


def is_cached(model):
    return getattr(model, "cache_all_rows", False)
