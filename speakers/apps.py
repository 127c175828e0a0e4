from django.apps import AppConfig


class SpeakersConfig(AppConfig):
    name = "speakers"
    verbose_name = "Guests"

    def ready(self):
        from speakers.models import GuestIndexPage
        from speakers.permissions import grant_guest_index_permissions
        from wimc_site.permissions import grant_when_created

        # The page permissions need the index page, which only exists once an editor (or the demo
        # loader) creates it, so they are granted then rather than in a migration.
        grant_when_created(GuestIndexPage, grant_guest_index_permissions, "speakers_grant_organizers")
