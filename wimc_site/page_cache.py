"""The full-page cache for anonymous visitors, on Django's cache framework.

Django's own cache middleware pair keys pages by URL, language and `Vary` headers; this is that
pair with the decisions a CMS needs:

- Only anonymous GET/HEAD requests are served from or stored in the cache. A request carrying the
  session cookie (an editor, who may see the user bar or drafts) or the messages cookie skips it,
  and so do previews, the admin and documents (whose permission checks run per request).
- A response is stored only if it is a 200 that sets no cookie, used no CSRF token (a form's token
  is per visitor) and is not marked private; everything else is sent `private, no-cache`.
- Stored pages are sent `public, max-age=0, s-maxage=N`: browsers revalidate each time (a 304
  through the ETag, which `ConditionalGetMiddleware` adds), while the app cache and a proxy or CDN
  keep the page for N seconds at most, fewer when the page shows something that changes by the
  clock (see `wimc_site.freshness`). Publishing clears them at once (`wimc_site.invalidation`).

The cache is the "pages" alias: Redis in production, which fails open (see `wimc_site.cache`), local
memory in development.
"""

import time

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import (
    get_cache_key,
    learn_cache_key,
    patch_cache_control,
    patch_vary_headers,
)
from django.utils.http import http_date, parse_http_date_safe

from wimc_site import freshness

STATUS_HEADER = "X-Page-Cache"
SKIPPED_PREFIXES = ("/admin/", "/documents/")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @property
    def cache(self):
        return caches[settings.CACHE_MIDDLEWARE_ALIAS]

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not self.is_cacheable_request(request):
            response = self.get_response(request)
            return self.private(response)
        if seconds:
            cached = self.fetch(request)
            if cached is not None:
                return cached
        with freshness.collect() as found:
            response = self.get_response(request)
        if not self.is_public_response(request, response):
            return self.private(response)
        seconds = freshness.seconds_left(found, seconds)
        patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
        response["Last-Modified"] = http_date()
        if seconds and response.status_code == 200 and settings.PAGE_CACHE_SECONDS:
            # Checked again on the way out of the cache, by this server's clock: Redis counts
            # the timeout by its own, and a page must not outlive what it shows.
            response["Expires"] = http_date(time.time() + seconds)
            response[STATUS_HEADER] = "miss"
            prefix = settings.CACHE_MIDDLEWARE_KEY_PREFIX
            key = learn_cache_key(request, response, seconds, prefix, self.cache)
            self.cache.set(key, response, seconds)
        return response

    def is_cacheable_request(self, request):
        return (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "messages" not in request.COOKIES
            and "Authorization" not in request.headers
            and not request.path_info.startswith(SKIPPED_PREFIXES)
            # Wagtail's previews and moderation views render through a stand-in request.
            and not getattr(request, "is_dummy", False)
            and not getattr(request, "is_preview", False)
        )

    def is_public_response(self, request, response):
        cache_control = response.get("Cache-Control", "").lower()
        return (
            response.status_code in (200, 301, 404, 410)
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        )

    def fetch(self, request):
        key = get_cache_key(request, settings.CACHE_MIDDLEWARE_KEY_PREFIX, "GET", self.cache)
        response = self.cache.get(key) if key else None
        if response is None:
            return None
        expires = parse_http_date_safe(response.get("Expires", ""))
        if expires is not None and expires <= time.time():
            return None
        response[STATUS_HEADER] = "hit"
        stored_at = response.get("Last-Modified")
        if stored_at:
            # The age lets a proxy count the page's s-maxage from when it was rendered.
            rendered = parse_http_date_safe(stored_at)
            if rendered:
                response["Age"] = str(max(0, int(time.time()) - rendered))
        return response

    def private(self, response):
        if "Cache-Control" not in response or "public" in response["Cache-Control"]:
            if "Cache-Control" in response:
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
        response.setdefault(STATUS_HEADER, "skip")
        return response
