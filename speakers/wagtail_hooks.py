from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from speakers import views
from speakers.models import LISTING_PHOTO, GuestCategory, GuestIndexPage, GuestPage, guest_cards
from wimc_site.current import current_edition
from wimc_site.dashboard import Shortcut
from wimc_site.images import renditions_prefetch, with_all_renditions
from wimc_site.kept import kept
from wimc_site.models.pages import HomeSection, home_section_index
from wimc_site.snippets import CategoryViewSet

FEATURED_COUNT = 8


class GuestCategoryViewSet(CategoryViewSet):
    model = GuestCategory
    menu_label = _("Guest categories")
    menu_order = 310
    add_to_admin_menu = False  # under Snippets, where organizers have always found it
    list_display = ["name", "plural_label", "slug", "sort_order", "locale"]


register_snippet(GuestCategoryViewSet)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [
        path("guests/", views.guests_explorer, name="speakers_guests"),
        *views.guest_import_admin.get_urls(),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.IMPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_guests_menu_item():
    # Organizers' way in: the guest list in the page explorer (add, edit, reorder, publish).
    return ImportMenuItem(_("Guests"), reverse("speakers_guests"), name="guests", icon_name="user", order=150)


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        _("Import guests"), reverse("speakers_import"), name="import-guests", icon_name="upload", order=305
    )


@hooks.register("register_home_section")
def featured_guests_section(request, home_page):
    """The current edition's featured guests; no section when there are none."""
    index = home_section_index(home_page, GuestIndexPage)
    if index is None:
        return None
    edition = current_edition(request)

    def read_featured():
        guests = GuestPage.objects.published().child_of(index).filter(featured=True)
        if edition is not None:
            guests = guests.for_edition(edition)
        guests = (
            guests.select_related("category", "photo")
            .prefetch_related(renditions_prefetch("photo", LISTING_PHOTO))
            .defer_streamfields()
            .order_by("path")[:FEATURED_COUNT]
        )
        return guest_cards(with_all_renditions(list(guests), "photo", LISTING_PHOTO))

    # Kept until the next change (a guest's edit or publish, or another edition chosen).
    cards = kept(("home-featured-guests", index.pk, edition and edition.pk), read_featured)
    return HomeSection.showing(cards, "speakers/includes/home_section.html", 20, cards=cards, index=index)


@hooks.register("register_dashboard_shortcuts")
def guest_shortcuts(request):
    if not request.user.has_perm(views.IMPORT_PERMISSION):
        return []
    return [
        Shortcut(_("Import guests"), reverse("speakers_import"), icon="upload"),
        Shortcut(_("Guest list"), reverse("speakers_guests"), icon="user"),
    ]
