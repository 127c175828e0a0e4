from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from news.models import NewsCategory, NewsIndexPage
from wimc_site.models.pages import HomeSection
from wimc_site.snippets import CategoryViewSet

HOME_SECTION_COUNT = 4


class NewsCategoryViewSet(CategoryViewSet):
    model = NewsCategory
    menu_label = _("News categories")
    menu_order = 210


register_snippet(NewsCategoryViewSet)


@hooks.register("register_home_section")
def news_home_section(request, home_page):
    """The latest releases in the visitor's language; no section while there are none."""
    # The visitor's home page is the one in their language, so is its news index.
    index_page = NewsIndexPage.objects.live().child_of(home_page).first()
    if index_page is None:
        return None
    latest = list(index_page.get_news()[:HOME_SECTION_COUNT])
    if not latest:
        return None
    return HomeSection(
        template="news/includes/home_section.html",
        context={"index_page": index_page, "news": latest},
        order=10,
    )
