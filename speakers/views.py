"""Admin views for importing guests from CSV (upload, preview, apply) and exporting them."""

import os
import re
import secrets
import tempfile
import time

from django import forms
from django.contrib import messages
from django.core.files.storage import FileSystemStorage
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from speakers.importing import (
    COLUMNS,
    MAX_FILE_SIZE,
    ImportFileError,
    apply_import,
    export_csv,
    get_default_index,
    open_zip,
    plan_import,
)

IMPORT_PERMISSION = "speakers.import_guests"
SESSION_KEY = "speakers_guest_imports"
MAX_ZIP_SIZE = 200 * 1024 * 1024
STALE_AFTER = 24 * 3600

# Uploads wait here between the preview and the apply step: outside MEDIA_ROOT, so never
# served, and read back on the server rather than trusted from the browser.
upload_storage = FileSystemStorage(location=os.path.join(tempfile.gettempdir(), "wimc-guest-imports"))


class GuestImportForm(forms.Form):
    csv_file = forms.FileField(
        label=_("CSV file"),
        help_text=_("UTF-8, first row naming the columns: %(columns)s.") % {"columns": ", ".join(COLUMNS)},
    )
    photos = forms.FileField(
        label=_("Photos (zip, optional)"),
        required=False,
        help_text=_("Matched to guests by the file names in the photo column; photos can also come later."),
    )

    def clean_csv_file(self):
        upload = self.cleaned_data["csv_file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB; split it into several files."))
        return upload

    def clean_photos(self):
        upload = self.cleaned_data.get("photos")
        if upload and upload.size > MAX_ZIP_SIZE:
            raise forms.ValidationError(_("The zip is larger than 200 MB; send the photos in several zips."))
        return upload


class ImportPermissionMixin:
    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(IMPORT_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def _token_path(token, name):
    return f"{token}/{name}"


def _save_upload(request, form):
    token = secrets.token_urlsafe(24)
    upload_storage.save(_token_path(token, "guests.csv"), form.cleaned_data["csv_file"])
    if form.cleaned_data.get("photos"):
        upload_storage.save(_token_path(token, "photos.zip"), form.cleaned_data["photos"])
    tokens = [t for t in request.session.get(SESSION_KEY, []) if upload_storage.exists(t)][-4:]
    request.session[SESSION_KEY] = [*tokens, token]
    return token


def _read_upload(request, token):
    """The CSV and zip bytes saved under `token`, if this user uploaded them."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{20,64}", token) or token not in request.session.get(SESSION_KEY, []):
        raise Http404
    path = _token_path(token, "guests.csv")
    if not upload_storage.exists(path):
        raise Http404
    with upload_storage.open(path) as handle:
        data = handle.read()
    zip_data = None
    if upload_storage.exists(_token_path(token, "photos.zip")):
        with upload_storage.open(_token_path(token, "photos.zip")) as handle:
            zip_data = handle.read()
    return data, zip_data


def _discard(token):
    for name in ("guests.csv", "photos.zip"):
        if upload_storage.exists(_token_path(token, name)):
            upload_storage.delete(_token_path(token, name))


def _discard_stale():
    try:
        folders, _files = upload_storage.listdir("")
    except FileNotFoundError:
        return
    for folder in folders:
        path = _token_path(folder, "guests.csv")
        if not upload_storage.exists(path):
            continue
        if time.time() - upload_storage.get_modified_time(path).timestamp() > STALE_AFTER:
            _discard(folder)


class GuestAdminView(ImportPermissionMixin, WagtailAdminTemplateMixin, View):
    header_icon = "user"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": reverse("speakers_import"), "label": _("Import guests")},
                {"url": "", "label": self.get_page_title()}]


class ImportView(GuestAdminView):
    page_title = _("Import guests")
    template_name = "speakers/admin/import.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=GuestImportForm()))

    def post(self, request):
        form = GuestImportForm(request.POST, request.FILES)
        if form.is_valid():
            _discard_stale()
            token = _save_upload(request, form)
            return redirect("speakers_import_preview", token=token)
        messages.error(request, _("The file could not be uploaded; see below."))
        return self.render_to_response(self.get_context_data(form=form))


class PreviewView(GuestAdminView):
    page_title = _("Check the import")
    template_name = "speakers/admin/preview.html"

    def _plan(self, request, token):
        data, zip_data = _read_upload(request, token)
        photos_zip = open_zip(zip_data)
        return plan_import(data, photos_zip=photos_zip), photos_zip

    def get(self, request, token):
        try:
            plan, _zip = self._plan(request, token)
        except ImportFileError as error:
            _discard(token)
            self.template_name = ImportView.template_name
            return self.render_to_response(
                self.get_context_data(form=GuestImportForm(), file_error=str(error)), status=400
            )
        return self.render_to_response(self.get_context_data(plan=plan, token=token))

    def post(self, request, token):
        # Planned again from the saved upload: what is applied is what the server checked.
        try:
            plan, photos_zip = self._plan(request, token)
            apply_import(plan, photos_zip=photos_zip, user=request.user)
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect("speakers_import_preview", token=token)
        _discard(token)
        messages.success(request, _("Guests imported: %(summary)s.") % {"summary": plan.summary()})
        return redirect("wagtailadmin_explore", get_default_index().pk)


class ExportView(ImportPermissionMixin, View):
    def get(self, request):
        try:
            text = export_csv()
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect("speakers_import")
        response = HttpResponse(text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="guests.csv"'
        return response


def guests_explorer(request):
    """The admin's page explorer at the guest list, where organizers add and reorder guests."""
    try:
        index = get_default_index()
    except ImportFileError as error:
        messages.error(request, str(error))
        return redirect("wagtailadmin_explore_root")
    return redirect("wagtailadmin_explore", index.pk)
