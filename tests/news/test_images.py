"""Images on news pages: modern formats with a fallback, sized, and lazy below the fold."""

import datetime

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from news.factories import build_news_page
from tests.images import ImageMarkupAssertions, images_of
from tests.news.helpers import NewsSiteMixin
from wimc_site.factories import make_placeholder_image


class ReleaseImageTests(ImageMarkupAssertions, NewsSiteMixin, TestCase):
    """A release's lead photo loads first; its later photos and the related cards load lazily."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        lead = make_placeholder_image("Lead photo", size=(1200, 800))
        later = make_placeholder_image("Later photo", size=(1200, 800))
        gallery = [make_placeholder_image(f"Gallery photo {n}", size=(1000, 750)) for n in (1, 2)]
        body = [
            ("paragraph", "<p>The conference opened.</p>"),
            ("image", {"image": lead, "caption": "The opening", "alt_text": ""}),
            ("gallery", {"title": "", "images": [
                {"image": image, "caption": "", "alt_text": "Visitors at a robot cell"} for image in gallery
            ]}),
            ("image", {"image": later, "caption": "", "alt_text": "The closing ceremony"}),
        ]
        cls.release = build_news_page(
            cls.index, "Opening", date=datetime.date(2021, 12, 8), body=body, image=True
        )
        for number in (1, 2):
            build_news_page(cls.index, f"Related {number}", date=datetime.date(2021, 12, number), image=True)

    def setUp(self):
        self.response = self.client.get(self.release.url)

    def test_every_image_has_width_height_and_alt(self):
        self.assertEqual(self.response.status_code, 200)
        self.assertGreaterEqual(len(self.assertEveryImageSized(self.response)), 6)

    def test_lead_photo_is_a_picture_loaded_first(self):
        (lead,) = images_of(self.response, "lead-photo")
        self.assertPicture(lead)
        self.assertEager(lead)
        self.assertEqual(lead.attrs["alt"], "")  # the caption says it

    def test_later_body_photos_load_lazily(self):
        later = images_of(self.response, "gallery-photo") + images_of(self.response, "later-photo")
        self.assertEqual(len(later), 3)
        for img in later:
            self.assertPicture(img)
            self.assertLazy(img)

    def test_related_cards_load_lazily(self):
        cards = images_of(self.response, "related-")
        self.assertEqual(len(cards), 2)
        for img in cards:
            self.assertPicture(img)
            self.assertLazy(img)
            self.assertEqual(img.attrs["sizes"], "(min-width: 50rem) 16rem, 100vw")

    def test_no_original_is_served(self):
        self.assertNotContains(self.response, "/original_images/")


class LateFirstPhotoTests(ImageMarkupAssertions, NewsSiteMixin, TestCase):
    """A first photo after several paragraphs is below the fold: it loads lazily too."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        body = [("paragraph", f"<p>Paragraph {n}.</p>") for n in range(3)]
        body.append(("image", {"image": make_placeholder_image("Late photo", size=(1200, 800)),
                               "caption": "", "alt_text": "The venue"}))
        cls.release = build_news_page(cls.index, "Long read", body=body)

    def test_late_first_photo_is_lazy(self):
        (photo,) = images_of(self.client.get(self.release.url), "late-photo")
        self.assertPicture(photo)
        self.assertLazy(photo)


# The page cache off: a cached page would cost no queries whatever its body holds.
@override_settings(PAGE_CACHE_SECONDS=0)
class BodyPhotoQueryTests(NewsSiteMixin, TestCase):
    """A release's body photos cost one query together, however many there are, even when their
    renditions are not in the cache (a new server, Redis restarted)."""

    def release_with_photos(self, count):
        photos = [make_placeholder_image(f"Body photo {n}", size=(1000, 750)) for n in range(count)]
        body = [
            ("image", {"image": photos[0], "caption": "", "alt_text": "The main hall"}),
            ("gallery", {"title": "", "images": [
                {"image": photo, "caption": "", "alt_text": "A stand"} for photo in photos[1:]
            ]}),
        ]
        return build_news_page(self.index, f"{count} photos", date=datetime.date(2021, 12, 8), body=body)

    def queries_for(self, release):
        self.client.get(release.url)  # makes the renditions
        for rendition in get_image_model().get_rendition_model().objects.all():
            rendition.purge_from_cache()
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(release.url)
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, "/original_images/")
        return len(queries)

    def test_two_photos_and_six_cost_the_same(self):
        # Both first: each is the other's related release, so their pages differ only in photos.
        two, six = self.release_with_photos(2), self.release_with_photos(6)
        self.assertEqual(self.queries_for(six), self.queries_for(two))


class NewsIndexImageTests(ImageMarkupAssertions, NewsSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.add_releases(3, image=make_placeholder_image("Card photo", size=(800, 500)))

    def test_cards_are_lazy_pictures_at_two_widths(self):
        response = self.client.get("/news/")
        self.assertEveryImageSized(response)
        cards = images_of(response, "card-photo")
        self.assertEqual(len(cards), 3)
        for img in cards:
            self.assertPicture(img)
            self.assertLazy(img)
            self.assertEqual([s["srcset"].count("w,") + 1 for s in img.sources], [2, 2])
            self.assertEqual((img.attrs["width"], img.attrs["height"]), ("400", "250"))
        self.assertNotContains(response, "/original_images/")
