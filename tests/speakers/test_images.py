"""Guest portraits: small lazy pictures in the directory, the profile's portrait loaded first."""

from django.test import TestCase

from tests.images import ImageMarkupAssertions, images_of
from tests.speakers.helpers import GuestDataMixin
from wimc_site.factories import make_placeholder_image


class GuestImageTests(ImageMarkupAssertions, GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        photos = [make_placeholder_image(f"Portrait {n}", size=(600, 600)) for n in (1, 2)]
        cls.guests = [cls.guest(f"Guest {n}", photo=photo) for n, photo in enumerate(photos, 1)]
        cls.guest("Guest without photo")

    def test_directory_portraits_are_lazy_pictures(self):
        response = self.client.get(self.index.url)
        self.assertEqual(response.status_code, 200)
        self.assertEveryImageSized(response)
        portraits = images_of(response, "portrait-")
        self.assertEqual(len(portraits), 2)
        for img in portraits:
            self.assertPicture(img)
            self.assertLazy(img)
            self.assertEqual((img.attrs["width"], img.attrs["height"]), ("240", "240"))
        self.assertNotContains(response, "/original_images/")

    def test_profile_portrait_loads_first(self):
        response = self.client.get(self.guests[0].url)
        self.assertEqual(response.status_code, 200)
        self.assertEveryImageSized(response)
        (portrait,) = images_of(response, "portrait-1")
        self.assertPicture(portrait)
        self.assertEager(portrait)
        self.assertEqual(portrait.attrs["width"], "480")
        self.assertNotContains(response, "/original_images/")
