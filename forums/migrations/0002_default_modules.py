from django.conf import settings
from django.db import migrations

from forums.defaults import DEFAULT_MODULES
from wimc_site.categories import ensure_categories


def create_modules(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    ensure_categories(apps.get_model("forums", "ForumModule"), locale, DEFAULT_MODULES)


class Migration(migrations.Migration):
    dependencies = [("forums", "0001_initial")]

    operations = [migrations.RunPython(create_modules, migrations.RunPython.noop)]
