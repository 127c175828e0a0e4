from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin


class MainMenu(TranslatableMixin, ClusterableModel):
    """The site's main navigation; chosen in the site settings, translated per language."""

    name = models.CharField(
        max_length=100,
        verbose_name=pgettext_lazy("name of a thing", "name"),
        help_text=_("For editors only."),
    )

    panels = [FieldPanel("name"), InlinePanel("items", label=_("Menu item"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("main menu")

    def __str__(self):
        return self.name


class MenuItem(Orderable):
    menu = ParentalKey(MainMenu, on_delete=models.CASCADE, related_name="items", verbose_name=_("menu"))
    link_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+",
        verbose_name=_("link page"),
    )
    link_url = models.URLField(
        blank=True, verbose_name=_("link url"), help_text=_("Only for links outside this site.")
    )
    link_text = models.CharField(
        max_length=60, blank=True, verbose_name=_("link text"),
        help_text=_("Leave empty to use the page's title."),
    )

    panels = [FieldPanel("link_page"), FieldPanel("link_url"), FieldPanel("link_text")]

    class Meta(Orderable.Meta):
        verbose_name = _("menu item")
        verbose_name_plural = _("menu items")

    def clean(self):
        if bool(self.link_page) == bool(self.link_url):
            raise ValidationError(_("Choose a page or enter a URL, not both."))
        if self.link_url and not self.link_text:
            raise ValidationError({"link_text": _("A link to another site needs its text.")})

    def __str__(self):
        return self.link_text or str(self.link_page or self.link_url)
