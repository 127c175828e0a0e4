"""Giving a staff group its permissions, for every app. Works with historical models too.

Functions take an app registry (`apps`) so data migrations and the running site share them.
Page permissions need a section's index page, which exists only once an editor or the demo loader
creates it: `grant_when_created` runs a grant function for each new index page of a model.
"""

from django.apps import apps as global_apps
from django.db.models.signals import post_save


def get_permission(app_label, model, codename, name=None, apps=global_apps):
    """The permission, created when missing (a migration runs before post_migrate creates them)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name or codename}
    )
    return permission


def ensure_group(name, model_permissions=(), apps=global_apps):
    """The group called `name` with `model_permissions` rows (app_label, model, codename[, name])."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=name)
    for row in model_permissions:
        group.permissions.add(get_permission(*row, apps=apps))
    return group


def grant_collection_permissions(group, collection, rows, apps=global_apps):
    """Image/document permissions (rows as for `ensure_group`) on `collection` and its descendants."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    for row in rows:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=get_permission(*row, apps=apps)
        )


def grant_page_permissions(group, page, actions, apps=global_apps):
    """Page permissions such as "add", "change", "publish" on `page` and the pages below it."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in actions:
        permission = get_permission("wagtailcore", "page", f"{action}_page", apps=apps)
        GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def get_or_create_child_collection(name):
    """A collection under the root, e.g. "News" or "Guests", that a group may upload to."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def grant_when_created(model, grant, dispatch_uid, default_language_only=True):
    """Call `grant(page)` whenever a page of `model` is created (not when loaded from fixtures).

    Only for pages in the default language unless told otherwise: a section's groups (News editors,
    Organizers...) work on the English tree, and each other language has its own editors
    (`wimc_site.translations.grant_language_editors`), so nobody is given a language by accident.
    """
    from django.conf import settings

    def receiver(sender, instance, created, raw=False, **kwargs):
        if not created or raw:
            return
        if default_language_only and instance.locale.language_code != settings.LANGUAGE_CODE:
            return
        grant(instance)

    post_save.connect(receiver, sender=model, dispatch_uid=dispatch_uid, weak=False)
