"""Routing from the cached site and root page (wimc_site/routing.py): the same site and page as
Wagtail would pick, and an editor's change to sites or home pages shows at the next request."""

import itertools

from django.test import TestCase
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from wimc_site import demo, routing
from wimc_site.factories import get_locale, get_root_page
from wimc_site.kept import forget_kept
from wimc_site.models import HomePage


class SiteChoiceTests(TestCase):
    """Every hostname and port answers with the site Wagtail's own lookup chooses."""

    def setUp(self):
        self.root = get_root_page()
        self.homes = [self.make_home(f"home-{n}") for n in range(3)]

    def make_home(self, slug):
        home = HomePage(title=slug, slug=slug, locale=get_locale())
        self.root.add_child(instance=home)
        return home

    def assert_same_choice_as_wagtail(self):
        forget_kept()
        hostnames = ["wimc.example", "cn.wimc.example", "other.example", "localhost"]
        for hostname, port in itertools.product(hostnames, [80, 443, 8000]):
            with self.subTest(hostname=hostname, port=port):
                try:
                    expected = get_site_for_hostname(hostname, port).pk
                except Site.DoesNotExist:
                    expected = None
                found = routing.site_for(hostname, port)
                self.assertEqual(found.pk if found else None, expected)

    def test_default_site_only(self):
        Site.objects.all().delete()
        Site.objects.create(hostname="wimc.example", port=80, root_page=self.homes[0], is_default_site=True)
        self.assert_same_choice_as_wagtail()

    def test_hostnames_ports_and_a_default(self):
        Site.objects.all().delete()
        Site.objects.create(hostname="wimc.example", port=80, root_page=self.homes[0], is_default_site=True)
        Site.objects.create(hostname="cn.wimc.example", port=80, root_page=self.homes[1])
        Site.objects.create(hostname="other.example", port=8000, root_page=self.homes[2])
        self.assert_same_choice_as_wagtail()

    def test_one_hostname_on_two_ports_without_a_default(self):
        Site.objects.all().delete()
        Site.objects.create(hostname="wimc.example", port=80, root_page=self.homes[0])
        Site.objects.create(hostname="wimc.example", port=443, root_page=self.homes[1])
        Site.objects.create(hostname="other.example", port=80, root_page=self.homes[2])
        self.assert_same_choice_as_wagtail()


class EditorChangesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.load_site()

    def test_a_new_site_answers_at_its_next_request(self):
        self.assertEqual(self.client.get("/about/", HTTP_HOST="expo.wimc.example").status_code, 200)
        expo_home = HomePage(title="Cloud Expo", slug="cloud-expo", locale=get_locale())
        get_root_page().add_child(instance=expo_home)
        expo_home.save_revision().publish()
        Site.objects.create(hostname="expo.wimc.example", port=80, root_page=expo_home)
        # The new site's root has no About page: the request no longer reaches the default site.
        self.assertEqual(self.client.get("/about/", HTTP_HOST="expo.wimc.example").status_code, 404)
        response = self.client.get("/", HTTP_HOST="expo.wimc.example")
        self.assertContains(response, "Cloud Expo")

    def test_unpublished_chinese_home_falls_back_to_english_at_once(self):
        self.assertContains(self.client.get("/zh-hans/"), 'lang="zh-hans"')
        chinese = HomePage.objects.get(locale__language_code="zh-hans")
        english_title = HomePage.objects.get(locale__language_code="en").title
        chinese.unpublish()
        response = self.client.get("/zh-hans/about/")
        # As Wagtail does: a root not live in the visitor's language routes from the default one.
        self.assertEqual(response.status_code, 200)
        self.assertEqual(self.client.get("/zh-hans/").context["page"].title, english_title)

    def test_a_renamed_section_is_found_at_its_new_address_at_once(self):
        self.assertEqual(self.client.get("/about/").status_code, 200)
        about = Page.objects.get(locale__language_code="en", slug="about").specific
        about.slug = "about-wimc"
        about.save_revision().publish()
        self.assertEqual(self.client.get("/about/").status_code, 404)
        self.assertEqual(self.client.get("/about-wimc/").status_code, 200)
