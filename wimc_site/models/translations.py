from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class OutdatedTranslation(models.Model):
    """A translation whose default-language version changed after the translation was last
    published (pages) or saved (snippets). Made when the source changes, deleted when the
    translation is published or saved again, or marked up to date by its editor."""

    # Pages are stored under the base Page type (as Wagtail stores their revisions), snippets
    # under their own model.
    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("content type")
    )
    object_id = models.CharField(max_length=255, verbose_name=_("object id"))
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+", verbose_name=_("locale")
    )
    translation_key = models.UUIDField(
        verbose_name=_("translation key"), help_text=_("Shared with the source and its other translations.")
    )
    source_changed_at = models.DateTimeField(verbose_name=_("source changed at"))
    source_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("source changed by"),
    )

    class Meta:
        verbose_name = _("outdated translation")
        ordering = ["-source_changed_at"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_outdated_mark_per_object")
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.locale})"
