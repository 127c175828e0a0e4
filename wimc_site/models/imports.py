"""Spreadsheet imports applied in the background, with the progress the organizer watches."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """One apply of an uploaded, previewed spreadsheet: queued by the preview's Apply button, run
    by a task (`wimc_site.import_tasks.run_import`), all rows or none."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, _("Waiting")), (RUNNING, _("Running")), (DONE, _("Done")), (FAILED, _("Failed"))]

    admin_class = models.CharField(
        max_length=200, verbose_name=_("admin class"), help_text=_("Dotted path of the ImportAdmin class.")
    )
    token = models.CharField(
        max_length=64, unique=True, verbose_name=_("token"), help_text=_("The saved upload's token.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("user"),
    )
    status = models.CharField(max_length=10, choices=STATUSES, default=QUEUED, verbose_name=_("status"))
    total = models.PositiveIntegerField(
        default=0, verbose_name=_("total"), help_text=_("Rows to create or update.")
    )
    done = models.PositiveIntegerField(default=0, verbose_name=_("done"))
    summary = models.CharField(max_length=255, blank=True, verbose_name=_("summary"))
    error = models.TextField(blank=True, verbose_name=_("error"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    started_at = models.DateTimeField(null=True, blank=True, verbose_name=_("started at"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished at"))

    class Meta:
        verbose_name = _("import")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.admin_class} {self.token[:8]} ({self.status})"

    @property
    def finished(self):
        return self.status in (self.DONE, self.FAILED)
