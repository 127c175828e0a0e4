from django.apps import AppConfig


class WimcSiteConfig(AppConfig):
    name = "wimc_site"
    verbose_name = "WIMC site"
