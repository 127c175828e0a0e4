"""E-mails about negotiation requests: one to the exhibitor's (or listing's) contact, one to the visitor.

A request is always stored first. Mail goes out afterwards; when the mail server fails the request
stays, marked not yet notified with the error, and `manage.py retry_expo_notifications` sends what
is missing. The contact's e-mail is sent at most once (`contact_notified_at`), so a retry after the
acknowledgement failed does not forward the request twice.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from wimc_site.links import absolute_url

logger = logging.getLogger(__name__)
MAX_ERROR_LENGTH = 2000


def organizers_address():
    return getattr(settings, "EXPO_ORGANIZERS_EMAIL", "") or settings.DEFAULT_FROM_EMAIL


def recipient_for(request_obj):
    page = request_obj.about
    recipient = page.request_recipient() if page is not None else ""
    return recipient or organizers_address()


def _render(template, request_obj, language):
    page = request_obj.about
    with translation.override(language):
        context = {
            "request": request_obj,
            "page": page,
            "page_url": absolute_url(page.get_url()) if page is not None else "",
            "kind": request_obj.get_kind_display(),
        }
        subject = render_to_string(f"expo/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"expo/email/{template}.txt", context)
    return " ".join(subject.split()), body


def notify(request_obj):
    """Send the e-mails this request still needs. True when both are out; never raises."""
    page = request_obj.about
    # The visitor wrote in the language of the page they were on.
    language = page.locale.language_code if page is not None else settings.LANGUAGE_CODE
    request_obj.notify_attempts += 1
    try:
        if request_obj.contact_notified_at is None:
            subject, body = _render("request_to_contact", request_obj, language)
            send_mail(subject, body, None, [recipient_for(request_obj)])
            request_obj.contact_notified_at = timezone.now()
        subject, body = _render("request_acknowledgement", request_obj, language)
        send_mail(subject, body, None, [request_obj.email])
    except Exception as error:
        logger.exception("E-mail about negotiation request %s failed", request_obj.pk)
        request_obj.last_error = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        request_obj.save(update_fields=["notify_attempts", "contact_notified_at", "last_error"])
        return False
    request_obj.notified_at = timezone.now()
    request_obj.last_error = ""
    request_obj.save(update_fields=["notify_attempts", "contact_notified_at", "notified_at", "last_error"])
    return True
