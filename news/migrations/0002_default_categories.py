from django.conf import settings
from django.db import migrations

from news.defaults import DEFAULT_CATEGORIES
from wimc_site.categories import ensure_categories


def create_categories(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    ensure_categories(apps.get_model("news", "NewsCategory"), locale, DEFAULT_CATEGORIES)


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
