from unittest import mock

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, TestCase, override_settings

from expo.factories import build_listing
from expo.models import NegotiationRequest
from expo.views import RATE_LIMIT

from .helpers import ExpoSiteMixin, visible_text

FORM = {
    "name": "Wang Lei",
    "organization": "Suzhou Battery Works",
    "email": "wang.lei@example.com",
    "phone": "+86 512 6666 8888",
    "kind": "purchase",
    "message": "Please quote two welding cells for delivery in March.",
    "homepage": "",
}


class FailingEmailBackend:
    """A mail server that is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class RequestFormTests(ExpoSiteMixin, TestCase):
    """A visitor sends a business negotiation request from an exhibitor's page or a listing."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.robots = cls.exhibitor("Jiangning Precision Robotics", contact_email="sales@jr.example.com")
        cls.listing = build_listing(cls.solutions, "Seeking an MES supplier", exhibitor=cls.robots)
        cls.contact_url = cls.robots.url + "contact/"

    def setUp(self):
        cache.clear()  # the rate limit counts per address in the cache

    def post(self, url=None, **changes):
        return self.client.post(url or self.contact_url, {**FORM, **changes})

    def test_the_page_shows_the_form_and_is_never_cached(self):
        response = self.client.get(self.robots.url)
        self.assertContains(response, f'action="{self.contact_url}"')
        self.assertContains(response, 'name="csrfmiddlewaretoken"')
        self.assertIn("no-cache", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_valid_request_is_stored_then_mailed_to_the_contact_and_the_visitor(self):
        response = self.post()
        self.assertRedirects(response, self.robots.url + "contact/sent/")
        request_obj = NegotiationRequest.objects.get()
        self.assertEqual((request_obj.exhibitor, request_obj.area), (self.robots, self.solutions))
        self.assertEqual(
            (request_obj.name, request_obj.kind, request_obj.status), ("Wang Lei", "purchase", "new")
        )
        self.assertIsNotNone(request_obj.notified_at)
        self.assertEqual([m.to for m in mail.outbox], [["sales@jr.example.com"], ["wang.lei@example.com"]])
        self.assertIn("Please quote two welding cells", mail.outbox[0].body)
        self.assertIn("Suzhou Battery Works", mail.outbox[0].subject)
        self.assertIn("Jiangning Precision Robotics", mail.outbox[1].subject)
        thanks = visible_text(self.client.get(response["Location"]))
        self.assertIn("Thank you: your request has been received.", thanks)
        self.assertIn("They will reply to you directly", thanks)

    def test_request_about_a_listing_names_the_listing_and_its_exhibitor(self):
        self.assertRedirects(self.post(self.listing.url + "contact/"), self.listing.url + "contact/sent/")
        request_obj = NegotiationRequest.objects.get()
        self.assertEqual((request_obj.listing, request_obj.exhibitor), (self.listing, self.robots))
        self.assertEqual(mail.outbox[0].to, ["sales@jr.example.com"])

    def test_without_a_contact_the_organizers_get_the_request(self):
        other = self.exhibitor("Hefei Zhiyuan Machine Vision")
        with override_settings(EXPO_ORGANIZERS_EMAIL="expo@wimc.example.org"):
            self.post(other.url + "contact/")
        self.assertEqual(mail.outbox[0].to, ["expo@wimc.example.org"])

    def test_invalid_request_shows_the_errors_and_keeps_what_was_typed(self):
        response = self.post(email="not-an-address", kind="", message="")
        self.assertEqual(response.status_code, 200)
        self.assertFalse(NegotiationRequest.objects.exists())
        self.assertEqual(mail.outbox, [])
        self.assertContains(response, "Please correct the fields marked below.")
        self.assertContains(response, "Enter a valid email address.")
        self.assertContains(response, 'value="Wang Lei"')
        self.assertContains(response, 'value="Suzhou Battery Works"')
        self.assertContains(response, 'value="not-an-address"')
        self.assertContains(response, 'aria-invalid="true" aria-describedby="id_email_error"')

    def test_every_field_has_a_length_limit(self):
        response = self.post(name="x" * 101, organization="y" * 201, phone="1" * 41, message="z" * 4001)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(NegotiationRequest.objects.exists())
        self.assertEqual(response.content.decode().count("Ensure this value has at most"), 4)
        self.assertContains(self.client.get(self.robots.url), 'maxlength="4000"')

    def test_honeypot_looks_like_success_but_stores_nothing(self):
        response = self.post(homepage="http://spam.example.com")
        self.assertRedirects(response, self.robots.url + "contact/sent/")
        self.assertFalse(NegotiationRequest.objects.exists())
        self.assertEqual(mail.outbox, [])

    def test_honeypot_is_hidden_from_people_and_screen_readers(self):
        html = self.client.get(self.robots.url).content.decode()
        trap = html.split('class="expo-form__trap"')[1].split("</div>")[0]
        self.assertIn('aria-hidden="true"', trap)
        self.assertIn('<label for="id_homepage">Leave this field empty</label>', trap)
        self.assertIn('tabindex="-1"', trap)

    def test_rate_limit_answers_429_with_a_clear_message_and_keeps_the_input(self):
        for _ in range(RATE_LIMIT):
            self.assertEqual(self.post().status_code, 302)
        response = self.post(message="One more, please.")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "You have sent several requests in the last hour", status_code=429)
        self.assertContains(response, "One more, please.", status_code=429)
        self.assertEqual(NegotiationRequest.objects.count(), RATE_LIMIT)
        # Another address is not affected.
        self.assertEqual(self.client.post(self.contact_url, FORM, REMOTE_ADDR="10.0.0.9").status_code, 302)

    @override_settings(TRUSTED_PROXIES=1)
    def test_rate_limit_counts_the_visitor_behind_the_proxy(self):
        for _ in range(RATE_LIMIT):
            self.client.post(self.contact_url, FORM, HTTP_X_FORWARDED_FOR="203.0.113.7")
        self.assertEqual(
            self.client.post(self.contact_url, FORM, HTTP_X_FORWARDED_FOR="203.0.113.7").status_code, 429
        )
        self.assertEqual(
            self.client.post(self.contact_url, FORM, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code, 302
        )

    def test_csrf_token_is_required(self):
        client = Client(enforce_csrf_checks=True)
        self.assertEqual(client.post(self.contact_url, FORM).status_code, 403)
        self.assertFalse(NegotiationRequest.objects.exists())

    def test_get_on_the_contact_address_leads_to_the_form(self):
        self.assertRedirects(
            self.client.get(self.contact_url), self.robots.url + "#contact", fetch_redirect_response=False
        )

    @override_settings(EMAIL_BACKEND="tests.expo.test_requests.FailingEmailBackend")
    def test_mail_failure_keeps_the_request_and_flags_it(self):
        with self.assertLogs("expo.notifications", level="ERROR"):
            response = self.post()
        self.assertRedirects(response, self.robots.url + "contact/sent/")
        request_obj = NegotiationRequest.objects.get()
        self.assertIsNone(request_obj.notified_at)
        self.assertIsNone(request_obj.contact_notified_at)
        self.assertEqual(request_obj.notify_attempts, 1)
        self.assertIn("mail server down", request_obj.last_error)

    def test_retry_command_sends_what_is_pending(self):
        with (
            override_settings(EMAIL_BACKEND="tests.expo.test_requests.FailingEmailBackend"),
            self.assertLogs("expo.notifications", level="ERROR"),
        ):
            self.post()
        call_command("retry_expo_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
        request_obj = NegotiationRequest.objects.get()
        self.assertIsNotNone(request_obj.notified_at)
        self.assertEqual(request_obj.notify_attempts, 2)
        self.assertEqual(request_obj.last_error, "")
        self.assertEqual(len(mail.outbox), 2)
        call_command("retry_expo_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(len(mail.outbox), 2)  # nothing pending any more

    def test_retry_after_a_failed_acknowledgement_does_not_forward_twice(self):
        calls = []

        def fail_second(subject, body, sender, recipients):
            calls.append(recipients)
            if len(calls) == 2:
                raise OSError("connection reset")
            return 1

        with (
            mock.patch("expo.notifications.send_mail", side_effect=fail_second),
            self.assertLogs("expo.notifications", level="ERROR"),
        ):
            self.post()
        request_obj = NegotiationRequest.objects.get()
        self.assertIsNotNone(request_obj.contact_notified_at)
        self.assertIsNone(request_obj.notified_at)
        call_command("retry_expo_notifications", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual([m.to for m in mail.outbox], [["wang.lei@example.com"]])
