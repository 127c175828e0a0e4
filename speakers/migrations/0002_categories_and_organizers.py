from django.db import migrations

from speakers.permissions import setup_organizers_group

# name, plural label, slug: the seed release's three kinds of key guests first.
CATEGORIES = [
    ("Representative of an international organization", "representatives of international organizations",
     "international-organizations"),
    ("Academician", "academicians", "academicians"),
    ("Global 500 representative", "Global 500 representatives", "global-500"),
    ("Government official", "government officials", "government-officials"),
    ("Expert or scholar", "experts and scholars", "experts-scholars"),
    ("Entrepreneur", "entrepreneurs", "entrepreneurs"),
]


def add_categories(apps, schema_editor):
    import uuid

    from django.conf import settings

    Locale = apps.get_model("wagtailcore", "Locale")
    GuestCategory = apps.get_model("speakers", "GuestCategory")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for order, (name, plural, slug) in enumerate(CATEGORIES):
        GuestCategory.objects.get_or_create(
            locale=locale,
            slug=slug,
            defaults={"name": name, "plural_label": plural, "sort_order": order * 10,
                      "translation_key": uuid.uuid4()},
        )


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
