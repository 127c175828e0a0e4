"""Business negotiation requests: what a visitor sends from an exhibitor's page or a listing."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestKind(models.TextChoices):
    PURCHASE = "purchase", _("Purchase")
    COOPERATION = "cooperation", _("Cooperation")
    INVESTMENT = "investment", _("Investment")
    RECRUITMENT = "recruitment", _("Recruitment")
    OTHER = "other", _("Other")


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    FORWARDED = "forwarded", _("Forwarded")
    IN_NEGOTIATION = "in_negotiation", _("In negotiation")
    CLOSED = "closed", _("Closed")


class NegotiationRequestQuerySet(models.QuerySet):
    def pending_notification(self):
        """Requests whose e-mails have not all gone out yet (the mail server failed)."""
        return self.filter(notified_at__isnull=True)


class NegotiationRequest(models.Model):
    """A visitor's request to an exhibitor or about a listing. Holds personal data: only the expo's
    organizers see it."""

    exhibitor = models.ForeignKey(
        "expo.ExhibitorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
        verbose_name=_("exhibitor"),
    )
    listing = models.ForeignKey(
        "expo.ExpoListingPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
        verbose_name=_("supply or demand listing"),
    )
    # Kept here (in the default language) so organizers can filter by area in one query.
    area = models.ForeignKey(
        "expo.ExpoAreaPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("exhibition area"),
    )
    name = models.CharField(_("name"), max_length=100)
    organization = models.CharField(_("organization"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    kind = models.CharField(_("kind of request"), max_length=20, choices=RequestKind.choices)
    message = models.TextField(_("message"), max_length=4000)
    status = models.CharField(
        _("status"), max_length=20, choices=RequestStatus.choices, default=RequestStatus.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    contact_notified_at = models.DateTimeField(
        _("forwarded by e-mail"),
        null=True,
        blank=True,
        help_text=_("When the request was e-mailed to the exhibitor or listing contact."),
    )
    notified_at = models.DateTimeField(
        _("e-mails sent"),
        null=True,
        blank=True,
        help_text=_("Empty while the e-mails to the contact and the visitor have not both gone out."),
    )
    notify_attempts = models.PositiveSmallIntegerField(_("e-mail attempts"), default=0)
    last_error = models.TextField(_("last e-mail error"), blank=True)

    objects = NegotiationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("negotiation request")
        verbose_name_plural = _("negotiation requests")

    def __str__(self):
        about = self.exhibitor or self.listing
        return (
            f"{self.name} ({self.organization}) → {about}" if about else f"{self.name} ({self.organization})"
        )

    @property
    def about(self):
        """The page the request was sent from: the listing, else the exhibitor."""
        return self.listing or self.exhibitor

    @property
    def is_notified(self):
        return self.notified_at is not None

    @admin.display(description=_("e-mails"), ordering="notified_at")
    def notification_summary(self):
        """What organizers read in the request list: sent, or why not yet."""
        if self.notified_at is not None:
            return _("Sent")
        return _("Not sent yet (%(n)s attempts); retried automatically") % {"n": self.notify_attempts}
