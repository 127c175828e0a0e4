from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"

    def ready(self):
        from forums.models import ForumIndexPage
        from forums.permissions import grant_programme_permissions
        from wimc_site.permissions import grant_when_created

        # Page permissions hang on the forum index, which editors or the demo loader create long
        # after the migration that made the group.
        grant_when_created(ForumIndexPage, grant_programme_permissions, "forums_grant_programme_editors")
