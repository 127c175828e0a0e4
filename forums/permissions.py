"""The "Programme editors" group: they build the programme (forums, guests on them, agendas) and
the forum modules, and nothing else. News editors get no rights on forums unless an administrator
adds them to this group too.

The group is made by a data migration (through `setup_programme_editors`, which takes the app
registry so it works with historical models). Page permissions need a forum index, which exists
only later: `grant_programme_permissions` runs whenever one is created.
"""

from django.apps import apps as global_apps

from wimc_site.permissions import (
    ensure_group,
    get_or_create_child_collection,
    grant_collection_permissions,
    grant_page_permissions,
)

PROGRAMME_EDITORS = "Programme editors"
PAGE_PERMISSIONS = ["add", "change", "publish"]
FORUMS_COLLECTION = "Forums"

# (app_label, model, codename, name)
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("forums", "forummodule", "add_forummodule", "Can add forum module"),
    ("forums", "forummodule", "change_forummodule", "Can change forum module"),
]
# Any image may be chosen (guest portraits, logos), but only those in the Forums collection changed.
CHOOSE_PERMISSIONS = [("wagtailimages", "image", "choose_image", "Can choose image")]
MANAGE_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
]


def setup_programme_editors(apps=global_apps):
    """The group with its admin, module and image-choosing permissions. Idempotent."""
    Collection = apps.get_model("wagtailcore", "Collection")
    group = ensure_group(PROGRAMME_EDITORS, MODEL_PERMISSIONS, apps=apps)
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        grant_collection_permissions(group, root, CHOOSE_PERMISSIONS, apps=apps)
    return group


def grant_programme_permissions(index_page):
    """Let programme editors add, edit, reorder and publish the forums under `index_page`, and
    upload to the Forums collection."""
    group = setup_programme_editors()
    grant_collection_permissions(group, get_or_create_child_collection(FORUMS_COLLECTION), MANAGE_PERMISSIONS)
    grant_page_permissions(group, index_page, PAGE_PERMISSIONS)
