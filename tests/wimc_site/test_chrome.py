import html as htmllib
import re

from django.test import TestCase
from wagtail.models import Site

from wimc_site import demo
from wimc_site.models import ConferenceEdition, SiteSettings

PAGES = ["/", "/about/", "/expo/", "/search/?query=expo", "/no-such-page/"]


def text(html):
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


class DemoSiteTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        demo.load_menu()


class HeaderFooterTests(DemoSiteTestCase):
    """Every page's header and footer show the edition chosen in the site settings."""

    def test_every_page_shows_the_current_edition(self):
        for url in PAGES:
            response = self.client.get(url)
            page_text = text(response.content.decode())
            header = page_text.split("Skip to main content")[1][:200]
            self.assertIn("2021 WIMC", header, url)
            footer = text(response.content.decode().split('class="site-footer"')[1])
            self.assertIn("Nanjing · China", footer, url)
            self.assertIn("December 08-10", footer, url)

    def test_switching_the_edition_changes_every_page(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = ConferenceEdition.objects.get(year=2020, locale__language_code="en")
        settings.save()
        for url in PAGES:
            html = self.client.get(url).content.decode()
            footer = text(html.split('class="site-footer"')[1])
            self.assertIn("2020 WIMC", footer, url)
            self.assertIn("November 26-28", footer, url)
            self.assertNotIn("2021 WIMC", html, url)

    def test_footer_lists_the_editions_hosts_with_their_roles(self):
        footer = text(self.client.get("/").content.decode().split('class="site-footer"')[1])
        self.assertIn("Jiangsu Provincial People's Government Host", footer)
        self.assertIn("China Association for Science and Technology Co-host", footer)

    def test_past_editions_are_kept(self):
        years = set(
            ConferenceEdition.objects.filter(locale__language_code="en").values_list("year", flat=True)
        )
        self.assertEqual(years, {2016, 2017, 2018, 2019, 2020, 2021})


class HomePageTests(DemoSiteTestCase):
    def test_hero_shows_name_theme_dates_venue(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = ConferenceEdition.objects.get(year=2020, locale__language_code="en")
        settings.save()
        hero = text(self.client.get("/").content.decode().split('class="hero"')[1].split("</section>")[0])
        self.assertIn("2020 World Intelligent Manufacturing Conference", hero)
        self.assertIn("Intelligent Manufacturing Leads Development", hero)
        self.assertIn("November 26–28, 2020", hero)
        self.assertIn("Nanjing International Expo Conference Center", hero)
        self.assertIn("This edition has ended", hero)

    def test_upcoming_edition_counts_down_in_days(self):
        import datetime

        from django.utils import timezone

        edition = ConferenceEdition.objects.get(year=2021, locale__language_code="en")
        edition.start_date = timezone.localdate() + datetime.timedelta(days=12)
        edition.end_date = edition.start_date + datetime.timedelta(days=2)
        edition.save()
        self.assertContains(self.client.get("/"), "Opens in 12 days")

    def test_under_way_edition_says_so(self):
        from django.utils import timezone

        edition = ConferenceEdition.objects.get(year=2021, locale__language_code="en")
        edition.start_date = edition.end_date = timezone.localdate()
        edition.save()
        self.assertContains(self.client.get("/"), "The conference is under way")

    def test_one_h1_and_landmarks(self):
        html = self.client.get("/").content.decode()
        self.assertEqual(html.count("<h1"), 1)
        for landmark in ("<header", "<main", "<footer", 'class="main-nav"', 'class="skip-link" href="#main"'):
            self.assertIn(landmark, html)


class BreadcrumbTests(DemoSiteTestCase):
    def test_breadcrumb_reads_like_the_real_site(self):
        html = self.client.get("/about/").content.decode()
        crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
        self.assertEqual(text(crumbs.split(">", 1)[1]), "The Current Location: Home About WIMC")
        self.assertIn('<a href="/">Home</a>', crumbs)
        self.assertIn('<span aria-current="page">About WIMC</span>', crumbs)

    def test_home_page_has_no_breadcrumb(self):
        self.assertNotContains(self.client.get("/"), 'class="breadcrumbs"')


class NotFoundTests(DemoSiteTestCase):
    def test_unknown_url_is_a_site_styled_404(self):
        response = self.client.get("/this/does/not/exist/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Page not found", status_code=404)
        self.assertContains(response, "2021 WIMC", status_code=404)

    def test_unknown_chinese_url_is_404(self):
        self.assertEqual(self.client.get("/zh-hans/nope/").status_code, 404)


class SitemapRobotsTests(DemoSiteTestCase):
    def test_sitemap_lists_live_pages(self):
        response = self.client.get("/sitemap.xml")
        self.assertEqual(response.status_code, 200)
        body = response.content.decode()
        for path in ("/about/", "/expo/", "/zh-hans/about/"):
            self.assertIn(f"{path}</loc>", body, path)

    def test_robots_points_to_the_sitemap_and_hides_the_admin(self):
        response = self.client.get("/robots.txt")
        self.assertEqual(response["Content-Type"], "text/plain")
        self.assertContains(response, "Disallow: /admin/")
        self.assertContains(response, "Sitemap: http://127.0.0.1:8000/sitemap.xml")


class LanguageTests(DemoSiteTestCase):
    def test_translated_page_advertises_both_languages(self):
        html = self.client.get("/about/").content.decode()
        self.assertIn('hreflang="zh-hans" href="http://127.0.0.1:8000/zh-hans/about/"', html)
        self.assertIn('href="/zh-hans/about/" hreflang="zh-hans"', html)

    def test_untranslated_page_has_no_switcher(self):
        html = self.client.get("/expo/").content.decode()
        self.assertNotIn("hreflang=", html)
        self.assertNotIn("language-switcher", html)

    def test_chinese_pages_show_the_chinese_edition(self):
        response = self.client.get("/zh-hans/")
        self.assertContains(response, '<html lang="zh-hans">')
        self.assertContains(response, "2021世界智能制造大会")
        self.assertContains(response, "南京 · 中国")

    def test_chinese_pages_speak_chinese(self):
        html = self.client.get("/zh-hans/about/").content.decode()
        self.assertIn("跳到主要内容", html)
        self.assertIn("当前位置：", html)
        self.assertIn("主办与承办单位", html)
        self.assertIn("<h1>关于大会</h1>", html)

    def test_seo_basics(self):
        html = self.client.get("/about/").content.decode()
        self.assertIn('<link rel="canonical" href="http://127.0.0.1:8000/about/">', html)
        self.assertIn('<meta name="description" content="What the conference is', html)
        self.assertIn('<meta property="og:title" content="About WIMC">', html)


class ErrorPageTests(TestCase):
    def test_server_error_page_needs_no_database_or_context(self):
        from django.template.loader import render_to_string

        with self.assertNumQueries(0):
            html = render_to_string("500.html")
        self.assertIn("<h1>Something went wrong</h1>", html)
        self.assertIn('<main id="main"', html)

    def test_favicon_redirects_to_the_static_icon(self):
        response = self.client.get("/favicon.ico")
        self.assertEqual(response.status_code, 301)
        self.assertTrue(response["Location"].endswith("img/favicon.svg"))
