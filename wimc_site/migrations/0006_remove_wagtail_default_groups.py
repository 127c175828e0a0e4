from django.db import migrations

# Wagtail's initial data makes "Editors" and "Moderators" with permissions at the root of the page
# tree and of the collections (Moderators could publish anywhere). This site's groups are made
# per area (News editors, Publishers, Organizers), so both are removed with their permissions.
# Anyone who was in them loses that access: give them one of the site's groups instead.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]


def remove_default_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wimc_site", "0005_alt_text_help"),
        # Every Wagtail migration that gives these groups permissions.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(remove_default_groups, migrations.RunPython.noop)]
