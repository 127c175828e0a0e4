"""Finding the site and the page a visitor asked for, without asking the database what it already
told us.

Wagtail looks the site up (one query) and then fetches the site's root page in the visitor's
language and as its specific type (one query each) before it even starts on the path. Sites and
their root pages change almost never, so both are kept in the "default" cache with the locales
(wimc_site.kept), forgotten when a site or locale is saved and on every publish, move or delete.
Routing then starts from the cached root: the root's own row is fetched only when it is the page
served.
"""

from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from wimc_site.kept import kept

# Wagtail's ranking of the sites that may answer a request (wagtail.models.sites.get_site_for_hostname).
HOSTNAME_AND_PORT, HOSTNAME_AND_DEFAULT, DEFAULT, HOSTNAME = range(4)


def all_sites():
    return kept(("sites",), lambda: list(Site.objects.select_related("root_page").order_by("pk")))


def site_for(hostname, port):
    """The site Wagtail would pick for `hostname` and `port`, or None; the same rule, in memory."""

    def rank(site):
        if site.hostname == hostname and site.port == port:
            return HOSTNAME_AND_PORT
        if site.hostname == hostname and site.is_default_site:
            return HOSTNAME_AND_DEFAULT
        return DEFAULT if site.is_default_site else HOSTNAME

    sites = sorted((s for s in all_sites() if s.hostname == hostname or s.is_default_site), key=rank)
    if not sites:
        return None
    if len(sites) == 1 or rank(sites[0]) in (HOSTNAME_AND_PORT, HOSTNAME_AND_DEFAULT):
        return sites[0]
    if rank(sites[0]) == DEFAULT:
        # The default, unless exactly one site has the hostname (on another port).
        return sites[len(sites) == 2]
    return None  # several sites for this hostname on other ports and no default: Wagtail finds none


def find_site(request):
    """Site.find_for_request, answered from the cache; remembered on the request as Wagtail does."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        try:
            port = int(request.get_port())
        except (TypeError, ValueError):
            port = None
        request._wagtail_site = site_for(hostname, port)
    return request._wagtail_site


def live_roots():
    """{(translation key, locale id): page} of every site root in every language it is live in."""

    def compute():
        keys = {site.root_page.translation_key for site in all_sites()}
        return {(page.translation_key, page.locale_id): page for page in Page.objects.live().filter(
            translation_key__in=keys)}

    return kept(("roots",), compute)


def localized_root(site):
    """The site's root page in the active language (Wagtail's `root_page.localized`), as a plain Page."""
    root = site.root_page
    return live_roots().get((root.translation_key, Locale.get_active().pk), root)


def route_for_request(request, path):
    """Wagtail's Page.route_for_request, from the cached root; kept on the request where Wagtail
    keeps it, so Wagtail's own serve view (and anything else that asks) uses this answer."""
    from wimc_site.models.pages import BasePage

    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    result = None
    site = find_site(request)
    if site is not None:
        root = localized_root(site)
        components = [component for component in path.split("/") if component]
        model = root.specific_class
        try:
            if model is None or not issubclass(model, BasePage) or model.route is not BasePage.route:
                result = root.specific.route(request, components)
            elif components:
                result = BasePage.route(root, request, components)
            else:
                result = BasePage.served(root).route(request, components)
        except Http404:
            result = None
    request._wagtail_route_for_request = result
    return result


def serve(request, path):
    """Wagtail's serve view (hooks, view restrictions, page.serve), routed as above."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)


class CachedSiteMiddleware:
    """Answers Site.find_for_request from the cache for everything that asks during the request
    (routing, search, the 404 page, the chrome)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        find_site(request)
        return self.get_response(request)
