from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from wimc_site import views
from wimc_site.sitemaps import TranslatedSitemap

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}, name="sitemap"),
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
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "wimc_site.views.page_not_found"
