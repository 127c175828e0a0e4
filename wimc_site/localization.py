"""Swap translatable objects for their versions in the visitor's language, in one query per list."""

from wagtail.models import Locale


def localize_all(objects):
    """Return `objects` in the active locale where a translation exists, else unchanged.

    `obj.localized` costs a query per object; a menu or footer would then cost more with
    every item, so all translations are fetched at once.
    """
    objects = list(objects)
    if not objects:
        return objects
    active = Locale.get_active()
    if all(obj.locale_id == active.id for obj in objects):
        return objects
    model = type(objects[0])
    translations = model._default_manager.filter(
        translation_key__in=[obj.translation_key for obj in objects], locale=active
    )
    if hasattr(translations, "live"):
        translations = translations.live()
    by_key = {t.translation_key: t for t in translations}
    return [by_key.get(obj.translation_key, obj) for obj in objects]
