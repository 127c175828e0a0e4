"""Who may do what with the news: "News editors" write and submit, "Publishers" approve and publish.

What is already live changes only through a Publisher: editors may add images, documents and
categories, but only Publishers change or delete them (an image or a category change shows on
every live release that uses it at once, with no revision and no moderation).

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

# (app_label, model, codename, name)
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
ADD_CATEGORY = ("news", "newscategory", "add_newscategory", "Can add news category")
CHANGE_CATEGORY = ("news", "newscategory", "change_newscategory", "Can change news category")
DELETE_CATEGORY = ("news", "newscategory", "delete_newscategory", "Can delete news category")
MODEL_PERMISSIONS = {
    NEWS_EDITORS: [ACCESS_ADMIN, ADD_CATEGORY],
    PUBLISHERS: [ACCESS_ADMIN, ADD_CATEGORY, CHANGE_CATEGORY, DELETE_CATEGORY],
}
# Any image or document may be used in a release...
CHOOSE_PERMISSIONS = [
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
# ...uploaded to the News collection only (logos and guest photos stay out of reach), and changed
# or deleted there only by Publishers ("change" covers deleting, see wimc_site.permissions).
NEWS_COLLECTION = "News"
ADD_MEDIA = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
]
CHANGE_MEDIA = [
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
]
COLLECTION_PERMISSIONS = {
    NEWS_EDITORS: ADD_MEDIA,
    PUBLISHERS: ADD_MEDIA + CHANGE_MEDIA,
}
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

    editors = ensure_group(NEWS_EDITORS, MODEL_PERMISSIONS[NEWS_EDITORS], apps=apps)
    publishers = ensure_group(PUBLISHERS, MODEL_PERMISSIONS[PUBLISHERS], apps=apps)
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
        grant_collection_permissions(group, news_collection, COLLECTION_PERMISSIONS[group.name])
        grant_page_permissions(group, index_page, PAGE_PERMISSIONS[group.name])
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})
