from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
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
        verbose_name=_("current edition"),
        help_text=_("The edition shown in every page's header and footer and on the home page."),
    )
    main_menu = models.ForeignKey(
        "wimc_site.MainMenu", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("main menu"),
    )
    default_meta_description = models.TextField(
        blank=True, verbose_name=_("default meta description"),
        help_text=_("Used by search engines for pages without a description of their own."),
    )
    default_meta_description_zh = models.TextField(
        blank=True, verbose_name=_("default meta description (Chinese)"),
        help_text=_("The same description in Chinese, for the Chinese site."),
    )
    default_social_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("default social image"),
    )

    # The footer: how to reach the organizing committee, its accounts, and what Chinese sites must show.
    contact_address = models.CharField(
        max_length=255, blank=True, verbose_name=_("contact address"),
        help_text=_("Postal address, in English."),
    )
    contact_address_zh = models.CharField(
        max_length=255, blank=True, verbose_name=_("contact address (Chinese)"),
        help_text=_("The same address in Chinese, shown on the Chinese site."),
    )
    contact_email = models.EmailField(blank=True, verbose_name=_("contact email"))
    contact_phone = models.CharField(
        max_length=50, blank=True, verbose_name=_("contact phone"), help_text=_("e.g. +86 25 1234 5678.")
    )
    media_email = models.EmailField(blank=True, verbose_name=_("media contact e-mail"))
    media_phone = models.CharField(max_length=50, blank=True, verbose_name=_("media contact phone"))
    wechat_account = models.CharField(
        max_length=100, blank=True, verbose_name=_("WeChat official account"),
        help_text=_("The account's name or ID, as people search for it in WeChat."),
    )
    weibo_url = models.URLField(blank=True, verbose_name=_("Weibo address"))
    linkedin_url = models.URLField(blank=True, verbose_name=_("LinkedIn address"))
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("privacy page"),
    )
    terms_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("terms of use page"),
    )
    copyright_holder = models.CharField(
        max_length=255, blank=True, verbose_name=_("copyright holder"),
        help_text=_("Shown after © and the year, e.g. the organizing committee."),
    )
    copyright_holder_zh = models.CharField(
        max_length=255, blank=True, verbose_name=_("copyright holder (Chinese)"),
        help_text=_("The same name in Chinese, shown on the Chinese site."),
    )
    icp_licence = models.CharField(
        max_length=100, blank=True, verbose_name=_("ICP licence number"),
        help_text=_("The record number Chinese websites display, e.g. 苏ICP备12345678号-1."),
    )

    select_related = ["current_edition", "main_menu", "privacy_page", "terms_page"]

    panels = [
        FieldPanel("current_edition"),
        FieldPanel("main_menu"),
        FieldPanel("default_meta_description"),
        FieldPanel("default_meta_description_zh"),
        FieldPanel("default_social_image"),
        MultiFieldPanel(
            [
                FieldPanel("contact_address"),
                FieldPanel("contact_address_zh"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldRowPanel([FieldPanel("media_email"), FieldPanel("media_phone")]),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("wechat_account"), FieldPanel("weibo_url"), FieldPanel("linkedin_url")],
            heading=_("Social accounts"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel("privacy_page"),
                PageChooserPanel("terms_page"),
                FieldPanel("copyright_holder"),
                FieldPanel("copyright_holder_zh"),
                FieldPanel("icp_licence"),
            ],
            heading=_("Legal"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
