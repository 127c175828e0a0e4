"""The "Organizers" group: they keep the guest list current and can do nothing else.

The functions take an app registry so the data migration and the running site share them.
"""

from django.apps import apps as global_apps

from wimc_site.permissions import ensure_group, grant_collection_permissions, grant_page_permissions

ORGANIZERS_GROUP = "Organizers"
PAGE_PERMISSIONS = ["add", "change", "publish"]

# (app_label, model, codename, name)
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("speakers", "guestpage", "import_guests", "Can import and export guests as CSV"),
    ("speakers", "guestcategory", "add_guestcategory", "Can add guest category"),
    ("speakers", "guestcategory", "change_guestcategory", "Can change guest category"),
]
# Photos are images: organizers upload and choose them, in every collection.
IMAGE_PERMISSIONS = [
    ("wagtailimages", "image", codename) for codename in ("add_image", "choose_image", "change_image")
]


def setup_organizers_group(apps=global_apps):
    """Create the group with its admin, category, import and photo permissions. Idempotent."""
    Collection = apps.get_model("wagtailcore", "Collection")
    group = ensure_group(ORGANIZERS_GROUP, MODEL_PERMISSIONS, apps=apps)
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        grant_collection_permissions(group, root, IMAGE_PERMISSIONS, apps=apps)
    return group


def grant_guest_index_permissions(index_page):
    """Let organizers add, edit, reorder, publish and unpublish the guests under `index_page`."""
    grant_page_permissions(setup_organizers_group(), index_page, PAGE_PERMISSIONS)
