import datetime

from django.test import TestCase
from wagtail.models import Page

from news import demo
from news.factories import build_news_page
from news.models import NewsCategory, NewsPage
from tests.news.helpers import NewsSiteMixin, card_titles
from wimc_site import demo as site_demo


class HomeSectionTests(NewsSiteMixin, TestCase):
    """The home page shows the latest four releases, and no news section while there is no news."""

    def test_no_section_without_news(self):
        response = self.client.get("/")
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "Latest news")

    def test_latest_four_releases(self):
        self.add_releases(6)
        response = self.client.get("/")
        self.assertContains(response, "Latest news")
        self.assertEqual(card_titles(response), ["Release 6", "Release 5", "Release 4", "Release 3"])
        self.assertContains(response, 'href="/news/">All news</a>')

    def test_unpublishing_the_newsroom_takes_its_section_off_at_once(self):
        """The home page's sections are kept between visits; unpublishing or moving one must not wait."""
        self.add_releases(2)
        self.assertContains(self.client.get("/"), "Latest news")
        self.index.unpublish()
        self.assertNotContains(self.client.get("/"), "Latest news")
        self.index.get_latest_revision().publish()
        self.assertContains(self.client.get("/"), "Latest news")


class NewsSearchTests(NewsSiteMixin, TestCase):
    """The site search finds releases by words in their title, summary and body."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        build_news_page(
            cls.index,
            "Closing ceremony held",
            date=datetime.date(2020, 11, 28),
            summary="The conference ended.",
            body=[("paragraph", "<p>Thirty projects were signed with a value of billions.</p>")],
        )
        build_news_page(cls.index, "Hidden draft about projects signed", publish=False)

    def test_finds_a_release_by_its_body(self):
        response = self.client.get("/search/", {"query": "projects signed"})
        self.assertContains(response, 'href="/news/closing-ceremony-held/"')
        self.assertNotContains(response, "Hidden draft")

    def test_finds_a_release_by_its_title(self):
        self.assertContains(
            self.client.get("/search/", {"query": "closing ceremony"}), "Closing ceremony held"
        )


class NewsDemoContentTests(TestCase):
    """The demo loader adds the seed release and enough news to fill every listing."""

    @classmethod
    def setUpTestData(cls):
        site_demo.load_site()
        cls.index = demo.load()

    def test_seed_release_is_there(self):
        seed = NewsPage.objects.get(slug="2020-wimc-press-conference", locale__language_code="en")
        self.assertEqual(seed.title, "The Press Conference of the 2020 WIMC Is Held in Beijing")
        self.assertEqual(seed.date, datetime.date(2020, 11, 6))
        self.assertEqual(seed.category.name, "News Release")
        self.assertTrue(seed.live)
        self.assertEqual(seed.listing_image.collection.name, "News")  # publishers may change them

    def test_enough_releases_for_every_listing(self):
        news = NewsPage.objects.live().child_of(self.index)
        self.assertGreaterEqual(news.exclude(slug="2020-wimc-press-conference").count(), 25)
        for category in NewsCategory.objects.filter(locale=self.index.locale):
            with self.subTest(category=category.name):
                self.assertGreaterEqual(news.filter(category=category).count(), 4)
        self.assertEqual(self.index.get_years(), [2021, 2020, 2019, 2018, 2017, 2016])
        self.assertContains(self.client.get("/news/?page=3"), "Page 3 of 3")
        self.assertFalse(news.filter(listing_image__isnull=True).exists())

    def test_loading_again_adds_nothing(self):
        before = (Page.objects.count(), NewsCategory.objects.count())
        demo.load()
        self.assertEqual((Page.objects.count(), NewsCategory.objects.count()), before)
