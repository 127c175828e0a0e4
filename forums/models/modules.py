"""What kind of event a forum is, and the modules sub-forums are grouped in."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel

from wimc_site.categories import TranslatableCategory


class ForumKind(models.TextChoices):
    LAUNCH_CEREMONY = "launch-ceremony", _("Launch ceremony")
    MAIN_FORUM = "main-forum", _("Main forum")
    SUB_FORUM = "sub-forum", _("Sub-forum")
    CLOSING_CEREMONY = "closing-ceremony", _("Closing ceremony")
    CARNIVAL = "carnival", _("Carnival")
    FESTIVAL = "festival", _("Festival")
    OTHER = "other", _("Other event")


class ForumRole(models.TextChoices):
    """What a guest does at a forum; the forum page lists guests with it."""

    # A person who hosts (chairs) a forum; "Host" alone is a host organization elsewhere.
    HOST = "host", pgettext_lazy("forum role", "Host")
    MODERATOR = "moderator", _("Moderator")
    KEYNOTE = "keynote", _("Keynote speaker")
    SPEAKER = "speaker", _("Speaker")
    PANELIST = "panelist", _("Panelist")
    GUEST_OF_HONOUR = "guest-of-honour", _("Guest of honour")


class ForumModule(TranslatableCategory):
    """One of the modules the sub-forums are organized in ("Key technologies"...)."""

    description = models.TextField(
        blank=True, verbose_name=_("description"), help_text=_("A sentence shown on the programme page.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta(TranslatableCategory.Meta):
        verbose_name = _("forum module")
        verbose_name_plural = _("forum modules")
