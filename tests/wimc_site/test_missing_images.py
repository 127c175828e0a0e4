"""An image whose original file is gone (a database restored without its media folder, an object lost
from storage) before its renditions were made: pages still answer, showing a broken image as
Wagtail's own image tags do, their metadata link no missing file, the log names the image, and the
photo is back once the file is."""

import json
import re

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.test import TestCase
from wagtail.images import get_image_model

from expo.factories import build_area, build_exhibitor, build_expo_index
from news.factories import build_news_index, build_news_page
from speakers.factories import build_guest, build_guest_index
from tests.images import make_current_edition_with_logo
from wimc_site.factories import build_home_page, make_placeholder_image

# Wagtail's stand-in for a rendition it could not make: its file is named "not-found".
NOT_FOUND = 'src="/media/not-found"'


def json_ld(response):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                response.content.decode(), re.S).group(1))


class MissingOriginalTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home_page()
        settings = make_current_edition_with_logo()
        settings.default_social_image = make_placeholder_image("Site social image", size=(1200, 630))
        settings.save()
        edition = settings.current_edition

        news = build_news_index(cls.home)
        cls.release = build_news_page(
            news, "Cloud Expo opens", image=make_placeholder_image("Release photo", size=(800, 500)),
            social_image=make_placeholder_image("Release social image", size=(1200, 630)),
        )
        guests = build_guest_index(cls.home)
        cls.guest = build_guest(
            guests, "Ann Lindqvist", "academicians", editions=[edition],
            photo=make_placeholder_image("Lindqvist portrait", size=(600, 600)),
        )
        area = build_area(build_expo_index(cls.home), "Intelligent Manufacturing Solutions")
        logo, product_photo = (make_placeholder_image(title, size=(480, 240)) for title in ("Logo", "JR-6"))
        cls.exhibitor = build_exhibitor(
            area, "Jiangning Precision Robotics", logo=logo,
            products=[("JR-6 welding robot", "A six-axis arm.", product_photo)],
        )
        cls.urls = [
            "/", news.url, cls.release.url, guests.url, cls.guest.url, area.url, cls.exhibitor.url,
        ]
        # Every original gone before any page made a rendition of it; kept to put back.
        cls.originals = {}
        for image in get_image_model().objects.all():
            with image.open_file() as file:
                cls.originals[image.file.name] = file.read()
            image.file.storage.delete(image.file.name)

    def put_originals_back(self):
        storage = get_image_model()._meta.get_field("file").storage
        for name, data in self.originals.items():
            self.assertEqual(storage.save(name, ContentFile(data)), name)
            self.addCleanup(storage.delete, name)

    def test_every_page_answers_with_broken_images(self):
        for url in self.urls:
            with self.subTest(url=url), self.assertLogs("wimc_site.images", "ERROR"):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, NOT_FOUND)
                self.assertContains(response, "<h1", count=1)

    def test_the_log_names_the_image_to_upload_again(self):
        with self.assertLogs("wimc_site.images", "ERROR") as logs:
            self.client.get(self.guest.url)
        photo = self.guest.photo
        expected = f"Image {photo.pk} ({photo.file.name}): no rendition could be made"
        self.assertIn(expected, "\n".join(logs.output))

    def test_metadata_link_no_missing_file(self):
        with self.assertLogs("wimc_site.images", "ERROR"):
            release = self.client.get(self.release.url)
            guest = self.client.get(self.guest.url)
            exhibitor = self.client.get(self.exhibitor.url)
        self.assertNotContains(release, 'property="og:image"')
        self.assertContains(release, '<meta name="twitter:card" content="summary">')
        self.assertNotIn("image", json_ld(release))
        self.assertNotIn("image", json_ld(guest))
        self.assertNotIn("logo", json_ld(exhibitor))
        self.assertNotIn("image", json_ld(exhibitor)["makesOffer"][0]["itemOffered"])

    def test_photos_are_back_once_the_files_are(self):
        with self.assertLogs("wimc_site.images", "ERROR"):
            for url in self.urls:
                self.client.get(url)
        self.put_originals_back()
        # What the page cache kept expires on its own; what pages keep beyond it (the footer's logos,
        # the site's social image, listings' photos) does not hold on to the stand-ins.
        caches["pages"].clear()
        with self.assertNoLogs("wimc_site.images", "ERROR"):
            for url in self.urls:
                with self.subTest(url=url):
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertNotContains(response, "not-found")
        self.assertContains(self.client.get(self.release.url), 'property="og:image"')
        self.assertIn("logo", json_ld(self.client.get(self.exhibitor.url)))


class UnreadableOriginalTests(TestCase):
    """The same for an original that is there but cannot be read (cut short by an interrupted copy,
    or not an image at all), in a release's body photo and social image as well as a guest's portrait."""

    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        cls.photo = make_placeholder_image("Unreadable workshop photo", size=(1200, 800))
        body = [("image", {"image": cls.photo, "caption": "The welding line", "alt_text": "Robots welding"})]
        cls.release = build_news_page(build_news_index(home), "Smart workshop tour", body=body,
                                      social_image=cls.photo)
        cls.guest = build_guest(build_guest_index(home), "Ann Lindqvist", "academicians", photo=cls.photo)
        with cls.photo.open_file() as file:
            cls.original = file.read()

    def replace_original(self, data):
        storage, name = self.photo.file.storage, self.photo.file.name
        storage.delete(name)
        self.assertEqual(storage.save(name, ContentFile(data)), name)

    def test_pages_answer_with_a_broken_image(self):
        self.addCleanup(self.replace_original, self.original)
        damaged = (("cut short", self.original[:2000]), ("not an image", b"PK\x03\x04 a zip archive"))
        for damage, data in damaged:
            self.replace_original(data)
            for url in (self.release.url, self.guest.url):
                with self.subTest(damage, url=url), self.assertLogs("wimc_site.images", "ERROR") as logs:
                    caches["pages"].clear()
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, NOT_FOUND)
                    self.assertIn(f"Image {self.photo.pk} ({self.photo.file.name})", logs.output[0])
        release = self.client.get(self.release.url)
        self.assertContains(release, 'alt="Robots welding"')
        self.assertNotContains(release, 'property="og:image"')
