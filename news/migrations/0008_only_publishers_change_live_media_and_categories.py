from django.db import migrations

# News editors could change any image or document in the News collection and rename categories:
# both change live releases without moderation. Now they add; Publishers change and delete.


def restrict_editors(apps, schema_editor):
    from news.permissions import CHANGE_CATEGORY, CHANGE_MEDIA, NEWS_COLLECTION, ensure_news_groups
    from wimc_site.permissions import revoke_collection_permissions, revoke_model_permissions

    editors, publishers, workflow = ensure_news_groups(apps)  # gives Publishers delete_newscategory
    revoke_model_permissions(editors, [CHANGE_CATEGORY])
    Collection = apps.get_model("wagtailcore", "Collection")
    for collection in Collection.objects.filter(name=NEWS_COLLECTION, depth=2):
        revoke_collection_permissions(editors, collection, CHANGE_MEDIA, apps=apps)


class Migration(migrations.Migration):
    dependencies = [("news", "0007_alt_text_help")]

    operations = [migrations.RunPython(restrict_editors, migrations.RunPython.noop)]
