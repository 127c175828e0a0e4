"""Applying a previewed import in the background, and the uploads it reads.

The preview's Apply button records an `ImportJob` and enqueues `run_import`: django-tasks runs it
at once in the request with the ImmediateBackend (tests, `make run`), or in `manage.py db_worker`
with the database backend (production, see the README). The job plans the saved upload again, so
what is applied is what the server checked, and applies it in one transaction.

Uploads wait between preview and apply in a folder outside MEDIA_ROOT (never served), which the
web server and the worker share. While the transaction runs, its progress is invisible to other
database connections, so the worker also writes it to a small file beside the upload.
"""

import logging
import os
import tempfile

from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django_tasks import task

from wimc_site.importing import ImageZip, ImportFileError
from wimc_site.models import ImportJob

logger = logging.getLogger(__name__)

CSV_NAME, ZIP_NAME, PROGRESS_NAME = "upload.csv", "images.zip", "progress"
PROGRESS_EVERY = 10  # rows between progress writes

upload_storage = FileSystemStorage(location=os.path.join(tempfile.gettempdir(), "wimc-imports"))


def token_path(token, name):
    return f"{token}/{name}"


def read_upload(token):
    """The CSV and zip bytes saved under `token` (None for a missing zip); None when the CSV is gone."""
    if not upload_storage.exists(token_path(token, CSV_NAME)):
        return None
    with upload_storage.open(token_path(token, CSV_NAME)) as handle:
        data = handle.read()
    zip_data = None
    if upload_storage.exists(token_path(token, ZIP_NAME)):
        with upload_storage.open(token_path(token, ZIP_NAME)) as handle:
            zip_data = handle.read()
    return data, zip_data


def discard(token):
    for name in (CSV_NAME, ZIP_NAME, PROGRESS_NAME):
        if upload_storage.exists(token_path(token, name)):
            upload_storage.delete(token_path(token, name))


def write_progress(token, done):
    path = token_path(token, PROGRESS_NAME)
    if upload_storage.exists(path):
        upload_storage.delete(path)
    upload_storage.save(path, ContentFile(str(done).encode()))


def read_progress(job):
    """Rows saved so far: from the job once it has finished, from the worker's file while it runs."""
    if job.status != ImportJob.RUNNING:
        return job.done
    try:
        with upload_storage.open(token_path(job.token, PROGRESS_NAME)) as handle:
            return min(int(handle.read() or 0), job.total)
    except (OSError, ValueError):
        return 0


def enqueue(admin, token, user):
    """The job applying the upload `token` for `user`, queued once (again only after a failure)."""
    admin_class = f"{type(admin).__module__}.{type(admin).__qualname__}"
    with transaction.atomic():
        job = ImportJob.objects.select_for_update().filter(token=token).first()
        if job is not None and job.status != ImportJob.FAILED:
            return job
        if job is None:
            job = ImportJob.objects.create(admin_class=admin_class, token=token, user=user)
        else:
            job.status, job.error, job.done, job.total = ImportJob.QUEUED, "", 0, 0
            job.save()
    # Once the job is saved, so that a worker polling the queue finds it.
    run_import.enqueue(job.pk)
    job.refresh_from_db()
    return job


@task(backend="imports")
def run_import(job_id):
    """Plan the job's upload again and apply it, all or nothing; record the outcome on the job."""
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportJob.QUEUED).update(
        status=ImportJob.RUNNING, started_at=timezone.now()
    )
    if not claimed:  # already run, or running in another worker
        return
    job = ImportJob.objects.get(pk=job_id)
    try:
        files = read_upload(job.token)
        if files is None:
            raise ImportFileError(_("The uploaded file is no longer there; upload it again."))
        admin = import_string(job.admin_class)()
        importer = admin.get_importer(images=ImageZip.open(files[1]))
        plan = importer.plan(files[0])
        job.total = plan.created + plan.updated
        job.save(update_fields=["total"])

        def progress(done, total):
            if done % PROGRESS_EVERY == 0 or done == total:
                write_progress(job.token, done)

        importer.apply(plan, user=job.user, progress=progress)
    except ImportFileError as error:
        job.status, job.error = ImportJob.FAILED, str(error)
    except Exception:
        logger.exception("Import job %s failed", job_id)
        job.status = ImportJob.FAILED
        job.error = _("The import failed on the server; nothing was imported. The error has been logged "
                      "for the site's administrators.")
    else:
        job.status, job.done, job.summary = ImportJob.DONE, job.total, plan.done_summary()
        discard(job.token)
    job.finished_at = timezone.now()
    job.save()
