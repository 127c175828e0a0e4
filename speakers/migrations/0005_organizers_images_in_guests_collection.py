from django.db import migrations

# Organizers could add, change and delete every image on the site (organizer logos, news photos).
# Now they manage images in a Guests collection only and may choose any; the guests' photos move there.


def limit_organizers_to_guests(apps, schema_editor):
    from speakers.permissions import GUESTS_COLLECTION, MANAGE_IMAGES, setup_organizers_group
    from wimc_site.permissions import get_or_create_child_collection, revoke_collection_permissions

    Collection = apps.get_model("wagtailcore", "Collection")
    Image = apps.get_model("wagtailimages", "Image")
    GuestPage = apps.get_model("speakers", "GuestPage")
    group = setup_organizers_group(apps)
    for root in Collection.objects.filter(depth=1):
        revoke_collection_permissions(group, root, MANAGE_IMAGES, apps=apps)
    guests = get_or_create_child_collection(GUESTS_COLLECTION, apps=apps)
    photos = GuestPage.objects.exclude(photo=None).values("photo_id")
    Image.objects.filter(pk__in=photos, collection__depth=1).update(collection=guests)


class Migration(migrations.Migration):
    dependencies = [
        ("speakers", "0004_shared_category"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(limit_organizers_to_guests, migrations.RunPython.noop)]
