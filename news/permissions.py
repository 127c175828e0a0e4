"""Who may do what with the news: "News editors" write and submit, "Publishers" approve and publish.

Both groups are made by a data migration (through `ensure_news_groups`, which takes the app
registry so it works with historical models too). Page permissions need a news index page,
which exists only later: `grant_news_permissions` runs whenever one is created, and also makes
the News collection the groups upload to.
"""

from django.apps import apps as global_apps

from wimc_site.permissions import (
    ensure_group,
    get_or_create_child_collection,
    grant_collection_permissions,
    grant_page_permissions,
)

NEWS_EDITORS = "News editors"
PUBLISHERS = "Publishers"
WORKFLOW_NAME = "News moderation"
TASK_NAME = "Approval by a publisher"

# (app_label, model, codename, name): what both groups need besides page permissions.
MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("news", "newscategory", "add_newscategory", "Can add news category"),
    ("news", "newscategory", "change_newscategory", "Can change news category"),
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
PAGE_PERMISSIONS = {
    NEWS_EDITORS: ["add", "change"],
    PUBLISHERS: ["add", "change", "publish"],
}


def ensure_news_groups(apps=global_apps):
    """Create both groups, their admin/media/category permissions and the moderation workflow."""
    Collection = apps.get_model("wagtailcore", "Collection")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ContentType = apps.get_model("contenttypes", "ContentType")

    editors = ensure_group(NEWS_EDITORS, MODEL_PERMISSIONS, apps=apps)
    publishers = ensure_group(PUBLISHERS, MODEL_PERMISSIONS, apps=apps)
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for group in (editors, publishers):
            grant_collection_permissions(group, root_collection, CHOOSE_PERMISSIONS, apps=apps)

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
    from wagtail.models import WorkflowPage

    editors, publishers, workflow = ensure_news_groups()
    news_collection = get_or_create_child_collection(NEWS_COLLECTION)
    for group in (editors, publishers):
        grant_collection_permissions(group, news_collection, MANAGE_PERMISSIONS)
        grant_page_permissions(group, index_page, PAGE_PERMISSIONS[group.name])
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
