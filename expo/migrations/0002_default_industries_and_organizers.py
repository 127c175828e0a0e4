from django.conf import settings
from django.db import migrations

from expo.defaults import DEFAULT_INDUSTRIES
from expo.permissions import setup_expo_organizers
from wimc_site.categories import ensure_categories


def add_industries(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    ensure_categories(apps.get_model("expo", "ExpoIndustry"), locale, DEFAULT_INDUSTRIES)


def add_group(apps, schema_editor):
    setup_expo_organizers(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("expo", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(add_industries, migrations.RunPython.noop),
        migrations.RunPython(add_group, migrations.RunPython.noop),
    ]
