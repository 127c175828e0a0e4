"""The small translatable tables listings are filtered and labelled by: news and guest categories,
forum modules, expo industries, conference editions.

Their rows change almost never, but a page reads them several times (its filters, the listing's
labels, the language links), each time with the language fallback. So every row of such a model,
in every language, is read in one query, kept in the "default" cache until an editor changes
anything (`wimc_site.invalidation`: saving or deleting a snippet clears it), and looked up once per
request; the fallback and the translations are then worked out in memory.

A model takes part by setting `cache_all_rows = True`.
"""

from django.apps import apps
from django.core.cache import caches
from wagtail.models import Locale

from wimc_site import invalidation
from wimc_site.request_memo import remembered

CACHE_ALIAS = "default"
# Bump when what is kept changes shape, so a deploy never reads the old shape.
VERSION = 1
KEY_PREFIX = "wimc-rows"
SECONDS = 24 * 60 * 60  # cleared on every change anyway; the limit only bounds a missed signal


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


def cache_key(model):
    return f"{KEY_PREFIX}:{VERSION}:{model._meta.label_lower}"


def _rows(model):
    cache = caches[CACHE_ALIAS]
    rows = cache.get(cache_key(model))
    if rows is None:
        rows = list(model._default_manager.all())
        cache.set(cache_key(model), rows, SECONDS)
    return rows


def is_cached(model):
    return getattr(model, "cache_all_rows", False)


def cached_models():
    return [model for model in apps.get_models() if is_cached(model)]


@invalidation.on_change
def forget_rows():
    """Forget the rows of every such model (they refill on the next visit). Every model, not only
    the one saved: which one changed is not known here, and the tables are small."""
    caches[CACHE_ALIAS].delete_many([cache_key(model) for model in cached_models()])
