from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button as ListingButton
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from wimc_site import translation_views
from wimc_site.dashboard import Shortcut, ShortcutsPanel, get_shortcuts
from wimc_site.models import ConferenceEdition, MainMenu, Organizer
from wimc_site.translations import may_edit_locale, outdated_mark, source_of, with_outdated_flag


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


# The translation workflow (wimc_site/translations.py): report, shortcuts, marks in listings and
# editors, and each language's editors kept to their language's snippets.

class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return translation_views.user_may_translate(request.user)


@hooks.register("register_admin_urls")
def register_translation_urls():
    return translation_views.get_urls()


@hooks.register("register_reports_menu_item")
def register_translations_report():
    return TranslationsMenuItem(
        _("Translations"), reverse("wimc_translations"), name="translations", icon_name="globe", order=50
    )


@hooks.register("register_dashboard_shortcuts")
def translation_shortcuts(request):
    if not translation_views.user_may_translate(request.user):
        return []
    rows = translation_views.outdated_rows(request.user)
    items = [
        (f"{row['object']} ({row['mark'].locale.get_display_name()})", row["edit_url"]) for row in rows[:5]
    ]
    return [Shortcut(_("Translations out of date"), reverse("wimc_translations"), icon="globe",
                     count=len(rows), items=items)]


def _outdated_message(request, obj):
    """A warning on the editor of a translation whose original changed after it was last published."""
    mark = outdated_mark(obj)
    if mark is None or request.method != "GET":
        return
    source = source_of(obj)
    buttons = []
    if isinstance(source, Page) and source.live:
        buttons.append(messages.button(source.get_url(request), _("View the original"), new_window=True))
    buttons.append(messages.button(reverse("wimc_translations"), _("Translations report")))
    values = {
        "language": Locale.get_default().get_display_name(),
        "date": formats.date_format(timezone.localtime(mark.source_changed_at), "DATETIME_FORMAT"),
    }
    if isinstance(obj, Page):
        text = _("Out of date: the %(language)s version was published on %(date)s, after this translation. "
                 "Update the translation and publish it; if the change does not concern it, mark it up to "
                 "date in the Translations report.")
    else:
        text = _("Out of date: the %(language)s version was saved on %(date)s, after this translation. "
                 "Update the translation and save it; if the change does not concern it, mark it up to "
                 "date in the Translations report.")
    messages.warning(request, text % values, buttons=buttons)


@hooks.register("before_edit_page")
def warn_outdated_page(request, page):
    _outdated_message(request, page)


def _locale_denied(request, locale_id):
    return locale_id is not None and not may_edit_locale(request.user, locale_id)


@hooks.register("before_edit_snippet")
def check_snippet_language(request, instance):
    if isinstance(instance, TranslatableMixin):
        if _locale_denied(request, instance.locale_id):
            return permission_denied(request)
        _outdated_message(request, instance)
    return None


@hooks.register("before_delete_snippet")
def check_snippet_language_on_delete(request, instances):
    for instance in instances:
        if isinstance(instance, TranslatableMixin) and _locale_denied(request, instance.locale_id):
            return permission_denied(request)
    return None


@hooks.register("before_create_snippet")
def check_new_snippet_language(request, model):
    if issubclass(model, TranslatableMixin):
        code = request.GET.get("locale") or settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=code).first()
        if _locale_denied(request, locale.pk if locale else None):
            return permission_denied(request)
    return None


@hooks.register("construct_explorer_page_queryset")
def flag_outdated_in_explorer(parent_page, pages, request):
    return with_outdated_flag(pages)


def is_outdated(page):
    """From the explorer's flag where the listing has it; otherwise (search results) asked here."""
    flagged = getattr(page, "has_outdated_mark", None)
    if flagged is not None:
        return flagged
    return page.locale_id != Locale.get_default().pk and outdated_mark(page) is not None


@hooks.register("register_page_listing_buttons")
def outdated_page_button(page, user, next_url=None):
    if is_outdated(page):
        yield ListingButton(
            _("Translation out of date"), reverse("wagtailadmin_pages:edit", args=[page.pk]),
            icon_name="warning", priority=5,
        )


@hooks.register("register_snippet_listing_buttons")
def outdated_snippet_button(snippet, user, next_url=None):
    if isinstance(snippet, TranslatableMixin) and outdated_mark(snippet) is not None:
        yield ListingMenuItem(_("Translation out of date"), translation_views.edit_url(snippet),
                              icon_name="warning", priority=5)
