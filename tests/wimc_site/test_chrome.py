import datetime
import html as htmllib
import re
import zoneinfo

import time_machine
from django.test import TestCase
from wagtail.models import Site

from expo import demo as expo_demo
from wimc_site import demo
from wimc_site.factories import make_placeholder_image
from wimc_site.models import ConferenceEdition, HomePage, SiteSettings

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
PAGES = ["/", "/about/", "/search/?query=expo", "/no-such-page/"]


def text(html):
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))).strip()


def template_names(response):
    return [template.name for template in response.templates]


class DemoSiteTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        expo_demo.load_areas()  # the section at /expo/, without exhibitors
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
            self.assertIn("December 8–10, 2021", footer, url)

    def test_switching_the_edition_changes_every_page(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = ConferenceEdition.objects.get(year=2020, locale__language_code="en")
        settings.save()
        for url in PAGES:
            html = self.client.get(url).content.decode()
            footer = text(html.split('class="site-footer"')[1])
            self.assertIn("2020 WIMC", footer, url)
            self.assertIn("November 26–28, 2020", footer, url)
            self.assertNotIn("2021 WIMC", html, url)

    def test_footer_lists_the_editions_hosts_with_their_roles(self):
        footer = text(self.client.get("/").content.decode().split('class="site-footer"')[1])
        self.assertIn("Jiangsu Provincial People's Government Host", footer)
        self.assertIn("China Association for Science and Technology Co-host", footer)

    def test_footer_is_rendered_once_per_language_and_kept(self):
        """Every page of a site in a language shows the same footer: rendered for the first, kept for
        the rest (its sixteen logos were a tenth of each page's time), and rendered again on a change."""
        footer = "includes/site_footer.html"
        self.assertIn(footer, template_names(self.client.get("/")))
        self.assertNotIn(footer, template_names(self.client.get("/about/")))
        self.assertIn(footer, template_names(self.client.get("/zh-hans/")))
        self.assertNotIn(footer, template_names(self.client.get("/zh-hans/about/")))
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "new-desk@wimc.example"
        settings.save()
        response = self.client.get("/search/?query=expo")
        self.assertIn(footer, template_names(response))
        self.assertContains(response, "new-desk@wimc.example")

    def test_footer_copyright_turns_with_the_year(self):
        with time_machine.travel(datetime.datetime(2026, 12, 31, 23, 50, tzinfo=SHANGHAI), tick=False):
            self.assertContains(self.client.get("/"), "© 2026")
        with time_machine.travel(datetime.datetime(2027, 1, 1, 0, 10, tzinfo=SHANGHAI), tick=False):
            self.assertContains(self.client.get("/about/"), "© 2027")

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
        html = self.client.get("/").content.decode()
        hero = text(re.search(r'<section class="hero.*?</section>', html, re.S).group(0))
        self.assertIn("2020 World Intelligent Manufacturing Conference", hero)
        self.assertIn("Intelligent Manufacturing Leads Development", hero)
        self.assertIn("November 26–28, 2020", hero)
        self.assertIn("Nanjing International Expo Conference Center", hero)
        self.assertIn("This edition has ended", hero)

    def test_upcoming_edition_counts_down_in_days(self):
        # Dec 8, 2021 opens the 2021 edition; 23:30 on Nov 25 in Nanjing is still 13 days before.
        with time_machine.travel(datetime.datetime(2021, 11, 25, 23, 30, tzinfo=SHANGHAI), tick=False):
            self.assertContains(self.client.get("/"), "Opens in 13 days")
        with time_machine.travel(datetime.datetime(2021, 11, 26, 0, 30, tzinfo=SHANGHAI), tick=False):
            self.assertContains(self.client.get("/"), "Opens in 12 days")

    def test_under_way_edition_says_so(self):
        for day in (8, 10):
            with time_machine.travel(datetime.datetime(2021, 12, day, 9, tzinfo=SHANGHAI), tick=False):
                self.assertContains(self.client.get("/"), "The conference is under way")
        with time_machine.travel(datetime.datetime(2021, 12, 11, 0, 1, tzinfo=SHANGHAI), tick=False):
            self.assertContains(self.client.get("/"), "This edition has ended")

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
        response = self.client.get("/sitemap-pages.xml")
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

    def test_untranslated_page_leads_to_the_chinese_home_and_names_only_its_own_language(self):
        from wimc_site.factories import add_page
        from wimc_site.models import ContentPage, HomePage

        home = HomePage.objects.get(locale__language_code="en")
        add_page(home, ContentPage(title="Visiting Nanjing", slug="visiting"))
        html = self.client.get("/visiting/").content.decode()
        self.assertIn('<a href="/zh-hans/" hreflang="zh-hans" lang="zh-hans">简体中文</a>', html)
        self.assertNotIn('hreflang="zh-hans" href=', html)
        x_default = '<link rel="alternate" hreflang="x-default" href="http://127.0.0.1:8000/visiting/">'
        self.assertIn(x_default, html)

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


class FooterSettingsTests(DemoSiteTestCase):
    """Contact, accounts, legal pages, copyright and the ICP number come from the site settings."""

    def footer(self, url="/"):
        return text(self.client.get(url).content.decode().split('class="site-footer"')[1])

    def test_footer_shows_what_editors_set(self):
        footer = self.footer()
        for expected in (
            "Contact", "info@wimc.example", "+86 25 5555 0123", "Media enquiries", "press@wimc.example",
            "WeChat", "Weibo", "LinkedIn", "Privacy policy", "Terms of use",
            "Organizing Committee of the World Intelligent Manufacturing Conference", "苏ICP备2016000000号-1",
        ):
            self.assertIn(expected, footer)
        html = self.client.get("/").content.decode()
        self.assertIn('<a href="/privacy/">Privacy policy</a>', html)
        # A screen reader reads the record number as Chinese on the English site too.
        icp = '<a href="https://beian.miit.gov.cn/" rel="noopener" lang="zh-hans">苏ICP备2016000000号-1</a>'
        self.assertIn(icp, html)

    def test_chinese_site_shows_the_chinese_address(self):
        footer = self.footer("/zh-hans/")
        self.assertIn("南京国际博览会议中心", footer)
        self.assertNotIn("Jianye District", footer)

    def test_changes_in_the_admin_settings_show_at_once_and_empty_ones_leave_no_trace(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "new@wimc.example"
        settings.wechat_account = settings.weibo_url = settings.linkedin_url = ""
        settings.icp_licence = ""
        settings.privacy_page = None
        settings.save()
        footer = self.footer()
        self.assertIn("new@wimc.example", footer)
        self.assertNotIn("Follow us", footer)
        self.assertNotIn("ICP", footer)
        self.assertNotIn("Privacy policy", footer)
        self.assertIn("Terms of use", footer)


class HomePageContentTests(DemoSiteTestCase):
    """The home page of an official conference site: key visual, figures, hosts, and structured data."""

    def json_ld(self, html):
        import json

        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        return json.loads(raw)["@graph"]

    def test_event_and_organization_json_ld(self):
        graph = self.json_ld(self.client.get("/").content.decode())
        organization, event = graph
        self.assertEqual(organization["@type"], "Organization")
        self.assertEqual(organization["url"], "http://127.0.0.1:8000/")
        self.assertEqual(event["@type"], "Event")
        self.assertEqual(event["name"], "2021 World Intelligent Manufacturing Conference")
        self.assertEqual((event["startDate"], event["endDate"]), ("2021-12-08", "2021-12-10"))
        self.assertEqual(event["eventAttendanceMode"], "https://schema.org/MixedEventAttendanceMode")
        self.assertEqual(event["location"][0]["address"]["addressLocality"], "Nanjing")
        self.assertIn({"@type": "Organization", "name": "Chinese Academy of Engineering"}, event["organizer"])

    def test_figures_of_the_latest_edition_that_has_them(self):
        page = text(self.client.get("/").content.decode())
        self.assertIn("2020 WIMC in figures", page)
        self.assertIn("3,200+ enterprises exhibiting on the Cloud Expo", page)
        zh_page = text(self.client.get("/zh-hans/").content.decode())
        self.assertIn("3200+ 家企业云上参展", zh_page)

    def test_an_edition_that_has_not_opened_shows_the_previous_ones_figures(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.current_edition = ConferenceEdition.objects.get(year=2020, locale__language_code="en")
        settings.save()
        with time_machine.travel(datetime.datetime(2020, 11, 1, tzinfo=SHANGHAI), tick=False):
            page = text(self.client.get("/").content.decode())
        self.assertIn("Opens in 25 days", page)
        self.assertNotIn("in figures", page)  # no edition before 2020 has figures in the demo

    def test_an_edited_figure_shows_at_once(self):
        """The figures are kept between visits; an editor's change still shows on the next one."""
        self.assertIn("3,200+ enterprises", text(self.client.get("/").content.decode()))
        edition = ConferenceEdition.objects.get(year=2020, locale__language_code="en")
        figure = edition.figures.get(value="3,200+")
        figure.value = "4,000+"
        figure.save()  # an inline row of the edition's snippet, saved with it
        page = text(self.client.get("/").content.decode())
        self.assertIn("4,000+ enterprises", page)
        self.assertNotIn("3,200+", page)

    def test_a_new_key_visual_shows_at_once(self):
        self.assertEqual(self.client.get("/").status_code, 200)
        home = HomePage.objects.get(locale__language_code="en")
        home.hero_image = make_placeholder_image("A new key visual", size=(1920, 1080))
        home.save_revision().publish()
        html = self.client.get("/").content.decode()
        visual = re.search(r'<img [^>]*class="hero__visual"[^>]* src="([^"]+)"', html)
        self.assertIn("a-new-key-visual", visual.group(1))

    def test_key_visual_is_a_rendition_and_hosts_are_listed(self):
        html = self.client.get("/").content.decode()
        visual = re.search(r'<img [^>]*class="hero__visual"[^>]* src="([^"]+)"[^>]* srcset="([^"]+)"', html)
        self.assertRegex(visual.group(1), r"\.fill-1600x700-c75\.format-jpeg\.jpg$")
        self.assertIn("fill-800x600-c75", visual.group(2))
        organizers = text(html.split('id="home-organizers"')[1].split("</section>")[0])
        self.assertIn("Ministry of Industry and Information Technology", organizers)
