from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from expo import views
from expo.models import ExpoIndexPage, ExpoIndustry
from wimc_site.models.pages import HomeSection


class ExpoIndustryViewSet(SnippetViewSet):
    model = ExpoIndustry
    icon = "tag"
    menu_label = _("Expo industries")
    menu_order = 410
    list_display = ["name", "slug", "sort_order", "locale"]
    search_fields = ["name"]


register_snippet(ExpoIndustryViewSet)


@hooks.register("register_admin_viewset")
def register_negotiation_requests():
    return views.negotiation_request_viewset


@hooks.register("register_admin_urls")
def register_import_urls():
    return views.exhibitor_import_admin.get_urls()


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.IMPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import exhibitors"),
        reverse("expo_import"),
        name="import-exhibitors",
        icon_name="upload",
        order=306,
    )


@hooks.register("register_home_section")
def expo_home_section(request, home_page):
    """The five exhibition areas with their exhibitor counts; no section without an expo."""
    index = ExpoIndexPage.objects.published().child_of(home_page).first()
    if index is None:
        return None
    areas = index.get_areas()
    if not areas:
        return None
    counts = index.get_exhibitor_counts(areas)
    return HomeSection(
        template="expo/includes/home_section.html",
        context={"index": index, "areas": [{"page": a, "count": counts.get(a.pk, 0)} for a in areas]},
        order=30,
    )
