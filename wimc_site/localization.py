"""The one language-fallback rule: show what exists in the visitor's language, else the default's.

Translatable objects (editions, organizers, categories, pages) share a `translation_key` across
languages. Every place that picks "the version for this language" goes through these functions,
and every place that shows a name in the other script (`other_name`) or orders names for readers
of a language (`sort_name`).
"""

import unicodedata

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from wimc_site.kept import kept
from wimc_site.request_memo import in_request
from wimc_site.segments import HAN_RUN
from wimc_site.taxonomy import is_cached, translated_rows


def locales_by_code():
    """{language code: Locale} of the site's languages: no query while they are kept."""
    return kept(("locales",), lambda: {locale.language_code: locale for locale in Locale.objects.all()})


_original_get_for_language = LocaleManager.get_for_language


def _get_for_language(manager, language_code):
    if not in_request():
        return _original_get_for_language(manager, language_code)
    locale = locales_by_code().get(get_supported_content_language_variant(language_code))
    if locale is None:  # not a site language: Wagtail's own lookup raises as it always did
        return _original_get_for_language(manager, language_code)
    return locale


def remember_locales():
    """Answer `Locale.get_active()` / `get_default()` (Wagtail's and ours) from what is kept, in a
    visitor's request: a page asks for the active locale a dozen times (routing, the menu, the
    footer, every language fallback), each a query. Wagtail has no hook for this;
    `LocaleManager.get_for_language` is where both end up."""
    LocaleManager.get_for_language = _get_for_language


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


def localize_all(objects, locale=None, fields=None):
    """Return `objects` in `locale` (the active one by default) where a translation exists, else unchanged.

    `obj.localized` costs a query per object; a menu or footer would then cost more with
    every item, so all translations are fetched at once; those of categories and editions are
    already in memory (`wimc_site.taxonomy`). `fields` limits the translations read to those
    columns (`translation_key` among them), for listings that show a few.
    """
    objects = list(objects)
    if not objects:
        return objects
    # A Locale or its id: callers pass `page.locale_id`, since `page.locale` would be a query.
    locale_id = getattr(locale, "pk", locale) or Locale.get_active().pk
    if all(obj.locale_id == locale_id for obj in objects):
        return objects
    model = type(objects[0])
    if is_cached(model):
        return translated_rows(model).localize(objects, locale_id)
    translations = model._default_manager.filter(
        translation_key__in=[obj.translation_key for obj in objects], locale_id=locale_id
    )
    if fields:
        translations = translations.only(*fields)
    if hasattr(translations, "live"):
        translations = translations.live()
    by_key = {t.translation_key: t for t in translations}
    return [by_key.get(obj.translation_key, obj) for obj in objects]


def language_versions(page):
    """Where a reader of `page` goes in each site language: {language code: (page, exact)}.

    `exact` is True where the page itself exists (live and public) in that language; otherwise the
    reader is taken to its nearest ancestor that does (the section, or at worst the home page), since
    an untranslated page has no address in that language. Languages with neither are left out. The
    page's own language maps to the page. One query, whatever the depth (the ancestors' paths are
    read off the page's own path), kept until the next change: every page asks for its switcher and
    head alternates, and the answer changes only when an editor publishes, unpublishes or moves a
    page, which forgets it (`wimc_site.kept`).
    """
    versions = dict(kept(("language-versions", page.pk), lambda: _other_language_versions(page)))
    versions[language_code(page)] = (page, True)
    return versions


def _other_language_versions(page):
    """{language code: (page, exact)} for the languages other than `page`'s own (see above)."""
    from django.conf import settings
    from django.db.models import OuterRef, Subquery
    from wagtail.models import Page

    from wimc_site.publishing import published_pages

    steps = len(page.path) // page.depth
    paths = [page.path[: steps * depth] for depth in range(2, page.depth + 1)]
    ancestors = Page.objects.filter(path__in=paths)
    source_depth = ancestors.filter(translation_key=OuterRef("translation_key")).values("depth")[:1]
    candidates = (
        published_pages()
        .filter(translation_key__in=ancestors.values("translation_key"), alias_of__isnull=True)
        .annotate(source_depth=Subquery(source_depth))
        .exclude(locale_id=page.locale_id)
    )
    codes = locale_codes()
    languages = {code for code, _name in settings.LANGUAGES}
    best = {}
    for candidate in candidates:
        code = codes.get(candidate.locale_id)
        depth = candidate.source_depth
        if code in languages and (code not in best or depth > best[code][0]):
            best[code] = (depth, candidate)
    return {code: (candidate, depth == page.depth) for code, (depth, candidate) in best.items()}


def locale_codes():
    """{locale id: language code}, for marking text that fell back to another language."""
    return {locale.pk: code for code, locale in locales_by_code().items()}


def language_code(obj):
    """The language code of a translatable object (a page), without a query for its locale."""
    return locale_codes()[obj.locale_id]


def default_language_titles(model, pages):
    """{translation_key: title} of the default language's versions of `pages` (of `model`): one
    query for the pages in other languages, none when every page is in the default language (it
    is its own default version)."""
    titles, translated = {}, []
    for page in pages:
        if language_code(page) == settings.LANGUAGE_CODE:
            titles[page.translation_key] = page.title
        else:
            translated.append(page.translation_key)
    if translated:
        titles |= dict(
            model.objects.filter(
                translation_key__in=translated, locale__language_code=settings.LANGUAGE_CODE
            ).values_list("translation_key", "title")
        )
    return titles


def other_name(page, default_title):
    """(name, language) shown beside the title of a page with a `chinese_name` (a guest, an
    exhibitor): the default language's title on a translated page ("彼得·穆勒 Peter Müller"),
    else the Chinese name; None when it would repeat the title."""
    if language_code(page) != settings.LANGUAGE_CODE:
        if default_title and default_title != page.title:
            return default_title, settings.LANGUAGE_CODE
    elif page.chinese_name and page.chinese_name != page.title:
        return page.chinese_name, "zh-Hans"
    return None


SORT_NAME_LENGTH = 255


def sort_name(name):
    """A key for the database to order names by as their readers expect: names in Chinese
    characters by pinyin and tone, as Chinese directories list companies (code-point order is
    roughly by radical, which no reader can follow), other text regardless of case and accents
    (Çelik with the Cs)."""
    if HAN_RUN.search(name):
        # pypinyin's phrase tables (which read 重庆 as chong2 qing4) take ~57 MB and 0.3 s the
        # first time: only a Chinese name, saved by an editor or an import, ever loads them.
        from pypinyin import Style, lazy_pinyin

        name = " ".join(lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True))
    letters = unicodedata.normalize("NFKD", name)
    return "".join(char for char in letters if not unicodedata.combining(char)).casefold()[:SORT_NAME_LENGTH]


def language_of(obj, request=None):
    """The language code of a translatable object when it differs from the visitor's (it is shown
    because it has no translation yet), else ""."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None or locale_id == Locale.get_active().pk:
        return ""
    return locale_codes().get(locale_id, "")
