from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What every page shows: the current edition in header and footer, the main menu."""

    current_edition = models.ForeignKey(
        "wimc_site.ConferenceEdition",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The edition shown in every page's header and footer and on the home page."),
    )
    main_menu = models.ForeignKey(
        "wimc_site.MainMenu", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    default_meta_description = models.TextField(
        blank=True, help_text=_("Used by search engines for pages without a description of their own.")
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    select_related = ["current_edition", "main_menu"]

    panels = [
        FieldPanel("current_edition"),
        FieldPanel("main_menu"),
        FieldPanel("default_meta_description"),
        FieldPanel("default_social_image"),
    ]

    class Meta:
        verbose_name = _("site settings")
