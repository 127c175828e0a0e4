from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from expo import views
from expo.models import ExpoIndexPage, ExpoIndustry
from wimc_site.kept import kept
from wimc_site.models.pages import HomeSection, home_section_index


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
    index = home_section_index(home_page, ExpoIndexPage)
    if index is None:
        return None
    areas = index.get_areas_with_counts()
    # The index's one field shown here, kept until the next change: its row would cost the home
    # page a query of its own (`index` is the plain page home_section_index read with its siblings).
    introduction = kept(
        ("expo-introduction", index.pk),
        lambda: ExpoIndexPage.objects.filter(pk=index.pk).values_list("introduction", flat=True).first(),
    )
    return HomeSection.showing(
        areas, "expo/includes/home_section.html", 30, index=index, areas=areas, introduction=introduction
    )
