from django.db import migrations


def create_groups(apps, schema_editor):
    from news.permissions import ensure_news_groups

    ensure_news_groups(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_default_categories"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
