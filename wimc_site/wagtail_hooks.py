from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from wimc_site.dashboard import ShortcutsPanel, get_shortcuts
from wimc_site.models import ConferenceEdition, MainMenu, Organizer


class ConferenceEditionViewSet(SnippetViewSet):
    model = ConferenceEdition
    icon = "date"
    menu_label = _("Editions")
    list_display = ["name", "theme", "start_date", "end_date", "city"]
    list_filter = ["format"]
    search_fields = ["name", "theme"]


class OrganizerViewSet(SnippetViewSet):
    model = Organizer
    icon = "group"
    menu_label = _("Organizers")
    list_display = ["name", "short_name"]
    search_fields = ["name", "short_name"]


class ConferenceViewSetGroup(SnippetViewSetGroup):
    items = (ConferenceEditionViewSet, OrganizerViewSet)
    menu_icon = "calendar-alt"
    menu_label = _("Conference")
    menu_name = "conference"


class MainMenuViewSet(SnippetViewSet):
    model = MainMenu
    icon = "list-ul"
    menu_label = _("Main menu")


register_snippet(ConferenceViewSetGroup)
register_snippet(MainMenuViewSet)


@hooks.register("construct_homepage_panels")
def add_shortcuts_panel(request, panels):
    shortcuts = get_shortcuts(request)
    if shortcuts:
        panels.insert(0, ShortcutsPanel(shortcuts))
