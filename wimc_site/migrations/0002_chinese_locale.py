from django.db import migrations


def add_chinese(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="zh-hans")


class Migration(migrations.Migration):
    """Simplified Chinese exists from the start, so translations can be made without a data move."""

    dependencies = [("wimc_site", "0001_initial"), ("wagtailcore", "0001_initial")]

    operations = [migrations.RunPython(add_chinese, migrations.RunPython.noop)]
