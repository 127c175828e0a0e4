from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse

LOGIN = "/admin/login/"
RIGHT = "correct horse battery"


class SignInLockoutTests(TestCase):
    """Five wrong passwords lock a username out from that address for 15 minutes; admins lift it."""

    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.editor = User.objects.create_user("editor", "editor@example.com", RIGHT, is_staff=True)
        cls.editor.user_permissions.add(*cls.access_admin())
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.com", RIGHT)

    @staticmethod
    def access_admin():
        from django.contrib.auth.models import Permission

        return Permission.objects.filter(codename="access_admin")

    def sign_in(self, password, username="editor", address=None):
        extra = {"HTTP_X_FORWARDED_FOR": address} if address else {}
        data = {"username": username, "password": password, "next": "/admin/"}
        return self.client.post(LOGIN, data, **extra)

    def signed_in(self, response):
        return response.status_code == 302 and response["Location"] == "/admin/"

    def fail(self, times, **kwargs):
        for _ in range(times):
            self.assertContains(self.sign_in("wrong", **kwargs), "Your username and password didn")

    def lock_out(self, **kwargs):
        self.fail(4, **kwargs)
        self.assertContains(self.sign_in("wrong", **kwargs), "Sign-in locked", status_code=429)

    def test_right_password_works_after_a_few_wrong_ones(self):
        self.fail(4)
        self.assertTrue(self.signed_in(self.sign_in(RIGHT)))

    def test_fifth_failure_locks_out_even_the_right_password(self):
        self.lock_out()
        response = self.sign_in(RIGHT)
        self.assertContains(response, "5 failed sign-in attempts for this account from your address",
                            status_code=429)
        self.assertContains(response, "blocked for 15 minutes", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_lockout_is_per_username_and_address(self):
        self.lock_out(address="203.0.113.7")
        self.assertEqual(self.sign_in(RIGHT, address="203.0.113.7").status_code, 429)
        # The same editor from another address, and another account from that address, still sign in.
        self.assertTrue(self.signed_in(self.sign_in(RIGHT, address="198.51.100.4")))
        self.client.logout()
        self.assertTrue(self.signed_in(self.sign_in(RIGHT, username="admin", address="203.0.113.7")))

    def test_command_lifts_the_lock(self):
        self.lock_out()
        call_command("axes_reset_username", "editor", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertTrue(self.signed_in(self.sign_in(RIGHT)))

    def test_administrator_lifts_the_lock_in_the_admin(self):
        self.lock_out(address="203.0.113.7")
        attempt = AccessAttempt.objects.get(username="editor")
        self.client.force_login(self.admin)
        listing = self.client.get(reverse("sign_in_lockouts:index"))
        self.assertContains(listing, "203.0.113.7")
        self.assertEqual(self.client.get(reverse("sign_in_lockouts:add")).status_code, 302)
        response = self.client.post(reverse("sign_in_lockouts:delete", args=(attempt.pk,)))
        self.assertRedirects(response, reverse("sign_in_lockouts:index"))
        self.client.logout()
        self.assertTrue(self.signed_in(self.sign_in(RIGHT, address="203.0.113.7")))

    def test_editors_do_not_see_the_lockouts(self):
        self.client.force_login(self.editor)
        self.assertRedirects(self.client.get(reverse("sign_in_lockouts:index")), reverse("wagtailadmin_home"))


class PasswordResetRateLimitTests(TestCase):
    """The password-reset form sends a few e-mails an hour per address and per account, then refuses."""

    @classmethod
    def setUpTestData(cls):
        get_user_model().objects.create_user("editor", "editor@example.com", RIGHT, is_staff=True)

    def setUp(self):
        cache.clear()
        self.addCleanup(cache.clear)

    def reset(self, email, address="203.0.113.7"):
        return self.client.post("/admin/password_reset/", {"email": email}, HTTP_X_FORWARDED_FOR=address)

    def test_three_resets_per_account_an_hour(self):
        for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
            self.assertRedirects(self.reset("editor@example.com", address), "/admin/password_reset/done/")
        response = self.reset("editor@example.com", "203.0.113.4")
        self.assertContains(response, "Too many password reset requests", status_code=429)
        self.assertEqual(len(mail.outbox), 3)

    def test_five_requests_per_address_an_hour(self):
        for n in range(5):
            self.assertEqual(self.reset(f"nobody{n}@example.com").status_code, 302)
        response = self.reset("editor@example.com")
        self.assertContains(response, "Too many password reset requests", status_code=429)
        self.assertEqual(len(mail.outbox), 0)
        self.assertEqual(self.reset("editor@example.com", address="198.51.100.4").status_code, 302)
        self.assertEqual(len(mail.outbox), 1)
