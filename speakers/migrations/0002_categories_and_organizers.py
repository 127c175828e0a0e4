from django.conf import settings
from django.db import migrations

from speakers.defaults import DEFAULT_CATEGORIES
from speakers.permissions import setup_organizers_group
from wimc_site.categories import ensure_categories

def add_categories(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    ensure_categories(apps.get_model("speakers", "GuestCategory"), locale, DEFAULT_CATEGORIES)


def add_group(apps, schema_editor):
    setup_organizers_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("speakers", "0001_initial"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(add_categories, migrations.RunPython.noop),
        migrations.RunPython(add_group, migrations.RunPython.noop),
    ]
