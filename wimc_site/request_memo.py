"""Answers that stay the same for the whole of one visitor's request, looked up once.

The locales, the paths under a view restriction, the sites and their root pages change almost
never: they are also kept in the "default" cache, forgotten when a Locale, PageViewRestriction or
Site is saved or deleted, and on every publish, move or delete (wimc_site.invalidation).

A page asks for the active Locale a dozen times (Wagtail's routing, the menu, the footer, every
language fallback), and each `Locale.get_active()` is a query. Inside a visitor's request the
locales are read once, all together, and every lookup after that is answered from memory. Outside
a request (commands, tests, the admin, where editors add locales) nothing is remembered.
"""

import contextvars

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, PageViewRestriction, Site
from wagtail.models.i18n import LocaleManager

_memo = contextvars.ContextVar("wimc_request_memo", default=None)
SKIPPED_PREFIXES = ("/admin/",)
CACHE_ALIAS = "default"
SHARED_PREFIX = "wimc-shared:"
SHARED_KEYS = ("locales", "restricted_paths", "sites", "roots")
SHARED_SECONDS = 60 * 60


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def remembered(key, compute):
    """`compute()`, once per request; outside a request, every time."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def shared(key, compute):
    """`compute()` kept in the "default" cache until `forget_shared()` (for what editors almost never
    change: locales, view restrictions), and once per request on top of that."""

    def cached():
        cache = caches[CACHE_ALIAS]
        value = cache.get(SHARED_PREFIX + key)
        if value is None:
            value = compute()
            cache.set(SHARED_PREFIX + key, value, SHARED_SECONDS)
        return value

    return remembered(key, cached)


def forget_shared(**kwargs):
    caches[CACHE_ALIAS].delete_many([SHARED_PREFIX + key for key in SHARED_KEYS])


def locales_by_code():
    """{language code: Locale} of the site's languages: no query while they are cached."""
    return shared("locales", lambda: {locale.language_code: locale for locale in Locale.objects.all()})


_original_get_for_language = LocaleManager.get_for_language


def _get_for_language(manager, language_code):
    if _memo.get() is None:
        return _original_get_for_language(manager, language_code)
    locale = locales_by_code().get(get_supported_content_language_variant(language_code))
    if locale is None:  # not a site language: Wagtail's own lookup raises as it always did
        return _original_get_for_language(manager, language_code)
    return locale


def remember_locales():
    """Answer `Locale.get_active()` / `get_default()` (Wagtail's and ours) from the memo, and forget
    locales and view restrictions when an editor changes them.

    Wagtail has no hook for this; `LocaleManager.get_for_language` is where both end up."""
    LocaleManager.get_for_language = _get_for_language
    from wimc_site import invalidation

    # A moved page moves its restriction's path too.
    invalidation.on_change(forget_shared)
    for model in (Locale, PageViewRestriction, Site):
        post_save.connect(forget_shared, sender=model, dispatch_uid=f"wimc_forget_shared_{model.__name__}")
        post_delete.connect(forget_shared, sender=model, dispatch_uid=f"wimc_forget_shared_{model.__name__}")
