from django.apps import AppConfig


class WimcSiteConfig(AppConfig):
    name = "wimc_site"
    verbose_name = "WIMC site"

    def ready(self):
        from wimc_site.permissions import register_media_permission_policies

        # Before Wagtail's images and documents apps look their policies up.
        register_media_permission_policies()
