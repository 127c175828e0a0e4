"""Giving a staff group its permissions, for every app. Works with historical models too.

Functions take an app registry (`apps`) so data migrations and the running site share them.
Page permissions need a section's index page, which exists only once an editor or the demo loader
creates it: `grant_when_created` runs a grant function for each new index page of a model.

Images and documents follow `CollectionPermissionPolicy` below: changing or deleting one needs
the "change" permission in its collection, even for the person who uploaded it.
"""

from django.apps import apps as global_apps
from django.db.models.signals import post_save
from wagtail.permission_policies.collections import CollectionPermissionPolicy as WagtailCollectionPolicy


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


def revoke_collection_permissions(group, collection, rows, apps=global_apps):
    """Withdraw image/document permissions (rows as for `ensure_group`) that `group` has on `collection`."""
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupCollectionPermission.objects.filter(
        group=group, collection=collection, permission__codename__in=[row[2] for row in rows]
    ).delete()


def revoke_model_permissions(group, rows):
    """Withdraw model permissions (rows as for `ensure_group`) from `group`."""
    group.permissions.remove(*group.permissions.filter(codename__in=[row[2] for row in rows]))


def grant_page_permissions(group, page, actions, apps=global_apps):
    """Page permissions such as "add", "change", "publish" on `page` and the pages below it."""
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for action in actions:
        permission = get_permission("wagtailcore", "page", f"{action}_page", apps=apps)
        GroupPagePermission.objects.get_or_create(group=group, page_id=page.pk, permission=permission)


def get_or_create_child_collection(name, apps=global_apps):
    """A collection under the root, e.g. "News" or "Guests", that a group may upload to."""
    if apps is not global_apps:
        return _historical_child_collection(apps.get_model("wagtailcore", "Collection"), name)
    from wagtail.models import Collection

    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.get_children().filter(name=name).first()
    return collection or root.add_child(name=name)


def _historical_child_collection(Collection, name):
    """The same in a data migration, where models have no tree methods: the next path under the root."""
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        root = Collection.objects.create(name="Root", path="0001", depth=1, numchild=0)
    children = Collection.objects.filter(path__startswith=root.path, depth=root.depth + 1)
    existing = children.filter(name=name).first()
    if existing is not None:
        return existing
    last = children.order_by("-path").values_list("path", flat=True).first()
    number = int(last[-4:], 36) + 1 if last else 1
    step = ""
    while number:
        number, digit = divmod(number, 36)
        step = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[digit] + step
    collection = Collection.objects.create(
        name=name, path=root.path + step.rjust(4, "0"), depth=root.depth + 1, numchild=0
    )
    Collection.objects.filter(pk=root.pk).update(numchild=children.count())
    return collection


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


class CollectionPermissionPolicy(WagtailCollectionPolicy):
    """Wagtail's image and document permissions without its uploader rule.

    Wagtail lets anyone who may add images to a collection change and delete the ones they
    uploaded, at any time: a news editor replaced the file of a photo on a published release and
    the live page changed without moderation. Here changing or deleting needs the "change"
    permission in the image's collection (deleting counts as changing, as in Wagtail's own
    policy and its group editor). Registered for images and documents in WimcSiteConfig.ready.
    """

    @staticmethod
    def _actions(actions):
        actions = set(actions)
        if "delete" in actions:
            actions = (actions - {"delete"}) | {"change"}
        return actions

    def _check_perm(self, user, actions, collection=None):
        return super()._check_perm(user, self._actions(actions), collection=collection)

    def _collections_with_perm(self, user, actions):
        return super()._collections_with_perm(user, self._actions(actions))

    def _users_with_perm_filter(self, actions, collection=None):
        return super()._users_with_perm_filter(self._actions(actions), collection=collection)


def register_media_permission_policies():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.permissions import register_permission_policy

    for model, auth_model in (
        (get_image_model(), "wagtailimages.Image"),
        (get_document_model(), "wagtaildocs.Document"),
    ):
        policy = CollectionPermissionPolicy(model, auth_model=auth_model)
        register_permission_policy(model, policy, exact_class=True)
