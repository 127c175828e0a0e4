from django.conf import settings
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page, WorkflowState
from wagtail.snippets.models import register_snippet

from news.models import CARD_IMAGES, NewsCategory, NewsIndexPage, NewsPage
from wimc_site.dashboard import Shortcut
from wimc_site.images import with_all_renditions
from wimc_site.kept import kept
from wimc_site.models.pages import HomeSection, home_section_index
from wimc_site.snippets import CategoryViewSet

HOME_SECTION_COUNT = 4
SHORTCUT_ITEMS = 5


class NewsCategoryViewSet(CategoryViewSet):
    model = NewsCategory
    menu_label = _("News categories")
    menu_order = 210


register_snippet(NewsCategoryViewSet)


@hooks.register("register_home_section")
def news_home_section(request, home_page):
    """The latest releases in the visitor's language; no section while there are none."""
    # The visitor's home page is the one in their language, so is its news index.
    index_page = home_section_index(home_page, NewsIndexPage)
    if index_page is None:
        return None

    def read_latest():
        latest = list(index_page.get_news()[:HOME_SECTION_COUNT])
        return with_all_renditions(latest, "teaser_image", CARD_IMAGES)

    # Kept until the next change: only publishing changes which releases are the latest.
    latest = kept(("home-news", index_page.pk), read_latest)
    template = "news/includes/home_section.html"
    return HomeSection.showing(latest, template, 10, index_page=index_page, news=latest)


def _listing_shortcut(label, url, icon, pages):
    """A shortcut with how many pages there are and links to edit the first few."""
    first = pages[:SHORTCUT_ITEMS]
    items = [(page.title, reverse("wagtailadmin_pages:edit", args=(page.pk,))) for page in first]
    return Shortcut(label, url, icon=icon, count=pages.count(), items=items)


@hooks.register("register_dashboard_shortcuts")
def news_shortcuts(request):
    """Write a release, pick up one's drafts, and (publishers) review what editors submitted."""
    index_page = NewsIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index_page is None:
        return []
    permissions = index_page.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        return []
    releases = NewsPage.objects.child_of(index_page)
    explore = reverse("wagtailadmin_explore", args=(index_page.pk,))
    drafts = releases.filter(Q(live=False) | Q(has_unpublished_changes=True), owner=request.user)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", index_page.pk))
    shortcuts = [
        Shortcut(_("Write a news release"), add_url, icon="plus"),
        _listing_shortcut(_("My drafts"), explore, "draft", drafts.order_by("-latest_revision_created_at")),
    ]
    if permissions.can_publish_subpage():
        # Workflow states point at the base Page type (its relation to them is _workflow_states).
        waiting = Page.objects.child_of(index_page).filter(
            _workflow_states__status=WorkflowState.STATUS_IN_PROGRESS
        ).distinct()
        shortcuts.append(_listing_shortcut(_("Awaiting review"), explore, "tasks", waiting.order_by("title")))
    return shortcuts
