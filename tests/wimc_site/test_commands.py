import io
import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.test import RequestFactory, TestCase

ROOT = Path(__file__).resolve().parents[2]


class EnsureAdminTests(TestCase):
    def run_command(self, **env):
        out = io.StringIO()
        with mock.patch.dict(os.environ, env):
            call_command("ensure_admin", stdout=out)
        return out.getvalue()

    def test_generated_password_is_printed_once_and_works(self):
        os.environ.pop("WIMC_ADMIN_PASSWORD", None)
        output = self.run_command()
        password = output.strip().rsplit(" ", 1)[-1]
        # django-axes needs the request to sign in (it locks a username out per address).
        request = RequestFactory().post("/admin/login/")
        self.assertIsNotNone(authenticate(request, username="admin", password=password))
        self.assertNotIn(password, self.run_command())

    def test_password_from_environment(self):
        self.run_command(WIMC_ADMIN_PASSWORD="correct horse battery")
        user = get_user_model().objects.get(username="admin")
        self.assertTrue(user.is_superuser)
        self.assertTrue(user.check_password("correct horse battery"))


class ProductionSettingsTests(TestCase):
    """Production refuses to start half-configured and passes Django's deployment checks."""

    def manage(self, *args, **env):
        # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE is no part of a deployment's environment.
        unset = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")
        environment = {k: v for k, v in os.environ.items() if k not in unset}
        environment.update(DJANGO_SETTINGS_MODULE="wimc_site.settings.production", **env)
        return subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True
        )

    def test_missing_secret_key_is_refused(self):
        result = self.manage("check", ALLOWED_HOSTS="wimc.example.org")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("Set SECRET_KEY", result.stderr)

    def test_short_secret_key_is_refused(self):
        result = self.manage("check", SECRET_KEY="short", ALLOWED_HOSTS="wimc.example.org")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("SECRET_KEY is 5 characters long; use at least 50", result.stderr)

    def test_pages_render_with_collected_hashed_static_files(self):
        """After collectstatic, production pages link the hashed, compressed copies."""
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            env = {
                "SECRET_KEY": "k" * 20 + "Zq8!vX2#pL9@rT5$wY7^mN3&bH6*cJ4%",
                "ALLOWED_HOSTS": "testserver",
                "STATIC_ROOT": f"{tmp}/static",
                "DATABASE_URL": f"sqlite:///{tmp}/db.sqlite3",
            }
            for command in (["collectstatic", "--noinput", "-v0"], ["migrate", "--noinput", "-v0"]):
                result = self.manage(*command, **env)
                self.assertEqual(result.returncode, 0, result.stderr)
            self.assertTrue(list(Path(tmp, "static/css").glob("site.*.css.gz")))
            script = (
                "from django.test import Client; r = Client().get('/no-such-page/', secure=True); "
                "print(r.status_code); print(r.content.decode())"
            )
            result = self.manage("shell", "--no-imports", "-c", script, **env)
        self.assertEqual(result.returncode, 0, result.stderr)
        status, html = result.stdout.split("\n", 1)
        self.assertEqual(status.strip(), "404")
        self.assertRegex(html, r'href="/static/css/site\.[0-9a-f]{12}\.css"')

    def test_check_deploy_is_clean(self):
        result = self.manage(
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
            SECRET_KEY="k" * 20 + "Zq8!vX2#pL9@rT5$wY7^mN3&bH6*cJ4%",
            ALLOWED_HOSTS="wimc.example.org",
        )
        self.assertEqual(result.returncode, 0, result.stderr + result.stdout)
