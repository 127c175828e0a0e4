from django.db import migrations


def create_group(apps, schema_editor):
    from forums.permissions import setup_programme_editors

    setup_programme_editors(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0002_default_modules"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
