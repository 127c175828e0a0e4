from django.db import migrations

# Before this migration both groups could change every image and document; now they may choose
# any, and upload or change only those in the News collection (see news.permissions).
WITHDRAWN = ["add_image", "change_image", "add_document", "change_document"]


def withdraw_root_permissions(apps, schema_editor):
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group__name__in=["News editors", "Publishers"],
        collection__depth=1,
        permission__codename__in=WITHDRAWN,
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("news", "0003_news_groups")]

    operations = [migrations.RunPython(withdraw_root_permissions, migrations.RunPython.noop)]
