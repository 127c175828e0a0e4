"""The "Organizers" group: they keep the guest list current and can do nothing else.

The functions take an app registry so the data migration and the running site share them.
"""

ORGANIZERS_GROUP = "Organizers"
PAGE_PERMISSIONS = ["add", "change", "publish"]

# (app_label, model, codename, name): created here when missing, because a migration runs
# before Django's post_migrate signal creates permissions.
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("speakers", "guestpage", "import_guests", "Can import and export guests as CSV"),
    ("speakers", "guestcategory", "add_guestcategory", "Can add guest category"),
    ("speakers", "guestcategory", "change_guestcategory", "Can change guest category"),
]
# Photos are images: organizers upload and choose them, in every collection.
IMAGE_PERMISSIONS = ["add_image", "choose_image", "change_image"]


def _permission(apps, app_label, model, codename, name=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name or codename}
    )
    return permission


def setup_organizers_group(apps):
    """Create the group with its admin, category, import and photo permissions. Idempotent."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, _ = Group.objects.get_or_create(name=ORGANIZERS_GROUP)
    for app_label, model, codename, name in MODEL_PERMISSIONS:
        group.permissions.add(_permission(apps, app_label, model, codename, name))
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for codename in IMAGE_PERMISSIONS:
            permission = _permission(apps, "wagtailimages", "image", codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
    return group


def grant_guest_index_permissions(index_page, apps=None):
    """Let organizers add, edit, reorder, publish and unpublish the guests under `index_page`."""
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = Group.objects.filter(name=ORGANIZERS_GROUP).first()
    if group is None:
        group = setup_organizers_group(apps)
    for permission_type in PAGE_PERMISSIONS:
        permission = _permission(apps, "wagtailcore", "page", f"{permission_type}_page")
        GroupPagePermission.objects.get_or_create(group=group, page_id=index_page.pk, permission=permission)
