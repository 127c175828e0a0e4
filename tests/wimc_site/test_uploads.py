import io

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from wimc_site.factories import get_root_collection


def png(width, height):
    """A one-bit PNG: large in pixels, small in bytes and in memory."""
    buffer = io.BytesIO()
    PILImage.new("1", (width, height)).save(buffer, "PNG")
    return SimpleUploadedFile("upload.png", buffer.getvalue(), content_type="image/png")


def photo_cut_short():
    """A JPEG photo whose second half is missing, as an interrupted download leaves it: its header
    (format, size) is intact."""
    buffer = io.BytesIO()
    PILImage.effect_noise((640, 480), 60).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    return SimpleUploadedFile("venue.jpg", data[: len(data) // 2], content_type="image/jpeg")


class UploadLimitTests(TestCase):
    """Images over 40 megapixels or 10 MB and documents over 20 MB are refused, with the limit stated."""

    @classmethod
    def setUpTestData(cls):
        cls.admin = get_user_model().objects.create_superuser("admin", "admin@example.com", "pw")
        cls.collection = get_root_collection()

    def setUp(self):
        self.client.force_login(self.admin)

    def test_image_form_states_the_limits(self):
        response = self.client.get(reverse("wagtailimages:add"))
        self.assertContains(response, "Maximum filesize: 10.0\xa0MB.")
        self.assertContains(response, "Largest image: 40 megapixels")
        multiple = self.client.get(reverse("wagtailimages:add_multiple"))
        self.assertContains(multiple, "Largest image: 40 megapixels")

    def test_image_with_too_many_pixels_is_refused(self):
        response = self.client.post(reverse("wagtailimages:add"), {
            "title": "Bomb", "file": png(7000, 7000), "collection": self.collection.pk,
        })
        self.assertContains(response, "This file has too many pixels (49000000). Maximum pixels 40000000.")
        self.assertFalse(get_image_model().objects.filter(title="Bomb").exists())

    def test_image_within_the_limits_is_accepted(self):
        response = self.client.post(reverse("wagtailimages:add"), {
            "title": "Venue", "file": png(4000, 3000), "collection": self.collection.pk,
        })
        self.assertRedirects(response, reverse("wagtailimages:index"))

    def test_image_cut_short_is_refused_keeping_what_was_typed(self):
        response = self.client.post(reverse("wagtailimages:add"), {
            "title": "Venue at night", "file": photo_cut_short(), "collection": self.collection.pk,
        })
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "This image is damaged or incomplete")
        self.assertContains(response, 'value="Venue at night"')
        self.assertFalse(get_image_model().objects.exists())

    def test_image_cut_short_is_refused_by_the_multiple_uploader(self):
        response = self.client.post(reverse("wagtailimages:add_multiple"), {"files[]": photo_cut_short()})
        self.assertEqual(response.status_code, 200)
        self.assertFalse(response.json()["success"])
        self.assertIn("This image is damaged or incomplete", response.json()["error_message"])
        self.assertFalse(get_image_model().objects.exists())

    def test_document_form_states_the_limit(self):
        self.assertContains(self.client.get(reverse("wagtaildocs:add")), "Maximum file size: 20.0\xa0MB.")

    def test_document_over_20_mb_is_refused(self):
        upload = SimpleUploadedFile("programme.zip", b"0" * (21 * 1024 * 1024))
        response = self.client.post(reverse("wagtaildocs:add"), {
            "title": "Programme", "file": upload, "collection": self.collection.pk,
        })
        self.assertContains(response, "too big (21.0\xa0MB). Documents may be at most 20.0\xa0MB")
        self.assertFalse(get_document_model().objects.filter(title="Programme").exists())

    def test_small_document_is_accepted(self):
        upload = SimpleUploadedFile("programme.pdf", b"%PDF-1.4 programme", content_type="application/pdf")
        response = self.client.post(reverse("wagtaildocs:add"), {
            "title": "Programme", "file": upload, "collection": self.collection.pk,
        })
        self.assertRedirects(response, reverse("wagtaildocs:index"))
