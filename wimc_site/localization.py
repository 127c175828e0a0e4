"""The one language-fallback rule: show what exists in the visitor's language, else the default's.

Translatable objects (editions, organizers, categories, pages) share a `translation_key` across
languages. Every place that picks "the version for this language" goes through these functions.
"""

from wagtail.models import Locale


def in_locale_or_default(queryset, locale_id):
    """Rows in `locale_id`; the default language's while that language has none (not yet translated)."""
    rows = queryset.filter(locale_id=locale_id)
    default = Locale.get_default()
    if locale_id != default.pk and not rows.exists():
        rows = queryset.filter(locale_id=default.pk)
    return rows


def one_per_translation(objects, locale_id):
    """One object per translation key, the one in `locale_id` where there is a choice; order kept."""
    chosen = {}
    for obj in objects:
        if obj.translation_key not in chosen or obj.locale_id == locale_id:
            chosen[obj.translation_key] = obj
    return list(chosen.values())


def localize_all(objects, locale=None):
    """Return `objects` in `locale` (the active one by default) where a translation exists, else unchanged.

    `obj.localized` costs a query per object; a menu or footer would then cost more with
    every item, so all translations are fetched at once.
    """
    objects = list(objects)
    if not objects:
        return objects
    locale = locale or Locale.get_active()
    if all(obj.locale_id == locale.pk for obj in objects):
        return objects
    model = type(objects[0])
    translations = model._default_manager.filter(
        translation_key__in=[obj.translation_key for obj in objects], locale=locale
    )
    if hasattr(translations, "live"):
        translations = translations.live()
    by_key = {t.translation_key: t for t in translations}
    return [by_key.get(obj.translation_key, obj) for obj in objects]
