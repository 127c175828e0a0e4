"""Admin views for guests: the shared import views (upload, preview, apply, export) and a way in."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _

from speakers.importing import GuestImport, get_default_index
from wimc_site.import_views import ImportAdmin
from wimc_site.importing import ImportFileError

IMPORT_PERMISSION = "speakers.import_guests"


class GuestImportAdmin(ImportAdmin):
    importer_class = GuestImport
    url_prefix = "speakers"
    url_path = "guests"
    permission = IMPORT_PERMISSION
    icon = "user"
    title = _("Import guests")
    noun = _("guests")
    key_label = _("Guest key")
    images_label = _("Photos (zip, optional)")
    export_filename = "guests.csv"
    sample_filename = "guests-sample.csv"
    done_label = _("See the guest list")

    def get_index(self):
        return get_default_index()


guest_import_admin = GuestImportAdmin()


def guests_explorer(request):
    """The admin's page explorer at the guest list, where organizers add and reorder guests."""
    try:
        index = get_default_index()
    except ImportFileError as error:
        messages.error(request, str(error))
        return redirect("wagtailadmin_explore_root")
    return redirect("wagtailadmin_explore", index.pk)
