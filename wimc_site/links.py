"""Absolute addresses, always from the Wagtail Site's root URL.

The sitemap, feeds, JSON-LD, canonical links and robots.txt all build absolute URLs here, so they
agree with each other whatever host header a request came with.
"""

from wagtail.models import Site


def site_root_url(request=None, site=None):
    """`https://host[:port]` of the site serving `request` (or `site`, or the default site)."""
    if site is None and request is not None:
        site = Site.find_for_request(request)
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site is not None else ""


def absolute_url(url, request=None, site=None):
    """`url` made absolute against the site's root URL; already absolute URLs are returned as they are."""
    if not url or "://" in url:
        return url or ""
    return site_root_url(request, site) + ("" if url.startswith("/") else "/") + url
