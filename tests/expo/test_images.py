"""Expo images: logos keep their transparency (WebP before PNG), product photos come as AVIF and
WebP before JPEG; only an exhibitor's own logo loads first."""

import json
import re

from django.test import TestCase

from tests.expo.helpers import ExpoSiteMixin
from tests.images import ImageMarkupAssertions, images_of, make_transparent_logo
from wimc_site.factories import make_placeholder_image


class ExpoImageTests(ImageMarkupAssertions, ExpoSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.robots = cls.exhibitor(
            "Jiangsu Robotics & Co", logo=make_transparent_logo("Robotics logo", size=(600, 200)),
            products=[
                ("JR-6 welding robot", "Six axes.", make_placeholder_image("Welding robot", size=(900, 600))),
                ("JR-7", "Seven axes."),
            ],
        )
        cls.exhibitor("Nanjing Sensors", logo=make_transparent_logo("Sensors logo"))

    def test_area_logos_are_lazy_pictures_with_a_png_fallback(self):
        response = self.client.get(self.solutions.url)
        self.assertEqual(response.status_code, 200)
        self.assertEveryImageSized(response)
        logos = images_of(response, "robotics-logo") + images_of(response, "sensors-logo")
        self.assertEqual(len(logos), 2)
        for img in logos:
            self.assertPicture(img, types=("image/webp",), fallback=".png")
            self.assertLazy(img)
        self.assertNotContains(response, "/original_images/")

    def test_exhibitor_logo_loads_first_and_products_lazily(self):
        response = self.client.get(self.robots.url)
        self.assertEqual(response.status_code, 200)
        self.assertEveryImageSized(response)
        (logo,) = images_of(response, "robotics-logo")
        self.assertPicture(logo, types=("image/webp",), fallback=".png")
        self.assertEager(logo)
        self.assertEqual(logo.attrs["alt"], "Logo of Jiangsu Robotics & Co")
        self.assertEqual((logo.attrs["width"], logo.attrs["height"]), ("480", "160"))
        (product,) = images_of(response, "welding-robot")
        self.assertPicture(product)
        self.assertLazy(product)
        self.assertNotContains(response, "/original_images/")

    def test_structured_data_names_the_fallback_files(self):
        """Search engines get the PNG logo and JPEG product photo every crawler reads."""
        response = self.client.get(self.robots.url)
        html = response.content.decode()
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        data = json.loads(script.group(1))
        self.assertRegex(data["logo"], r"^http://localhost/media/images/robotics-logo[^/]*\.png$")
        product = data["makesOffer"][0]["itemOffered"]
        self.assertRegex(product["image"], r"^http://localhost/media/images/welding-robot[^/]*\.jpg$")
