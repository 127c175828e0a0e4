"""Spreadsheet imports applied in the background, with the progress the organizer watches."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportJob(models.Model):
    """One apply of an uploaded, previewed spreadsheet: queued by the preview's Apply button, run
    by a task (`wimc_site.import_tasks.run_import`), all rows or none."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    STATUSES = [(QUEUED, _("Waiting")), (RUNNING, _("Running")), (DONE, _("Done")), (FAILED, _("Failed"))]

    admin_class = models.CharField(max_length=200, help_text=_("Dotted path of the ImportAdmin class."))
    token = models.CharField(max_length=64, unique=True, help_text=_("The saved upload's token."))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=STATUSES, default=QUEUED)
    total = models.PositiveIntegerField(default=0, help_text=_("Rows to create or update."))
    done = models.PositiveIntegerField(default=0)
    summary = models.CharField(max_length=255, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.admin_class} {self.token[:8]} ({self.status})"

    @property
    def finished(self):
        return self.status in (self.DONE, self.FAILED)
