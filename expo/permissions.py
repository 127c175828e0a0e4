"""The "Expo organizers" group: they run the Cloud Expo (areas, exhibitors, listings, imports) and
handle negotiation requests. Requests hold visitors' personal data, so no other group sees them.

The group is made by a data migration (through `setup_expo_organizers`, which takes an app registry
so it works with historical models); page permissions need the expo index, so they are granted
when one is created (`grant_expo_index_permissions`, see apps.py).
"""

from django.apps import apps as global_apps

from wimc_site.permissions import (
    ensure_group,
    get_or_create_child_collection,
    grant_collection_permissions,
    grant_page_permissions,
)

EXPO_ORGANIZERS = "Expo organizers"
EXPO_COLLECTION = "Expo"
PAGE_PERMISSIONS = ["add", "change", "publish"]

# (app_label, model, codename, name)
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("expo", "negotiationrequest", "view_negotiationrequest", "Can view negotiation request"),
    ("expo", "negotiationrequest", "change_negotiationrequest", "Can change negotiation request"),
    ("expo", "exhibitorpage", "import_exhibitors", "Can import and export exhibitors as CSV"),
    ("expo", "expoindustry", "add_expoindustry", "Can add expo industry"),
    ("expo", "expoindustry", "change_expoindustry", "Can change expo industry"),
]
# Any image may be chosen (a product photo from the news, say); logos and product photos are
# uploaded to and changed in the Expo collection only.
CHOOSE_PERMISSIONS = [("wagtailimages", "image", "choose_image", "Can choose image")]
MANAGE_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
]


def setup_expo_organizers(apps=global_apps):
    """Create the group with its admin, request, import, industry and image permissions. Idempotent."""
    Collection = apps.get_model("wagtailcore", "Collection")
    group = ensure_group(EXPO_ORGANIZERS, MODEL_PERMISSIONS, apps=apps)
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        grant_collection_permissions(group, root, CHOOSE_PERMISSIONS, apps=apps)
    return group


def grant_expo_index_permissions(index_page):
    """Let expo organizers build the expo under `index_page` and upload to the Expo collection."""
    group = setup_expo_organizers()
    grant_collection_permissions(group, get_or_create_child_collection(EXPO_COLLECTION), MANAGE_PERMISSIONS)
    grant_page_permissions(group, index_page, PAGE_PERMISSIONS)
