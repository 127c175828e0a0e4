"""The demo's Chinese site, as a Chinese reader meets it: every page type in Chinese, no English
interface text, dates written the Chinese way, and the demo's people plausible in both scripts."""

import re

from django.core.management import call_command
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from news.models import NewsPage
from speakers.models import GuestPage
from tests.i18n.helpers import english_words, read
from wimc_site.models import ConferenceEdition, EditionOrganizer, MainMenu, MenuItem, Organizer

CHINESE_PAGES = [
    "/zh-hans/",
    "/zh-hans/about/",
    "/zh-hans/news/",
    "/zh-hans/news/category/news-release/",
    "/zh-hans/news/year/2020/",
    "/zh-hans/news/2020-wimc-press-conference/",
    "/zh-hans/guests/",
    "/zh-hans/guests/?edition=2020",
    "/zh-hans/guests/wang-jianguo/",
    "/zh-hans/guests/margaret-ellison/",
    "/zh-hans/guests/miao-changxing/",
    "/zh-hans/forums/",
    "/zh-hans/expo/",
    "/zh-hans/privacy/",
    "/zh-hans/terms/",
    "/zh-hans/search/?q=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0",
    "/zh-hans/search/?q=%E6%97%A0%E6%AD%A4%E8%AF%8D%E8%AF%AD",
    "/zh-hans/no-such-page/",
]
PLACEHOLDER = re.compile(r"Sample|Mock|Example|Placeholder|No\. \d|示例|\d{2,}$")


def snapshot():
    """What the demo loader writes, to compare one run with the next."""
    return {
        "pages": sorted(Page.objects.values_list("url_path", "live")),
        "revisions": Revision.objects.count(),
        "editions": sorted(ConferenceEdition.objects.values_list("year", "locale__language_code", "name")),
        "organizers": Organizer.objects.count(),
        "edition_organizers": EditionOrganizer.objects.count(),
        "menu": list(MenuItem.objects.values_list("link_page__url_path", "sort_order")),
        "images": get_image_model().objects.count(),
    }


class ChineseDemoSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115

    def test_loading_again_changes_nothing(self):
        # Here rather than in tests/wimc_site/test_demo_loader.py: this class loads the full demo anyway.
        first = snapshot()
        call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(snapshot(), first)
        self.assertIn(("/home/about/", True), first["pages"])
        self.assertEqual(len([e for e in first["editions"] if e[1] == "en"]), 6)

    def test_every_chinese_page_type_answers_in_chinese(self):
        for url in CHINESE_PAGES:
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 404 if "no-such-page" in url else 200)
                self.assertContains(response, '<html lang="zh-hans">', status_code=response.status_code)

    def test_no_english_interface_text_on_chinese_pages(self):
        for url in CHINESE_PAGES:
            with self.subTest(url):
                html = self.client.get(url).content.decode()
                self.assertEqual(english_words(html), [])

    def test_english_on_a_chinese_page_is_marked_as_english(self):
        reader = read(self.client.get("/zh-hans/guests/margaret-ellison/").content.decode())
        self.assertIn(("en", "Margaret Ellison"), reader.chunks)

    def test_dates_read_the_chinese_way(self):
        release = self.client.get("/zh-hans/news/2020-wimc-press-conference/").content.decode()
        self.assertIn('<time datetime="2020-11-06">2020年11月6日</time>', release)
        home = self.client.get("/zh-hans/").content.decode()
        self.assertIn("2021年12月8日–10日", home)
        self.assertNotIn("十二月", home)
        english = self.client.get("/news/2020-wimc-press-conference/").content.decode()
        self.assertIn('<time datetime="2020-11-06">November 6, 2020</time>', english)

    def test_the_seed_release_is_translated_in_full(self):
        english = NewsPage.objects.get(slug="2020-wimc-press-conference", locale__language_code="en")
        chinese = NewsPage.objects.get(slug="2020-wimc-press-conference", locale__language_code="zh-hans")
        self.assertEqual(chinese.title, "2020世界智能制造大会新闻发布会在北京举行")
        self.assertEqual(chinese.date, english.date)
        self.assertEqual(chinese.category.name, "新闻发布")
        blocks = [block.block_type for block in chinese.body]
        self.assertEqual(blocks, [block.block_type for block in english.body])
        captions = [item["caption"] for item in chinese.body[-1].value["images"]]
        self.assertEqual(len(captions), 6)
        self.assertIn("江苏省人民政府副秘书长张乐夫", captions)
        text = " ".join(str(block.value) for block in chinese.body if block.block_type == "paragraph")
        for fact in ("11月6日", "59位", "国际组织代表13位", "国内外院士33位", "11月26日至28日", "5个展区"):
            self.assertIn(fact, text)

    def test_enough_chinese_news(self):
        chinese = NewsPage.objects.live().filter(locale__language_code="zh-hans")
        self.assertGreaterEqual(chinese.count(), 10)
        names = set(chinese.values_list("category__name", flat=True))
        self.assertEqual(names, {"新闻发布", "大会动态", "媒体报道", "通知公告"})

    def test_chinese_menu_leads_to_chinese_pages(self):
        menu = MainMenu.objects.get(locale__language_code="zh-hans")
        pages = [item.link_page for item in menu.items.order_by("sort_order")]
        self.assertTrue(all(page.locale.language_code == "zh-hans" for page in pages))
        html = self.client.get("/zh-hans/").content.decode()
        for text in ("首页", "新闻中心", "嘉宾", "关于大会"):
            self.assertIn(f">{text}</a>", html)


class DemoPeopleTests(TestCase):
    """The seed release's counts, with plausible people in both scripts."""

    @classmethod
    def setUpTestData(cls):
        from speakers import demo
        from wimc_site import demo as site_demo

        site_demo.load_site()
        demo.load()

    def test_key_guest_counts_are_the_seed_releases_in_both_languages(self):
        for language, expected in (
            ("en", "59 key guests: 13 representatives of international organizations, 33 academicians, "
                   "13 Global 500 representatives"),
            ("zh-hans", "59位重要嘉宾：13位国际组织代表、33位院士、13位世界500强企业代表"),
        ):
            with self.subTest(language):
                prefix = "" if language == "en" else "/zh-hans"
                self.assertContains(self.client.get(f"{prefix}/guests/", {"edition": "2020"}), expected)

    def test_no_placeholder_names(self):
        # The officials' real title ("Equipment Industry Division No. 1") stays as the release gives it.
        for guest in GuestPage.objects.exclude(category__slug="government-officials"):
            for value in (guest.title, guest.chinese_name, guest.organization, guest.position):
                with self.subTest(guest=guest.guest_key, value=value):
                    self.assertIsNone(PLACEHOLDER.search(value))

    def test_every_guest_has_both_scripts_and_a_biography(self):
        english = GuestPage.objects.filter(locale__language_code="en")
        self.assertEqual(english.count(), 59 + 6 + 16)
        for guest in english:
            with self.subTest(guest.guest_key):
                chinese = GuestPage.objects.get(
                    translation_key=guest.translation_key, locale__language_code="zh-hans"
                )
                self.assertTrue(guest.chinese_name)
                self.assertEqual(chinese.title, guest.chinese_name)
                self.assertTrue(re.search(r"[\u4e00-\u9fff]", chinese.biography))
                self.assertTrue(guest.biography and guest.short_bio)
                self.assertEqual(guest.guest_key, guest.slug)

    def test_the_six_officials_are_unchanged(self):
        officials = GuestPage.objects.filter(
            category__slug="government-officials", locale__language_code="en"
        )
        self.assertEqual(
            sorted(officials.values_list("title", flat=True)),
            ["Bao Hongxin", "Huang Ping", "Li Qingshan", "Lin Runhua", "Miao Changxing", "Zhang Lefu"],
        )

    def test_guests_are_found_by_category_and_edition(self):
        academicians_2021 = GuestPage.objects.filter(
            locale__language_code="en", category__slug="academicians", editions__year=2021
        )
        self.assertEqual(academicians_2021.count(), 3 + 4)
