from django.apps import AppConfig


class WimcSiteConfig(AppConfig):
    name = "wimc_site"
    verbose_name = "WIMC site"

    def ready(self):
        from wimc_site.permissions import register_media_permission_policies

        # Before Wagtail's images and documents apps look their policies up.
        register_media_permission_policies()

        from wimc_site.models import HomePage
        from wimc_site.permissions import grant_when_created
        from wimc_site.translations import connect_signals, grant_language_editors

        connect_signals()

        from wimc_site.localization import remember_locales

        remember_locales()

        from wimc_site import invalidation

        invalidation.connect_signals()

        # Each registers its cache's clearing with invalidation.
        from wimc_site import chrome, kept  # noqa: F401
        # Each translated home page gets its language's editors ("Chinese editors").
        grant_when_created(
            HomePage, grant_language_editors, "wimc_language_editors", default_language_only=False
        )
