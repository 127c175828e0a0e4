from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "News"

    def ready(self):
        from news.models import NewsIndexPage
        from news.permissions import grant_news_permissions
        from wimc_site.permissions import grant_when_created

        # The groups' page permissions hang on the news index, which editors or the demo loader
        # create long after the migration that made the groups.
        grant_when_created(NewsIndexPage, grant_news_permissions, "news_index_permissions")
