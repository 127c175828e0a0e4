"""A forum page's speaker portraits load lazily, as pictures."""

from django.test import TestCase

from forums.factories import at
from forums.models import ForumRole
from tests.forums.helpers import ForumDataMixin
from tests.images import ImageMarkupAssertions, images_of
from wimc_site.factories import make_placeholder_image


class ForumImageTests(ImageMarkupAssertions, ForumDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        photos = [make_placeholder_image(f"Speaker portrait {n}", size=(500, 500)) for n in (1, 2)]
        guests = [cls.guest(f"Speaker {n}", photo=photo) for n, photo in enumerate(photos, 1)]
        cls.forum_page = cls.forum(
            "Digital Twins", at(2021, 12, 8, 9), module="key-technologies",
            guests=[(guest, ForumRole.PANELIST) for guest in guests],
        )

    def setUp(self):
        self.response = self.client.get(self.forum_page.url)

    def test_every_image_has_width_height_and_alt(self):
        self.assertEqual(self.response.status_code, 200)
        self.assertGreaterEqual(len(self.assertEveryImageSized(self.response)), 3)  # mark, portraits

    def test_speaker_portraits_are_lazy_pictures(self):
        portraits = images_of(self.response, "speaker-portrait-")
        self.assertEqual(len(portraits), 2)
        for img in portraits:
            self.assertPicture(img)
            self.assertLazy(img)
        self.assertNotContains(self.response, "/original_images/")
