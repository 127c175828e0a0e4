import re

from django.test import TestCase
from wagtail.models import Page

from expo import demo as expo_demo
from expo.models import ExhibitorPage, ExpoAreaPage, ExpoIndexPage, ExpoListingPage, NegotiationRequest
from wimc_site import demo
from wimc_site.factories import add_page, build_home_page, get_locale
from wimc_site.models import ContentPage, MainMenu, MenuItem

from .helpers import exhibitor_names, json_ld


def site_links_in_main(response):
    """Addresses of the site's pages linked from the page's <main> (images and files left out)."""
    content = response.content.decode()
    main = content[content.index("<main") : content.index("</main>")]
    return [
        url
        for url in re.findall(r'href="(/[^"]*)"', main)
        if not url.startswith(("/media/", "/static/", "/documents/"))
    ]


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


class ChineseExpoDemoTests(TestCase):
    """The demo's Chinese Cloud Expo is Chinese all the way down: areas list Chinese exhibitors and
    listings, which are translations of the English ones."""

    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        expo_demo.load()
        cls.chinese = get_locale("zh-hans")

    def assertChineseTwin(self, translated, original):
        """`translated` is the Chinese translation of `original`, or both are missing."""
        if original is None:
            self.assertIsNone(translated)
        else:
            self.assertEqual(
                (translated.locale, translated.translation_key), (self.chinese, original.translation_key)
            )

    def test_every_exhibitor_has_a_chinese_translation_under_its_areas_chinese_page(self):
        english = ExhibitorPage.objects.filter(locale=get_locale()).live()
        self.assertEqual(english.count(), 30)
        for page in english:
            with self.subTest(page.exhibitor_key):
                zh = page.get_translation(self.chinese).specific
                self.assertTrue(zh.live)
                self.assertEqual(zh.title, page.chinese_name)
                self.assertEqual(zh.slug, page.slug)
                self.assertEqual(zh.get_parent().translation_key, page.get_parent().translation_key)
                self.assertEqual(zh.logo_id, page.logo_id)
                self.assertEqual(
                    [p.image_id for p in zh.products.all()], [p.image_id for p in page.products.all()]
                )
                self.assertChineseTwin(zh.industry, page.industry)
                self.assertEqual(
                    sorted((e.locale, e.year) for e in zh.editions.all()),
                    sorted((self.chinese, e.year) for e in page.editions.all()),
                )
                for field in ("scenarios", "achievements", "calls_for"):
                    types = [[b.block_type for b in getattr(p, field)] for p in (zh, page)]
                    self.assertEqual(types[0], types[1])
                self.assertNotEqual(zh.profile, page.profile)

    def test_every_listing_has_a_chinese_translation_naming_the_chinese_exhibitor(self):
        for page in ExpoListingPage.objects.filter(locale=get_locale()):
            with self.subTest(page.slug):
                zh = page.get_translation(self.chinese).specific
                self.assertEqual(
                    (zh.live, zh.listing_type, zh.expires_on), (page.live, page.listing_type, page.expires_on)
                )
                self.assertNotEqual(zh.title, page.title)
                self.assertChineseTwin(zh.exhibitor, page.exhibitor)

    def test_a_chinese_visitor_never_leaves_the_chinese_site_in_the_expo(self):
        area_urls = site_links_in_main(self.client.get("/zh-hans/expo/"))
        seen = set()
        for url in [*area_urls, "/zh-hans/expo/supply-and-demand/"]:
            links = site_links_in_main(self.client.get(url))
            with self.subTest(url):
                self.assertEqual([link for link in links if not link.startswith("/zh-hans/")], [])
            seen.update(link.split("?")[0] for link in links)
        exhibitor = self.client.get("/zh-hans/expo/solutions/jiangning-precision-robotics/")
        self.assertContains(exhibitor, '<html lang="zh-hans">')
        self.assertContains(
            exhibitor,
            '<h1>江宁精工机器人有限公司 <span lang="en" class="expo-other-name">'
            "Jiangning Precision Robotics Co., Ltd.</span></h1>",
            html=True,
        )
        self.assertEqual(json_ld(exhibitor)["alternateName"], "Jiangning Precision Robotics Co., Ltd.")
        self.assertIn("/zh-hans/expo/solutions/jiangning-precision-robotics/", seen)
        self.assertIn("/zh-hans/expo/solutions/seeking-an-mes-supplier-for-a-battery-plant/", seen)

    def test_chinese_area_lists_its_own_exhibitors_by_their_chinese_names(self):
        response = self.client.get("/zh-hans/expo/solutions/")
        names = exhibitor_names(response)
        self.assertEqual(len(names), 6)
        # Each beside its English name, marked as English for screen readers.
        self.assertContains(
            response,
            '<span lang="en" class="expo-other-name">Jiangning Precision Robotics Co., Ltd.</span>',
            html=True,
        )
        self.assertIn("江宁精工机器人有限公司", names)
        self.assertTrue(all(re.search(r"[\u4e00-\u9fff]", name) for name in names), names)

    def test_loading_again_adds_no_chinese_copies(self):
        before = ExhibitorPage.objects.filter(locale=self.chinese).count()
        expo_demo.load()
        self.assertEqual(ExhibitorPage.objects.filter(locale=self.chinese).count(), before)
        self.assertEqual(ExpoListingPage.objects.filter(locale=self.chinese).count(), 10)
