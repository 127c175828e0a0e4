from django.db import migrations, models

from wimc_site.localization import sort_name


def fill_sort_names(apps, schema_editor):
    """Exhibitors saved before the field existed: the area orders by it."""
    ExhibitorPage = apps.get_model("expo", "ExhibitorPage")
    exhibitors = list(ExhibitorPage.objects.only("pk", "title"))
    for exhibitor in exhibitors:
        exhibitor.sort_name = sort_name(exhibitor.title)
    ExhibitorPage.objects.bulk_update(exhibitors, ["sort_name"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("expo", "0003_alt_text_help"),
    ]

    operations = [
        migrations.AddField(
            model_name="exhibitorpage",
            name="sort_name",
            field=models.CharField(blank=True, editable=False, max_length=255),
        ),
        migrations.RunPython(fill_sort_names, migrations.RunPython.noop),
    ]
