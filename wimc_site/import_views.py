"""Admin views for a spreadsheet import: upload (with the columns explained and a sample file),
preview, apply in the background with a progress page; and export. One set for every app.

An app describes its import with an `ImportAdmin` subclass (permission, labels, how to build its
`SpreadsheetImport`) and registers `admin.get_urls()` in its `register_admin_urls` hook.
"""

import abc
import re
import secrets
import time

from django import forms
from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import View
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from wimc_site import import_tasks
from wimc_site.import_tasks import CSV_NAME, ZIP_NAME, discard, read_upload, token_path, upload_storage
from wimc_site.importing import MAX_FILE_SIZE, MAX_ROWS, ImageZip, ImportFileError
from wimc_site.models import ImportJob

MAX_ZIP_SIZE = 200 * 1024 * 1024
STALE_AFTER = 24 * 3600
REFRESH_SECONDS = 2  # how often the progress page reloads itself while the import runs


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
    sample_filename = "sample.csv"
    success_message = _("Imported: %(summary)s.")
    done_label = _("See the result")  # the link to get_done_url() once an import has finished

    @abc.abstractmethod
    def get_index(self):
        """The index page the import adds to (ImportFileError when there is none yet)."""

    def get_importer(self, images=None):
        return self.importer_class(self.get_index(), images=images)

    def get_done_url(self):
        """Where the organizer sees what was imported: the index page in the page explorer."""
        return reverse("wagtailadmin_explore", args=(self.get_index().pk,))

    def url(self, name, *args):
        return reverse(f"{self.url_prefix}_{name}", args=args)

    def get_urls(self):
        base, name = self.url_path, self.url_prefix
        return [
            path(f"{base}/import/", ImportView.as_view(admin=self), name=f"{name}_import"),
            path(f"{base}/import/sample/", SampleView.as_view(admin=self), name=f"{name}_import_sample"),
            path(
                f"{base}/import/<str:token>/", PreviewView.as_view(admin=self), name=f"{name}_import_preview"
            ),
            path(f"{base}/import/jobs/<int:pk>/", JobView.as_view(admin=self), name=f"{name}_import_job"),
            path(f"{base}/export/", ExportView.as_view(admin=self), name=f"{name}_export"),
        ]


class ImportForm(forms.Form):
    csv_file = forms.FileField(label=_("CSV file"))
    images = forms.FileField(required=False)

    def __init__(self, *args, admin, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["csv_file"].help_text = _(
            "UTF-8 (in a spreadsheet, save as \"CSV UTF-8\"), at most 5 MB and %(rows)s rows; the first "
            "row names the columns, as in the table below."
        ) % {"rows": f"{MAX_ROWS:,}"}
        self.fields["images"].label = admin.images_label
        self.fields["images"].help_text = _(
            "Matched by the file names in the CSV; they may also come later. At most 200 MB; each image a "
            "JPEG, PNG, GIF or WebP of at most %(size)s MB and %(megapixels)s megapixels."
        ) % {"size": settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE // (1024 * 1024),
             "megapixels": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000}

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


def _session_key(admin):
    return f"{admin.url_prefix}_imports"


def _save_upload(request, form, admin):
    token = secrets.token_urlsafe(24)
    upload_storage.save(token_path(token, CSV_NAME), form.cleaned_data["csv_file"])
    if form.cleaned_data.get("images"):
        upload_storage.save(token_path(token, ZIP_NAME), form.cleaned_data["images"])
    key = _session_key(admin)
    tokens = [t for t in request.session.get(key, []) if upload_storage.exists(token_path(t, CSV_NAME))][-4:]
    request.session[key] = [*tokens, token]
    return token


def _check_token(request, token, admin):
    """404 unless this user uploaded `token` (in this session)."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{20,64}", token) or token not in request.session.get(
        _session_key(admin), []
    ):
        raise Http404


def _read_upload(request, token, admin):
    """The CSV and zip bytes saved under `token`, if this user uploaded them."""
    _check_token(request, token, admin)
    files = read_upload(token)
    if files is None:
        raise Http404
    return files


def _discard_stale():
    try:
        folders, _files = upload_storage.listdir("")
    except FileNotFoundError:
        return
    for folder in folders:
        path_ = token_path(folder, CSV_NAME)
        if upload_storage.exists(path_) and time.time() - upload_storage.get_modified_time(
            path_
        ).timestamp() > STALE_AFTER:
            discard(folder)


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

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            columns=self.admin.importer_class.describe_columns(),
            sample_url=self.admin.url("import_sample"),
            **kwargs,
        )

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
            importer, plan = self._plan(request, token)
        except ImportFileError as error:
            discard(token)
            self.template_name = ImportView.template_name
            context = self.get_context_data(
                form=ImportForm(admin=self.admin), file_error=str(error),
                columns=self.admin.importer_class.describe_columns(),
                sample_url=self.admin.url("import_sample"))
            return self.render_to_response(context, status=400)
        return self.render_to_response(self.get_context_data(plan=plan, token=token, importer=importer))

    def post(self, request, token):
        # The job plans the saved upload again: what is applied is what the server checked.
        _check_token(request, token, self.admin)
        job = ImportJob.objects.filter(token=token, user=request.user).first()
        if job is None or job.status == ImportJob.FAILED:
            if read_upload(token) is None:
                raise Http404
            job = import_tasks.enqueue(self.admin, token, request.user)
        return redirect(self.admin.url("import_job", job.pk))


class JobView(ImportAdminView):
    """An import's progress, reloading itself every few seconds until it has finished."""

    page_title = _("Import progress")
    template_name = "wimc_site/admin/import_job.html"

    def get(self, request, pk):
        job = get_object_or_404(ImportJob, pk=pk, user=request.user)
        done = import_tasks.read_progress(job)
        context = self.get_context_data(
            job=job,
            done=done,
            percent=done * 100 // job.total if job.total else 0,
            success=self.admin.success_message % {"summary": job.summary},
            done_url=self.admin.get_done_url() if job.status == ImportJob.DONE else "",
            refresh_seconds=REFRESH_SECONDS,
        )
        response = self.render_to_response(context)
        if not job.finished:
            # A Refresh header rather than a script: the page works under any Content-Security-Policy.
            response["Refresh"] = str(REFRESH_SECONDS)
        return response


class SampleView(View):
    """A small CSV in the import's columns that imports cleanly, to start from."""

    admin = None

    def get(self, request):
        if not request.user.has_perm(self.admin.permission):
            return permission_denied(request)
        try:
            text = self.admin.get_importer().sample_csv()
        except ImportFileError as error:
            messages.error(request, str(error))
            return redirect(self.admin.url("import"))
        response = HttpResponse(text, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.admin.sample_filename}"'
        return response


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
