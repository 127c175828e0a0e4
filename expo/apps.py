from django.apps import AppConfig


class ExpoConfig(AppConfig):
    name = "expo"
    verbose_name = "Cloud Expo"

    def ready(self):
        from expo.models import ExpoIndexPage
        from expo.permissions import grant_expo_index_permissions
        from wimc_site.permissions import grant_when_created

        # Page permissions hang on the expo index, which the demo loader or an editor creates
        # long after the migration that made the group.
        grant_when_created(ExpoIndexPage, grant_expo_index_permissions, "expo_grant_organizers")
