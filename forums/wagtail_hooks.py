from django.contrib import messages
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from forums.models import ForumIndexPage, ForumModule, ForumPage
from wimc_site.current import current_edition
from wimc_site.models.pages import HomeSection, home_section_index

NEXT_UP_COUNT = 3


class ForumModuleViewSet(SnippetViewSet):
    model = ForumModule
    icon = "tag"
    menu_label = gettext_lazy("Forum modules")
    menu_order = 320
    list_display = ["name", "slug", "sort_order", "locale"]
    ordering = ["sort_order", "name"]


register_snippet(ForumModuleViewSet)


def warn_about_double_bookings(request, page):
    """Saving is never blocked, but editors hear when a guest is in two forums at the same time."""
    if not isinstance(page, ForumPage):
        return
    for guest, other in page.get_double_bookings():
        messages.warning(
            request,
            _("%(guest)s is also booked at “%(forum)s” (%(day)s, %(start)s–%(end)s) at the same time.")
            % {
                "guest": guest.title,
                "forum": other.title,
                "day": formats.date_format(other.local_start, "MONTH_DAY_FORMAT"),
                "start": other.local_start.strftime("%H:%M"),
                "end": other.local_end.strftime("%H:%M"),
            },
        )


hooks.register("after_create_page", warn_about_double_bookings)
hooks.register("after_edit_page", warn_about_double_bookings)


@hooks.register("register_home_section")
def programme_home_section(request, home_page):
    """Forums of the current edition live now, else the next three; no section otherwise. The
    edition's forums are kept until the next change (no query per visit); which of them are live
    or next is decided per request, by the clock."""
    index_page = home_section_index(home_page, ForumIndexPage)
    if index_page is None:
        return None
    edition = current_edition(request)
    forums, guests = index_page.get_edition_programme(edition)
    now = timezone.now()
    live = [forum for forum in forums if forum.start <= now < forum.end]
    if live:
        title, items = _("Live now"), live
    else:
        title, items = _("Next up"), [forum for forum in forums if forum.start > now][:NEXT_UP_COUNT]
    if not items:
        return None
    modules = index_page.get_modules()
    return HomeSection(
        template="forums/includes/home_section.html",
        context={
            "title": title,
            "index_page": index_page,
            "items": index_page.programme_items(items, modules, guests=guests),
        },
        order=15,
    )
