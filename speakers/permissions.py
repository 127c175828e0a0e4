"""The "Organizers" group: they keep the guest list current and can do nothing else.

Their images live in the Guests collection: they upload, change and delete photos there, and may
choose any image for a guest (a photo already on the site), but organizer logos, news photos and
everything else are out of their reach.

The functions take an app registry so the data migrations and the running site share them.
"""

from django.apps import apps as global_apps

from wimc_site.permissions import (
    ensure_group,
    get_or_create_child_collection,
    grant_collection_permissions,
    grant_page_permissions,
)

ORGANIZERS_GROUP = "Organizers"
GUESTS_COLLECTION = "Guests"
PAGE_PERMISSIONS = ["add", "change", "publish"]

# (app_label, model, codename, name)
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("speakers", "guestpage", "import_guests", "Can import and export guests as CSV"),
    ("speakers", "guestcategory", "add_guestcategory", "Can add guest category"),
    ("speakers", "guestcategory", "change_guestcategory", "Can change guest category"),
]
CHOOSE_IMAGE = [("wagtailimages", "image", "choose_image", "Can choose image")]
MANAGE_IMAGES = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
]


def setup_organizers_group(apps=global_apps):
    """Create the group with its admin, category, import and photo permissions. Idempotent."""
    Collection = apps.get_model("wagtailcore", "Collection")
    group = ensure_group(ORGANIZERS_GROUP, MODEL_PERMISSIONS, apps=apps)
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        grant_collection_permissions(group, root, CHOOSE_IMAGE, apps=apps)
        guests = get_or_create_child_collection(GUESTS_COLLECTION, apps=apps)
        grant_collection_permissions(group, guests, MANAGE_IMAGES + CHOOSE_IMAGE, apps=apps)
    return group


def grant_guest_index_permissions(index_page):
    """Let organizers add, edit, reorder, publish and unpublish the guests under `index_page`."""
    grant_page_permissions(setup_organizers_group(), index_page, PAGE_PERMISSIONS)
