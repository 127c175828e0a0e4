import datetime
import re

from django.test import TestCase

from news.factories import build_news_index, build_news_page
from speakers.factories import build_guest, build_guest_index
from wimc_site.factories import build_home_page

PUBLIC_URLS = [
    "/", "/news/", "/news/first-release/", "/guests/", "/guests/ada-sample/", "/search/?query=wimc",
    "/no-such-page/",
]


def directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


class SecurityHeaderTests(TestCase):
    """Public pages carry a Content-Security-Policy without inline script, and a Permissions-Policy."""

    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        build_news_page(build_news_index(home), "First release", date=datetime.date(2020, 11, 6))
        build_guest(build_guest_index(home), "Ada Sample", "academicians")

    def test_public_pages_allow_scripts_from_this_site_only(self):
        for url in PUBLIC_URLS:
            with self.subTest(url=url):
                response = self.client.get(url)
                policy = directives(response)
                self.assertEqual(policy["script-src"], ["'self'", "http://testserver"])
                self.assertEqual(policy["default-src"], ["'self'"])
                self.assertEqual(policy["object-src"], ["'none'"])
                self.assertEqual(policy["base-uri"], ["'self'"])
                self.assertNotIn("'unsafe-inline'", response["Content-Security-Policy"])
                self.assertNotIn("'unsafe-eval'", response["Content-Security-Policy"])

    def test_video_sites_may_be_framed(self):
        policy = directives(self.client.get("/news/first-release/"))
        self.assertIn("https://www.youtube.com", policy["frame-src"])
        self.assertIn("https://player.bilibili.com", policy["frame-src"])

    def test_pages_have_no_inline_script_or_style(self):
        """What the policy would block: every script is a file or JSON-LD data, and no style attribute."""
        for url in PUBLIC_URLS:
            with self.subTest(url=url):
                html = self.client.get(url).content.decode()
                inline = [tag for tag in re.findall(r"<script\b[^>]*>", html)
                          if "src=" not in tag and 'type="application/ld+json"' not in tag]
                self.assertEqual(inline, [])
                self.assertNotRegex(html, r"<style\b|\sstyle=|\son[a-z]+=")

    def test_permissions_policy_refuses_unused_features(self):
        header = self.client.get("/")["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
            self.assertIn(feature, header)

    def test_admin_and_its_previews_keep_their_inline_scripts(self):
        """The Wagtail admin is left out of the policy: its pages rely on inline scripts."""
        response = self.client.get("/admin/login/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("Content-Security-Policy", response)
