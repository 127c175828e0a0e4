from django.core.management.base import BaseCommand

from expo.models import NegotiationRequest
from expo.notifications import notify


class Command(BaseCommand):
    help = (
        "Send the e-mails of negotiation requests that could not be sent when they arrived "
        "(the mail server failed). Run it from cron, e.g. every 15 minutes."
    )

    def handle(self, *args, **options):
        pending = NegotiationRequest.objects.pending_notification().select_related("exhibitor", "listing")
        sent = failed = 0
        for request_obj in pending.order_by("created_at"):
            if notify(request_obj):
                sent += 1
            else:
                failed += 1
        self.stdout.write(f"Negotiation requests notified: {sent}; still failing: {failed}.")
        if failed:
            self.stderr.write("Some e-mails failed again; see the log and each request's last error.")
