"""What the current request shows everywhere: its site settings and the current edition, looked up
once per request (the header, footer, home page and section pages all ask)."""

from wimc_site.localization import localize_all
from wimc_site.models import SiteSettings


def site_settings(request):
    if not hasattr(request, "_wimc_settings"):
        request._wimc_settings = SiteSettings.for_request(request)
    return request._wimc_settings


def current_edition(request):
    """The edition chosen in the site settings, in the visitor's language where translated."""
    if request is None:
        return None
    if not hasattr(request, "_wimc_edition"):
        edition = site_settings(request).current_edition
        request._wimc_edition = localize_all([edition])[0] if edition else None
    return request._wimc_edition
