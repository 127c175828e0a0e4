"""Who may do what with the news: "News editors" write and submit, "Publishers" approve and publish.

Both groups are made by a data migration (through `ensure_news_groups`, which takes the app
registry so it works with historical models too). Page permissions need a news index page,
which exists only later: `grant_news_permissions` runs whenever one is created, and also makes
the News collection the groups upload to (with treebeard, which historical models lack).
"""

from django.apps import apps as global_apps

NEWS_EDITORS = "News editors"
PUBLISHERS = "Publishers"
WORKFLOW_NAME = "News moderation"
TASK_NAME = "Approval by a publisher"

# (app_label, model, codename, name): what both groups need besides page permissions.
SHARED_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
]
# Any image or document may be used in a release...
CHOOSE_PERMISSIONS = [
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
# ...but only those in the News collection uploaded and changed: logos and guest photos stay safe.
NEWS_COLLECTION = "News"
MANAGE_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
]
CATEGORY_PERMISSIONS = [
    ("news", "newscategory", "add_newscategory", "Can add news category"),
    ("news", "newscategory", "change_newscategory", "Can change news category"),
]
PAGE_PERMISSIONS = {
    NEWS_EDITORS: ["add_page", "change_page"],
    PUBLISHERS: ["add_page", "change_page", "publish_page"],
}


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def ensure_news_groups(apps=global_apps):
    """Create both groups, their admin/media/category permissions and the moderation workflow."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors, _ = Group.objects.get_or_create(name=NEWS_EDITORS)
    publishers, _ = Group.objects.get_or_create(name=PUBLISHERS)
    root_collection = Collection.objects.filter(depth=1).first()
    for group in (editors, publishers):
        for row in SHARED_PERMISSIONS + CATEGORY_PERMISSIONS:
            group.permissions.add(_permission(apps, *row))
        if root_collection is not None:
            for row in CHOOSE_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(apps, *row)
                )

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type, active=True)
    task.groups.add(publishers)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return editors, publishers, workflow


def grant_news_permissions(index_page):
    """Let both groups work under `index_page`, upload to the News collection, and send releases
    through moderation."""
    from django.contrib.auth.models import Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, WorkflowPage

    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    editors, publishers, workflow = ensure_news_groups()
    news_collection = root.get_children().filter(name=NEWS_COLLECTION).first()
    if news_collection is None:
        news_collection = root.add_child(name=NEWS_COLLECTION)
    for group in (editors, publishers):
        for row in MANAGE_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=news_collection, permission=_permission(global_apps, *row)
            )
        for codename in PAGE_PERMISSIONS[group.name]:
            permission = Permission.objects.get(
                content_type__app_label="wagtailcore", content_type__model="page", codename=codename
            )
            GroupPagePermission.objects.get_or_create(group=group, page=index_page, permission=permission)
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
