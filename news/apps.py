from django.apps import AppConfig
from django.db.models.signals import post_save


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    def ready(self):
        from news.models import NewsIndexPage

        post_save.connect(_grant_permissions, sender=NewsIndexPage, dispatch_uid="news_index_permissions")


def _grant_permissions(sender, instance, created, raw=False, **kwargs):
    # The groups' page permissions hang on the news index, which editors or the demo loader
    # create long after the migration that made the groups.
    if created and not raw:
        from news.permissions import grant_news_permissions

        grant_news_permissions(instance)
