"""Views of the expo: receiving a negotiation request, and the admin's request list and exhibitor import."""

import logging
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls.resolvers import URLPattern
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import permission_denied
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from expo.forms import NegotiationRequestForm
from expo.importing import ExhibitorImport, get_default_index
from expo.models import NegotiationRequest
from expo.notifications import notify
from wimc_site.import_views import ImportAdmin
from wimc_site.importing import defuse

logger = logging.getLogger(__name__)

# Requests one address may send in RATE_WINDOW seconds; enough for a buyer writing to several
# exhibitors in a sitting, too few for a bot.
RATE_LIMIT = 5
RATE_WINDOW = 3600
IMPORT_PERMISSION = "expo.import_exhibitors"


def client_address(request):
    """The visitor's IP address. Behind TRUSTED_PROXIES reverse proxies, the address the outermost
    trusted proxy saw (the right-most entries of X-Forwarded-For are the proxies' own)."""
    proxies = getattr(settings, "TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= proxies:
            return forwarded[-proxies][:64]
    return request.META.get("REMOTE_ADDR", "")[:64]


def rate_limited(request):
    """Count one request from this address; True when it is over RATE_LIMIT in the window."""
    key = f"expo-requests:{client_address(request)}"
    cache.add(key, 0, timeout=RATE_WINDOW)  # starts the window; does nothing if already open
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


def receive_request(page, request):
    """Validate, store, then e-mail a negotiation request sent from `page`; redirect to the thank-you."""
    form = NegotiationRequestForm(request.POST)
    if not form.is_valid():
        return page.render(request, context_overrides={"request_form": form})
    sent_url = page.get_url(request) + page.reverse_subpage("contact_sent")
    if form.is_spam:
        logger.info("Negotiation request caught by the honeypot on page %s", page.pk)
        return redirect(sent_url)  # looks like success to the bot; nothing is stored
    if rate_limited(request):
        form.add_error(
            None,
            _(
                "You have sent several requests in the last hour. To protect exhibitors "
                "from spam, please wait an hour and send this one again; what you "
                "typed is kept below."
            ),
        )
        response = page.render(request, context_overrides={"request_form": form})
        response.status_code = 429
        return response
    with transaction.atomic():
        request_obj = form.save(commit=False)
        for name, value in page.request_target().items():
            setattr(request_obj, name, value)
        request_obj.save()
    notify(request_obj)  # after the commit: a mail failure never loses the request
    return redirect(sent_url)


# --- Admin: negotiation requests ---------------------------------------------------------------


class NegotiationRequestIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("exhibitor", "listing", "area")

    def write_csv_row(self, writer, row_dict):
        # Visitors typed these cells: a spreadsheet must not run "=..." as a formula.
        return writer.writerow(
            {
                field: defuse(str(self.preprocess_field_value(field, value, self.FORMAT_CSV)))
                for field, value in row_dict.items()
            }
        )


class NegotiationRequestViewSet(ModelViewSet):
    model = NegotiationRequest
    index_view_class = NegotiationRequestIndexView
    icon = "mail"
    menu_label = gettext_lazy("Negotiation requests")
    menu_name = "negotiation-requests"
    menu_order = 160
    add_to_admin_menu = True
    copy_view_enabled = False
    list_display = [
        "name",
        "organization",
        "exhibitor",
        "listing",
        "kind",
        "status",
        "created_at",
        "notification_summary",
    ]
    list_filter = ["status", "kind", "area"]
    search_fields = ["name", "organization", "email", "message", "exhibitor__title", "listing__title"]
    search_backend_name = None
    list_export = [
        "created_at",
        "get_status_display",
        "get_kind_display",
        "area",
        "exhibitor",
        "listing",
        "name",
        "organization",
        "email",
        "phone",
        "message",
        "notified_at",
    ]
    export_headings = {"get_status_display": gettext_lazy("Status"), "get_kind_display": gettext_lazy("Kind")}
    export_filename = "negotiation-requests"
    panels = [
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldPanel("exhibitor", read_only=True),
                FieldPanel("listing", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("organization", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("phone", read_only=True),
                FieldPanel("kind", read_only=True),
                FieldPanel("message", read_only=True),
            ],
            heading=gettext_lazy("The request"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("created_at", read_only=True),
                FieldPanel("notified_at", read_only=True),
                FieldPanel("notify_attempts", read_only=True),
                FieldPanel("last_error", read_only=True),
            ],
            heading=gettext_lazy("E-mails"),
        ),
    ]

    def get_urlpatterns(self):
        # The admin turns a refusal into a redirect to its dashboard; here staff without the
        # permission (news editors, guest organizers) get a plain 403: requests hold personal data.
        return [
            URLPattern(p.pattern, forbidden_on_refusal(p.callback), p.default_args, p.name)
            for p in super().get_urlpatterns()
        ]


def forbidden_on_refusal(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as error:
            return permission_denied(request, error)

    return wrapper


negotiation_request_viewset = NegotiationRequestViewSet("negotiation_requests")


# --- Admin: exhibitor import -------------------------------------------------------------------


class ExhibitorImportAdmin(ImportAdmin):
    importer_class = ExhibitorImport
    url_prefix = "expo"
    url_path = "expo/exhibitors"
    permission = IMPORT_PERMISSION
    icon = "upload"
    title = gettext_lazy("Import exhibitors")
    noun = gettext_lazy("exhibitors")
    key_label = gettext_lazy("Exhibitor key")
    detail_label = gettext_lazy("Area")
    detail_column = "area"
    images_label = gettext_lazy("Logos (zip, optional)")
    export_filename = "exhibitors.csv"
    success_message = gettext_lazy("Exhibitors imported: %(summary)s.")

    def get_index(self):
        return get_default_index()


exhibitor_import_admin = ExhibitorImportAdmin()
