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


def language_versions(page):
    """Where a reader of `page` goes in each site language: {language code: (page, exact)}.

    `exact` is True where the page itself exists (live and public) in that language; otherwise the
    reader is taken to its nearest ancestor that does (the section, or at worst the home page), since
    an untranslated page has no address in that language. Languages with neither are left out. The
    page's own language maps to the page. Two queries, whatever the depth.
    """
    from django.conf import settings
    from wagtail.models import Page

    ancestors = list(page.get_ancestors(inclusive=True).filter(depth__gt=1).only("translation_key", "depth"))
    depth_of = {ancestor.translation_key: ancestor.depth for ancestor in ancestors}
    languages = {code for code, _name in settings.LANGUAGES}
    best = {}
    candidates = (
        Page.objects.filter(translation_key__in=depth_of, alias_of__isnull=True)
        .exclude(locale_id=page.locale_id)
        .live()
        .public()
        .select_related("locale")
    )
    for candidate in candidates:
        code = candidate.locale.language_code
        depth = depth_of[candidate.translation_key]
        if code in languages and (code not in best or depth > best[code][0]):
            best[code] = (depth, candidate)
    versions = {code: (candidate, depth == page.depth) for code, (depth, candidate) in best.items()}
    versions[page.locale.language_code] = (page, True)
    return versions


def locale_codes():
    """{locale id: language code}, for marking text that fell back to another language."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def active_locale(request=None):
    """The visitor's Locale, looked up once per request (many places on a page ask)."""
    if request is None:
        return Locale.get_active()
    if getattr(request, "_wimc_locale", None) is None or request._wimc_locale[0] != _language():
        request._wimc_locale = (_language(), Locale.get_active(), locale_codes())
    return request._wimc_locale[1]


def language_of(obj, request=None):
    """The language code of a translatable object when it differs from the visitor's (it is shown
    because it has no translation yet), else ""."""
    locale = active_locale(request)
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None or locale_id == locale.pk:
        return ""
    codes = request._wimc_locale[2] if request is not None else locale_codes()
    return codes.get(locale_id, "")


def _language():
    from django.utils import translation

    return translation.get_language()
