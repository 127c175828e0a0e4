from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from wimc_site import routing, views
from wimc_site.auth import RateLimitedPasswordResetView
from wimc_site.sitemaps import TranslatedSitemap

SITEMAPS = {"pages": TranslatedSitemap}

urlpatterns = [
    # Wagtail's password-reset form with a rate limit; its other steps stay Wagtail's.
    path("admin/password_reset/", RateLimitedPasswordResetView.as_view()),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A sitemap index listing the pages of each section's sitemap (/sitemap-pages.xml?p=2...).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<slug:section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
    path("favicon.ico", views.favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static as static_urls

    urlpatterns += static_urls(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English lives at unprefixed URLs, Chinese under /zh-hans/.
urlpatterns += i18n_patterns(
    path("search/", views.search, name="search"),
    # Files a routable page serves under its own address (/forums/schedule.xml, .../calendar.ics).
    # Wagtail's own pattern only matches paths ending in a slash, so these reach the same view
    # here; the page routes them like any sub-path (its route ends with the slash Wagtail adds).
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|json|xml))$", routing.serve, name="wagtail_serve_file"),
    # Wagtail's page pattern, served through our routing (see wimc_site/routing.py); Wagtail's own
    # below still gives page addresses (`reverse("wagtail_serve")`) and its password/login views.
    re_path(wagtail_urls.serve_pattern, routing.serve),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A database outage noticed outside the views is a 503 too (see DatabaseUnavailableMiddleware).
handler500 = "wimc_site.middleware.server_error"
handler404 = "wimc_site.views.page_not_found"
