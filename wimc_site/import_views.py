"""Admin views for a spreadsheet import: upload, preview, apply; and export. One set for every app.

An app describes its import with an `ImportAdmin` subclass (permission, labels, how to build its
`SpreadsheetImport`) and registers `admin.get_urls()` in its `register_admin_urls` hook.
"""

import abc
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
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wimc_site.importing import MAX_FILE_SIZE, ImageZip, ImportFileError

MAX_ZIP_SIZE = 200 * 1024 * 1024
STALE_AFTER = 24 * 3600
CSV_NAME, ZIP_NAME = "upload.csv", "images.zip"

# Uploads wait here between the preview and the apply step: outside MEDIA_ROOT, so never
# served, and read back on the server rather than trusted from the browser.
upload_storage = FileSystemStorage(location=os.path.join(tempfile.gettempdir(), "wimc-imports"))


class ImportAdmin(abc.ABC):
    """One kind of import in the admin. Subclasses set the labels, `importer_class` and `get_index`."""

    importer_class = None  # a wimc_site.importing.PageImport subclass
    url_prefix = ""  # url names are <prefix>_import, <prefix>_import_preview, <prefix>_export
    url_path = ""  # under /admin/
    permission = ""
    icon = "upload"
    title = ""  # "Import guests"
    noun = ""  # "guests", in "Upload a CSV file of guests"
    key_label = _("Key")
    detail_label = _("Category")
    detail_column = "category"
    images_label = _("Images (zip, optional)")
    export_filename = "export.csv"
    success_message = _("Imported: %(summary)s.")

    @abc.abstractmethod
    def get_index(self):
        """The index page the import adds to (ImportFileError when there is none yet)."""

    def get_importer(self, images=None):
        return self.importer_class(self.get_index(), images=images)

    def url(self, name, *args):
        return reverse(f"{self.url_prefix}_{name}", args=args)

    def get_urls(self):
        base, name = self.url_path, self.url_prefix
        return [
            path(f"{base}/import/", ImportView.as_view(admin=self), name=f"{name}_import"),
            path(
                f"{base}/import/<str:token>/", PreviewView.as_view(admin=self), name=f"{name}_import_preview"
            ),
            path(f"{base}/export/", ExportView.as_view(admin=self), name=f"{name}_export"),
        ]


class ImportForm(forms.Form):
    csv_file = forms.FileField(label=_("CSV file"))
    images = forms.FileField(required=False)

    def __init__(self, *args, admin, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["csv_file"].help_text = _("UTF-8, first row naming the columns: %(columns)s.") % {
            "columns": ", ".join(admin.importer_class.columns)
        }
        self.fields["images"].label = admin.images_label
        self.fields["images"].help_text = _("Matched by the file names in the CSV; they may also come later.")

    def clean_csv_file(self):
        upload = self.cleaned_data["csv_file"]
        if upload.size > MAX_FILE_SIZE:
            raise forms.ValidationError(_("The file is larger than 5 MB; split it into several files."))
        return upload

    def clean_images(self):
        upload = self.cleaned_data.get("images")
        if upload and upload.size > MAX_ZIP_SIZE:
            raise forms.ValidationError(_("The zip is larger than 200 MB; send the images in several zips."))
        return upload


def _token_path(token, name):
    return f"{token}/{name}"


def _session_key(admin):
    return f"{admin.url_prefix}_imports"


def _save_upload(request, form, admin):
    token = secrets.token_urlsafe(24)
    upload_storage.save(_token_path(token, CSV_NAME), form.cleaned_data["csv_file"])
    if form.cleaned_data.get("images"):
        upload_storage.save(_token_path(token, ZIP_NAME), form.cleaned_data["images"])
    key = _session_key(admin)
    tokens = [t for t in request.session.get(key, []) if upload_storage.exists(_token_path(t, CSV_NAME))][-4:]
    request.session[key] = [*tokens, token]
    return token


def _read_upload(request, token, admin):
    """The CSV and zip bytes saved under `token`, if this user uploaded them."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{20,64}", token) or token not in request.session.get(
        _session_key(admin), []
    ):
        raise Http404
    csv_path, zip_path = _token_path(token, CSV_NAME), _token_path(token, ZIP_NAME)
    if not upload_storage.exists(csv_path):
        raise Http404
    with upload_storage.open(csv_path) as handle:
        data = handle.read()
    zip_data = None
    if upload_storage.exists(zip_path):
        with upload_storage.open(zip_path) as handle:
            zip_data = handle.read()
    return data, zip_data


def _discard(token):
    for name in (CSV_NAME, ZIP_NAME):
        if upload_storage.exists(_token_path(token, name)):
            upload_storage.delete(_token_path(token, name))


def _discard_stale():
    try:
        folders, _files = upload_storage.listdir("")
    except FileNotFoundError:
        return
    for folder in folders:
        path_ = _token_path(folder, CSV_NAME)
        if upload_storage.exists(path_) and time.time() - upload_storage.get_modified_time(
            path_
        ).timestamp() > STALE_AFTER:
            _discard(folder)


class ImportAdminView(WagtailAdminTemplateMixin, View):
    admin = None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.admin.permission):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @property
    def header_icon(self):
        return self.admin.icon

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            admin=self.admin,
            import_url=self.admin.url("import"),
            export_url=self.admin.url("export"),
            **kwargs,
        )

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": self.admin.url("import"), "label": self.admin.title},
                {"url": "", "label": self.get_page_title()}]


class ImportView(ImportAdminView):
    template_name = "wimc_site/admin/import.html"

    def get_page_title(self):
        return self.admin.title

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.admin.title}]

    def get(self, request):
        return self.render_to_response(self.get_context_data(form=ImportForm(admin=self.admin)))

    def post(self, request):
        form = ImportForm(request.POST, request.FILES, admin=self.admin)
        if form.is_valid():
            _discard_stale()
            token = _save_upload(request, form, self.admin)
            return redirect(self.admin.url("import_preview", token))
        messages.error(request, _("The file could not be uploaded; see below."))
        return self.render_to_response(self.get_context_data(form=form))


class PreviewView(ImportAdminView):
    page_title = _("Check the import")
    template_name = "wimc_site/admin/import_preview.html"

    def _plan(self, request, token):
        data, zip_data = _read_upload(request, token, self.admin)
        importer = self.admin.get_importer(images=ImageZip.open(zip_data))
        return importer, importer.plan(data)

    def get(self, request, token):
        try:
            _importer, plan = self._plan(request, token)
        except ImportFileError as error:
            _discard(token)
            self.template_name = ImportView.template_name
            context = self.get_context_data(form=ImportForm(admin=self.admin), file_error=str(error))
            return self.render_to_response(context, status=400)
        return self.render_to_response(self.get_context_data(plan=plan, token=token))

    def post(self, request, token):
        # Planned again from the saved upload: what is applied is what the server checked.
        try:
            importer, plan = self._plan(request, token)
            importer.apply(plan, user=request.user)
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect(self.admin.url("import_preview", token))
        _discard(token)
        messages.success(request, self.admin.success_message % {"summary": plan.summary()})
        return redirect("wagtailadmin_explore", self.admin.get_index().pk)


class ExportView(View):
    admin = None

    def get(self, request):
        if not request.user.has_perm(self.admin.permission):
            return permission_denied(request)
        try:
            text = self.admin.get_importer().export_csv()
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect(self.admin.url("import"))
        response = HttpResponse(text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.admin.export_filename}"'
        return response
