from axes.models import AccessAttempt
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
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


class RecordedByAxesPolicy(ModelPermissionPolicy):
    """Sign-in attempts are recorded by django-axes, never written by hand: they are only seen and
    deleted (by administrators, who have every model permission)."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccessAttempt, RecordedByAxesPolicy(AccessAttempt), exact_class=True)


class SignInLockoutViewSet(ModelViewSet):
    """Settings > Sign-in lockouts: failed sign-ins per username and address; deleting one lifts its lock."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in lockouts")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = ["username", "ip_address"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["username"]  # required by ModelViewSet; the policy above refuses adding and editing


@hooks.register("register_admin_viewset")
def register_sign_in_lockouts():
    return SignInLockoutViewSet("sign_in_lockouts")
