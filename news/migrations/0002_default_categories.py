import uuid

from django.db import migrations

DEFAULT_CATEGORIES = [
    ("News Release", "news-release"),
    ("Conference Trends", "conference-trends"),
    ("Media Reports", "media-reports"),
    ("Notices", "notices"),
]


def create_categories(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    NewsCategory = apps.get_model("news", "NewsCategory")
    locale, _ = Locale.objects.get_or_create(language_code="en")
    for order, (name, slug) in enumerate(DEFAULT_CATEGORIES):
        NewsCategory.objects.get_or_create(
            locale=locale,
            slug=slug,
            defaults={"name": name, "sort_order": order, "translation_key": uuid.uuid4()},
        )


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]

    operations = [migrations.RunPython(create_categories, migrations.RunPython.noop)]
