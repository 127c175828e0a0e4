import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from news.factories import build_news_page
from news.models import NewsIndexPage, NewsPage
from tests.news.helpers import NewsSiteMixin, breadcrumb_links, card_titles
from wimc_site.models import AboutPage, HomePage


class NewsListingTests(NewsSiteMixin, TestCase):
    """/news/ lists releases newest first, ten to a page."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.add_releases(23, image=cls.thumbnail())

    def test_newest_first(self):
        response = self.client.get("/news/")
        self.assertEqual(card_titles(response)[:3], ["Release 23", "Release 22", "Release 21"])

    def test_ten_per_page(self):
        self.assertEqual(len(card_titles(self.client.get("/news/"))), 10)
        self.assertEqual(
            card_titles(self.client.get("/news/?page=3")), ["Release 3", "Release 2", "Release 1"]
        )

    def test_each_item_shows_date_category_summary_and_thumbnail(self):
        response = self.client.get("/news/")
        self.assertContains(response, '<time datetime="2020-01-24">January 24, 2020</time>', html=False)
        self.assertContains(response, "News Release")
        self.assertContains(response, "Summary of release 23.")
        self.assertContains(response, ".fill-400x250.")

    def test_bad_page_values_show_a_page_not_an_error(self):
        expectations = {
            "abc": "Release 23",
            "0": "Release 3",
            "-1": "Release 3",
            "999": "Release 3",
            "": "Release 23",
        }
        for value, first in expectations.items():
            with self.subTest(page=value):
                response = self.client.get("/news/", {"page": value})
                self.assertEqual(response.status_code, 200)
                self.assertEqual(card_titles(response)[0], first)

    def test_pagination_links_keep_their_place(self):
        response = self.client.get("/news/?page=2")
        self.assertContains(response, 'href="?page=1"')
        self.assertContains(response, 'href="?page=3"')
        self.assertContains(response, "Page 2 of 3")

    def test_drafts_and_private_releases_are_not_listed(self):
        build_news_page(self.index, "Unpublished draft", date=datetime.date(2030, 1, 1), publish=False)
        private = build_news_page(self.index, "Private release", date=datetime.date(2030, 1, 2))
        PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
        titles = card_titles(self.client.get("/news/"))
        self.assertNotIn("Unpublished draft", titles)
        self.assertNotIn("Private release", titles)
        self.assertEqual(titles[0], "Release 23")


class CategoryListingTests(NewsSiteMixin, TestCase):
    """Each category has a listing of its own; unknown categories are not found."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(cls.index, "A notice", date=datetime.date(2021, 3, 1), category="notices")
        build_news_page(cls.index, "A trend", date=datetime.date(2021, 3, 2), category="conference-trends")
        build_news_page(cls.index, "A release", date=datetime.date(2021, 3, 3), category="news-release")
        build_news_page(cls.index, "A report", date=datetime.date(2021, 3, 4), category="media-reports")

    def test_default_categories_exist(self):
        self.assertEqual(
            [c.name for c in self.index.get_categories()],
            ["News Release", "Conference Trends", "Media Reports", "Notices"],
        )

    def test_category_listing_shows_only_its_releases(self):
        response = self.client.get("/news/category/notices/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(card_titles(response), ["A notice"])
        self.assertContains(response, "<h1>Notices</h1>", html=True)

    def test_every_category_is_linked_from_the_listing(self):
        response = self.client.get("/news/")
        for slug in ("news-release", "conference-trends", "media-reports", "notices"):
            self.assertContains(response, f'href="/news/category/{slug}/"')

    def test_unknown_category_is_not_found(self):
        self.assertEqual(self.client.get("/news/category/gossip/").status_code, 404)

    def test_category_listing_takes_bad_page_values(self):
        self.assertEqual(self.client.get("/news/category/notices/?page=-4").status_code, 200)

    def test_editors_can_add_categories(self):
        from news.factories import get_category

        get_category("interviews")
        build_news_page(self.index, "An interview", date=datetime.date(2021, 4, 1), category="interviews")
        self.assertEqual(card_titles(self.client.get("/news/category/interviews/")), ["An interview"])


class YearListingTests(NewsSiteMixin, TestCase):
    """News can be filtered by year; a year without news is not found."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(cls.index, "Old news", date=datetime.date(2016, 12, 6))
        build_news_page(cls.index, "Late 2020", date=datetime.date(2020, 12, 31))
        build_news_page(cls.index, "Early 2020", date=datetime.date(2020, 1, 1))
        build_news_page(cls.index, "New news", date=datetime.date(2021, 1, 1))

    def test_year_listing(self):
        response = self.client.get("/news/year/2020/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(card_titles(response), ["Late 2020", "Early 2020"])

    def test_years_are_linked_newest_first(self):
        content = self.client.get("/news/").content.decode()
        positions = [content.index(f'href="/news/year/{year}/"') for year in (2021, 2020, 2016)]
        self.assertEqual(positions, sorted(positions))
        self.assertNotIn('href="/news/year/2018/"', content)

    def test_year_without_news_is_not_found(self):
        self.assertEqual(self.client.get("/news/year/2018/").status_code, 404)

    @override_settings(PAGE_CACHE_SECONDS=0)  # what is kept between requests, without the page cache
    def test_years_follow_publishing_at_once(self):
        self.assertNotContains(self.client.get("/news/"), 'href="/news/year/2018/"')
        release = build_news_page(self.index, "Back in 2018", date=datetime.date(2018, 5, 1))
        self.assertContains(self.client.get("/news/"), 'href="/news/year/2018/"')
        self.assertEqual(card_titles(self.client.get("/news/year/2018/")), ["Back in 2018"])
        release.unpublish()
        self.assertNotContains(self.client.get("/news/"), 'href="/news/year/2018/"')
        self.assertEqual(self.client.get("/news/year/2018/").status_code, 404)

    def test_year_listing_takes_page_numbers(self):
        self.assertEqual(
            card_titles(self.client.get("/news/year/2020/?page=xyz")), ["Late 2020", "Early 2020"]
        )


class HomeSectionTests(NewsSiteMixin, TestCase):
    """The home page's latest releases are kept between requests, and follow every publish."""

    @override_settings(PAGE_CACHE_SECONDS=0)  # what is kept between requests, without the page cache
    def test_latest_releases_follow_publishing_at_once(self):
        build_news_page(self.index, "Press conference held", date=datetime.date(2021, 11, 20))
        self.assertEqual(card_titles(self.client.get("/")), ["Press conference held"])
        opening = build_news_page(self.index, "Conference opens", date=datetime.date(2021, 12, 8))
        self.assertEqual(card_titles(self.client.get("/")), ["Conference opens", "Press conference held"])
        opening.title = "2021 WIMC opens in Nanjing"
        opening.save_revision().publish()
        self.assertEqual(
            card_titles(self.client.get("/")), ["2021 WIMC opens in Nanjing", "Press conference held"]
        )
        NewsPage.objects.get(pk=opening.pk).unpublish()
        self.assertEqual(card_titles(self.client.get("/")), ["Press conference held"])

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_kept_releases_carry_renditions_made_on_the_first_visit(self):
        build_news_page(self.index, "Carnival opens", image=self.thumbnail())
        self.client.get("/")  # keeps the release, whose card renditions did not exist yet
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/")
        self.assertContains(response, ".fill-400x250.format-avif.")
        self.assertEqual([q["sql"] for q in queries if "wagtailimages_rendition" in q["sql"]], [])


class BreadcrumbTests(NewsSiteMixin, TestCase):
    """An article's breadcrumb reads Home > News > its category, as on the original site."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = build_news_page(cls.index, "Breadcrumb test", category="conference-trends")

    def test_article_breadcrumb(self):
        crumbs = breadcrumb_links(self.client.get(self.article.url))
        self.assertEqual(
            crumbs,
            [("Home", "/"), ("News", "/news/"), ("Conference Trends", "/news/category/conference-trends/")],
        )

    def test_category_listing_breadcrumb(self):
        response = self.client.get("/news/category/conference-trends/")
        self.assertContains(
            response,
            '<li><a href="/">Home</a></li><li><a href="/news/">News</a></li>\n'
            '    <li><span aria-current="page">Conference Trends</span></li>',
        )

    def test_breadcrumb_on_the_page(self):
        response = self.client.get(self.article.url)
        self.assertContains(
            response,
            '<li><a href="/">Home</a></li><li><a href="/news/">News</a></li>'
            '<li><a href="/news/category/conference-trends/">Conference Trends</a></li>',
        )


class NewsPageTreeTests(WagtailPageTestCase):
    """News lives at one index under each home page, releases only inside it."""

    def test_index_under_home_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})

    def test_releases_are_leaves_under_the_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertCanNotCreateAt(AboutPage, NewsPage)
        self.assertCanNotCreateAt(Page, NewsIndexPage)

    def test_one_index_per_home(self):
        from news.factories import build_news_index
        from wimc_site.factories import build_home_page

        home = build_home_page()
        self.assertTrue(NewsIndexPage.can_create_at(home))
        build_news_index(home)
        self.assertFalse(NewsIndexPage.can_create_at(home))


class SitemapTests(NewsSiteMixin, TestCase):
    """The sitemap lists the news index, each category with news, and every release."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(cls.index, "In the sitemap", category="notices")

    def test_sitemap(self):
        content = self.client.get("/sitemap-pages.xml").content.decode()
        self.assertIn("<loc>http://localhost/news/</loc>", content)
        self.assertIn("<loc>http://localhost/news/category/notices/</loc>", content)
        self.assertNotIn("/news/category/media-reports/", content)
        self.assertIn("<loc>http://localhost/news/in-the-sitemap/</loc>", content)
