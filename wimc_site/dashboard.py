"""The admin dashboard's "Shortcuts" panel: the common tasks of each staff group, one click away.

Each app adds its shortcuts through the `register_dashboard_shortcuts` hook: a function taking the
request and returning a list of `Shortcut` (empty when the user may not do that work).
"""

from dataclasses import dataclass, field

from wagtail import hooks
from wagtail.admin.ui.components import Component


@dataclass
class Shortcut:
    label: str
    url: str
    icon: str = "arrow-right"
    count: int | None = None
    items: list = field(default_factory=list)  # (title, url) pairs shown under the link


class ShortcutsPanel(Component):
    name = "wimc_shortcuts"
    template_name = "wimc_site/admin/shortcuts_panel.html"
    order = 50  # before Wagtail's own panels

    def __init__(self, shortcuts):
        self.shortcuts = shortcuts

    def get_context_data(self, parent_context):
        return {"shortcuts": self.shortcuts}


def get_shortcuts(request):
    return [s for fn in hooks.get_hooks("register_dashboard_shortcuts") for s in fn(request)]
