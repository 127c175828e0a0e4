import json
import re

from django.core.exceptions import ValidationError
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from speakers.models import GuestCategory, GuestIndexPage, GuestPage
from wimc_site.factories import get_locale, make_placeholder_image
from wimc_site.models import AboutPage, HomePage

from .helpers import GuestDataMixin


def json_ld(html):
    return re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)


class GuestPageTreeTests(GuestDataMixin, WagtailPageTestCase):
    def test_index_lives_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, GuestIndexPage)
        self.assertCanNotCreateAt(AboutPage, GuestIndexPage)
        self.assertCanNotCreateAt(GuestIndexPage, GuestIndexPage)

    def test_guests_live_under_the_index_only(self):
        self.assertCanCreateAt(GuestIndexPage, GuestPage)
        self.assertCanNotCreateAt(HomePage, GuestPage)
        self.assertCanNotCreateAt(GuestPage, GuestPage)

    def test_one_index_per_home_page(self):
        self.assertFalse(GuestIndexPage.can_create_at(self.home))


class GuestCategoryTests(TestCase):
    def test_migration_creates_the_six_categories_in_order(self):
        slugs = list(GuestCategory.objects.filter(locale=get_locale()).values_list("slug", flat=True))
        self.assertEqual(
            slugs,
            ["international-organizations", "academicians", "global-500", "government-officials",
             "experts-scholars", "entrepreneurs"],
        )

    def test_count_label_uses_the_singular_for_one(self):
        academician = GuestCategory.objects.get(slug="academicians", locale=get_locale())
        self.assertEqual(academician.count_label(33), "33 academicians")
        self.assertEqual(academician.count_label(1), "1 Academician")


class GuestPageTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.zhang = cls.guest(
            "Zhang Sample",
            chinese_name="张示例",
            honorific="Academician of the Chinese Academy of Engineering",
            position="President",
            organization="Sample University",
            country="China",
            short_bio="A sample academician.",
            biography="First paragraph.\n\nSecond paragraph.",
            editions=[cls.edition_2020, cls.edition_2021],
            links=[("Profile", "https://example.com/zhang")],
        )

    def test_page_shows_who_the_guest_is(self):
        response = self.client.get("/guests/zhang-sample/")
        self.assertContains(response, "Zhang Sample")
        self.assertContains(response, "张示例")
        self.assertContains(response, "Academician of the Chinese Academy of Engineering")
        self.assertContains(response, "President, Sample University")
        self.assertContains(response, "<p>Second paragraph.</p>", html=True)
        self.assertContains(response, "2020 WIMC")
        self.assertContains(response, "2021 WIMC")
        self.assertContains(response, 'href="https://example.com/zhang"')

    def test_guest_without_photo_gets_initials_not_an_image(self):
        response = self.client.get("/guests/zhang-sample/")
        self.assertContains(response, 'guest-photo--initials')
        self.assertContains(response, ">ZS</span>")
        self.assertNotContains(response, '<img class="guest-photo"')

    def test_guest_with_photo_gets_a_rendition(self):
        photo = make_placeholder_image("Portrait", size=(300, 300))
        guest = self.guest("Photo Guest", photo=photo)
        response = self.client.get(guest.url)
        html = response.content.decode()
        self.assertRegex(html, r'<img[^>]+class="guest-photo"[^>]+src="[^"]+fill-480x480')
        self.assertNotContains(response, "guest-photo--initials")

    def test_json_ld_describes_a_person(self):
        response = self.client.get("/guests/zhang-sample/")
        data = json.loads(json_ld(response.content.decode()))
        self.assertEqual(data["@type"], "Person")
        self.assertEqual(data["name"], "Zhang Sample")
        self.assertEqual(data["alternateName"], "张示例")
        self.assertEqual(data["worksFor"]["name"], "Sample University")
        self.assertEqual(data["sameAs"], ["https://example.com/zhang"])

    def test_json_ld_cannot_close_its_script_tag(self):
        guest = self.guest("Tricky </script><script>alert(1)</script>", guest_key="tricky")
        html = self.client.get(guest.url).content.decode()
        self.assertEqual(json.loads(json_ld(html))["name"], "Tricky </script><script>alert(1)</script>")
        self.assertNotIn("<script>alert", html)

    def test_initials(self):
        self.assertEqual(GuestPage(title="Avery Example 01").initials, "AE")
        self.assertEqual(GuestPage(title="张示例").initials, "张")
        self.assertEqual(GuestPage(title="Plato").initials, "P")

    def test_guest_key_is_unique_per_language(self):
        copy = GuestPage(title="Other", guest_key="zhang-sample", locale=self.zhang.locale,
                         category=self.zhang.category)
        with self.assertRaises(ValidationError):
            copy.clean()

    def test_related_news_lists_releases_naming_the_guest(self):
        from news.factories import build_news_index, build_news_page
        from news.models import NewsPersonLink

        news_index = build_news_index(self.home)
        release = build_news_page(news_index, "Press conference held", publish=False)
        release.related_people.add(NewsPersonLink(person=self.zhang))
        release.save_revision().publish()
        build_news_page(news_index, "Unrelated release")
        response = self.client.get("/guests/zhang-sample/")
        self.assertContains(response, "Press conference held")
        self.assertNotContains(response, "Unrelated release")


class HomeSectionTests(GuestDataMixin, TestCase):
    def test_no_section_without_featured_guests(self):
        self.guest("Plain Guest")
        response = self.client.get("/")
        self.assertNotContains(response, "Featured guests")

    def test_featured_guests_appear_on_the_home_page(self):
        self.guest("Star Guest", featured=True)
        self.guest("Plain Guest")
        response = self.client.get("/")
        self.assertContains(response, "Featured guests")
        self.assertContains(response, "Star Guest")
        self.assertNotContains(response, "Plain Guest")

    def test_only_the_current_editions_featured_guests(self):
        self.guest("Past Star", featured=True, editions=[self.edition_2020])
        self.assertNotContains(self.client.get("/"), "Past Star")

    def test_kept_guests_carry_renditions_made_on_the_first_visit(self):
        self.guest("Star Guest", featured=True, photo=make_placeholder_image("Star", size=(300, 300)))
        with self.settings(PAGE_CACHE_SECONDS=0):
            self.client.get("/")  # keeps the guest, whose card renditions did not exist yet
            with CaptureQueriesContext(connection) as queries:
                response = self.client.get("/")
        self.assertContains(response, ".fill-240x240-c100.format-avif.")
        self.assertEqual([q["sql"] for q in queries if "wagtailimages_rendition" in q["sql"]], [])

    def test_featured_guests_follow_editing_at_once(self):
        with self.settings(PAGE_CACHE_SECONDS=0):  # what is kept between requests, without the page cache
            self.assertNotContains(self.client.get("/"), "Featured guests")
            star = self.guest("Star Guest", featured=True)
            self.assertContains(self.client.get("/"), "Star Guest")
            star.featured = False
            star.save_revision().publish()
            self.assertNotContains(self.client.get("/"), "Star Guest")
