"""What the current request shows everywhere: the current edition and its organizers, from the
chrome (see `wimc_site.chrome`), worked out once per site and language."""

from wimc_site.chrome import get_chrome


def current_edition(request):
    """The edition chosen in the site settings, in the visitor's language where translated."""
    if request is None:
        return None
    return get_chrome(request)["edition"]


def current_organizers(request):
    """Hosts and organizers of the current edition, in their editors' order, in the visitor's language."""
    if request is None:
        return []
    return get_chrome(request)["organizers"]
