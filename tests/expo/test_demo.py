from django.test import TestCase
from wagtail.models import Page

from expo import demo as expo_demo
from expo.models import ExhibitorPage, ExpoAreaPage, ExpoIndexPage, ExpoListingPage, NegotiationRequest
from wimc_site import demo
from wimc_site.factories import add_page, build_home_page, get_locale
from wimc_site.models import ContentPage, MainMenu, MenuItem


class ReplaceContentPageTests(TestCase):
    """A site built before the expo app had a content page at /expo/; the demo loader replaces it."""

    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        cls.old = add_page(home, ContentPage(title="Cloud Expo", slug="expo", introduction="Edited intro."))
        zh_home = home.copy_for_translation(get_locale("zh-hans"))
        zh_home.save_revision().publish()
        cls.old.copy_for_translation(get_locale("zh-hans")).save_revision().publish()
        menu = MainMenu.objects.create(name="Main menu", locale=get_locale())
        MenuItem.objects.create(menu=menu, link_page=cls.old, sort_order=0)
        expo_demo.load_areas()

    def test_expo_index_takes_the_place_and_text_of_the_content_page(self):
        index = ExpoIndexPage.objects.get(locale=get_locale())
        self.assertEqual(
            (index.url, index.title, index.introduction), ("/expo/", "Cloud Expo", "Edited intro.")
        )
        self.assertFalse(ContentPage.objects.filter(slug="expo").exists())
        self.assertFalse(Page.objects.filter(pk=self.old.pk).exists())
        self.assertEqual(self.client.get("/expo/").status_code, 200)

    def test_chinese_versions_of_the_index_and_areas(self):
        response = self.client.get("/zh-hans/expo/")
        self.assertContains(response, "<h1>云展会</h1>", html=True)
        self.assertEqual(ExpoAreaPage.objects.filter(locale__language_code="zh-hans").count(), 5)
        self.assertContains(
            self.client.get("/zh-hans/expo/talent-exchange/"), "<h1>人才交流展区</h1>", html=True
        )

    def test_running_again_changes_nothing(self):
        before = sorted(Page.objects.values_list("url_path", flat=True))
        expo_demo.load_areas()
        self.assertEqual(sorted(Page.objects.values_list("url_path", flat=True)), before)


class DemoContentTests(TestCase):
    """The demo has the five areas, six exhibitors or more in each, listings and requests."""

    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        expo_demo.load()
        demo.load_menu()

    def test_five_areas_with_six_exhibitors_each_and_their_products(self):
        areas = ExpoAreaPage.objects.filter(locale=get_locale()).order_by("path")
        self.assertEqual(
            [a.title for a in areas],
            [
                "Intelligent Manufacturing Solutions",
                "Demonstration Applications",
                "Equipment and Public Service Platform",
                "Talent Exchange",
                "Financial Docking",
            ],
        )
        for area in areas:
            exhibitors = ExhibitorPage.objects.child_of(area).live()
            with self.subTest(area=area.slug):
                self.assertGreaterEqual(exhibitors.count(), 6)
                for exhibitor in exhibitors:
                    self.assertTrue(exhibitor.chinese_name)
                    self.assertTrue(2 <= exhibitor.products.count() <= 4, exhibitor.title)
                    allowed = area.calls_for[0]
                    self.assertTrue(
                        all(b.block_type == allowed for b in exhibitor.calls_for), exhibitor.title
                    )

    def test_listings_some_expired_and_requests_in_every_status(self):
        self.assertGreaterEqual(ExpoListingPage.objects.current().count(), 6)
        self.assertGreaterEqual(ExpoListingPage.objects.expired().count(), 1)
        statuses = set(NegotiationRequest.objects.values_list("status", flat=True))
        self.assertEqual(statuses, {"new", "forwarded", "in_negotiation", "closed"})
        self.assertTrue(NegotiationRequest.objects.pending_notification().exists())

    def test_menu_links_the_expo(self):
        response = self.client.get("/")
        self.assertContains(response, '<a href="/expo/"')
