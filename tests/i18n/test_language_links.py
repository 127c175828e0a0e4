"""The language switcher and the head's hreflang alternates, on every page type, and where an
untranslated page leads."""

from django.test import TestCase

from tests.i18n.helpers import BilingualSiteMixin, alternates, switcher
from wimc_site.models import MainMenu, MenuItem, SiteSettings

ROOT = "http://localhost"


class SwitcherOnEveryPageTypeTests(BilingualSiteMixin, TestCase):
    """Each page type links to itself in the other language, and says so in its head."""

    PAIRS = [
        ("home", "/", "/zh-hans/"),
        ("about", "/about/", "/zh-hans/about/"),
        ("news index", "/news/", "/zh-hans/news/"),
        ("category listing", "/news/category/news-release/", "/zh-hans/news/category/xinwen-fabu/"),
        ("year listing", "/news/year/2020/", "/zh-hans/news/year/2020/"),
        ("release", "/news/conference-opens/", "/zh-hans/news/conference-opens/"),
        ("guests index", "/guests/", "/zh-hans/guests/"),
        ("guest", "/guests/wang-jianguo/", "/zh-hans/guests/wang-jianguo/"),
        ("search", "/search/", "/zh-hans/search/"),
    ]

    def test_english_pages_link_to_their_chinese_version(self):
        for kind, english, chinese in self.PAIRS:
            with self.subTest(kind):
                response = self.client.get(english)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(switcher(response), {"en": english, "zh-hans": chinese})
                self.assertEqual(
                    alternates(response),
                    {"en": ROOT + english, "zh-hans": ROOT + chinese, "x-default": ROOT + english},
                )

    def test_chinese_pages_link_to_their_english_version(self):
        for kind, english, chinese in self.PAIRS:
            with self.subTest(kind):
                response = self.client.get(chinese)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, '<html lang="zh-hans">')
                self.assertContains(response, f'<a href="{chinese}" hreflang="zh-hans" lang="zh-hans" '
                                              'aria-current="true">简体中文</a>')
                self.assertEqual(switcher(response), {"en": english, "zh-hans": chinese})
                self.assertEqual(alternates(response)["x-default"], ROOT + english)

    def test_search_keeps_the_query_in_the_switcher_but_not_in_the_alternates(self):
        response = self.client.get("/zh-hans/search/", {"q": "大会"})
        self.assertEqual(switcher(response)["en"], "/search/?q=%E5%A4%A7%E4%BC%9A")
        self.assertEqual(alternates(response)["en"], ROOT + "/search/")

    def test_a_missing_page_leads_to_each_languages_home_and_has_no_alternates(self):
        for url, lang in (("/no-such-page/", "en"), ("/zh-hans/no-such-page/", "zh-hans")):
            with self.subTest(url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 404)
                self.assertContains(response, f'<html lang="{lang}">', status_code=404)
                self.assertEqual(switcher(response), {"en": "/", "zh-hans": "/zh-hans/"})
                self.assertEqual(alternates(response), {})


class FallbackTests(BilingualSiteMixin, TestCase):
    """Chinese listings show what exists in Chinese; an untranslated page's switcher leads to its
    nearest translated ancestor, and its head names only the languages it exists in."""

    def test_an_untranslated_release_leads_to_the_chinese_news_index(self):
        response = self.client.get("/news/english-only/")
        self.assertEqual(switcher(response), {"en": "/news/english-only/", "zh-hans": "/zh-hans/news/"})
        self.assertEqual(
            alternates(response),
            {"en": ROOT + "/news/english-only/", "x-default": ROOT + "/news/english-only/"},
        )

    def test_an_untranslated_guest_leads_to_the_chinese_guests(self):
        response = self.client.get("/guests/margaret-ellison/")
        self.assertEqual(switcher(response)["zh-hans"], "/zh-hans/guests/")

    def test_a_page_whose_section_is_untranslated_leads_to_the_chinese_home(self):
        from wimc_site.factories import add_page
        from wimc_site.models import ContentPage

        add_page(self.home, ContentPage(title="Visiting Nanjing", slug="visiting"))
        self.assertEqual(switcher(self.client.get("/visiting/"))["zh-hans"], "/zh-hans/")

    def test_a_year_without_chinese_news_leads_to_the_chinese_news_index(self):
        response = self.client.get("/news/year/2019/")
        self.assertEqual(switcher(response)["zh-hans"], "/zh-hans/news/")
        self.assertNotIn("zh-hans", alternates(response))

    def test_publishing_or_unpublishing_a_translation_changes_the_switcher_at_once(self):
        """Each page's language versions are kept between requests; a change must not wait for them."""
        from wimc_site.factories import translate_page

        self.assertEqual(switcher(self.client.get("/news/english-only/"))["zh-hans"], "/zh-hans/news/")
        chinese = translate_page(self.english_only, self.zh, title="仅有英文")
        response = self.client.get("/news/english-only/")
        self.assertEqual(switcher(response)["zh-hans"], "/zh-hans/news/english-only/")
        self.assertEqual(alternates(response)["zh-hans"], ROOT + "/zh-hans/news/english-only/")
        chinese.unpublish()
        self.assertEqual(switcher(self.client.get("/news/english-only/"))["zh-hans"], "/zh-hans/news/")

    def test_chinese_listings_show_only_chinese_pages(self):
        news = self.client.get("/zh-hans/news/").content.decode()
        self.assertIn("大会开幕", news)
        self.assertNotIn("English only", news)
        guests = self.client.get("/zh-hans/guests/").content.decode()
        self.assertIn("王建国", guests)
        self.assertNotIn("Margaret Ellison", guests)
        self.assertEqual(self.client.get("/zh-hans/news/english-only/").status_code, 404)

    def test_an_untranslated_page_in_the_chinese_menu_is_the_english_page_marked_as_english(self):
        from wimc_site.factories import add_page
        from wimc_site.models import ContentPage

        visiting = add_page(self.home, ContentPage(title="Visiting Nanjing", slug="visiting"))
        menu = MainMenu.objects.create(name="Main menu", locale=self.en)
        for order, page in enumerate((self.home, self.news, visiting)):
            MenuItem.objects.create(menu=menu, link_page=page, sort_order=order)
        settings = SiteSettings.for_site(self.home.get_site())
        settings.main_menu = menu
        settings.save()
        html = self.client.get("/zh-hans/").content.decode()
        self.assertIn('<a href="/zh-hans/news/">新闻中心</a>', html)
        self.assertIn('<a href="/visiting/" lang="en" hreflang="en">Visiting Nanjing</a>', html)

    def test_an_english_page_reached_from_chinese_is_the_english_page(self):
        response = self.client.get("/news/english-only/")
        self.assertContains(response, '<html lang="en">')


class GuestNamesTests(BilingualSiteMixin, TestCase):
    """A guest's name in the other script sits beside the title, marked with its language."""

    def test_chinese_page_shows_the_english_name_marked_as_english(self):
        for url in ("/zh-hans/guests/wang-jianguo/", "/zh-hans/guests/"):
            with self.subTest(url):
                self.assertContains(self.client.get(url), 'lang="en"')
                self.assertContains(self.client.get(url), "Wang Jianguo")

    def test_english_page_shows_the_chinese_name_marked_as_chinese(self):
        self.assertContains(
            self.client.get("/guests/wang-jianguo/"),
            '<span class="guest-profile__other-name" lang="zh-Hans">王建国</span>',
        )
