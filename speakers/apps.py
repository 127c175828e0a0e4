from django.apps import AppConfig
from django.db.models.signals import post_save


class SpeakersConfig(AppConfig):
    name = "speakers"
    verbose_name = "Guests"

    def ready(self):
        from speakers.models import GuestIndexPage

        post_save.connect(_grant_organizers, sender=GuestIndexPage, dispatch_uid="speakers_grant_organizers")


def _grant_organizers(sender, instance, created, raw=False, **kwargs):
    # The page permissions need the index page, which only exists once an editor (or the demo
    # loader) creates it, so they are granted then rather than in a migration.
    if created and not raw:
        from speakers.permissions import grant_guest_index_permissions

        grant_guest_index_permissions(instance)
