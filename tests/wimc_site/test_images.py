"""Images on the home page, content pages and the footer: the key visual first, logos keep their
transparency, everything else lazy."""

from unittest import mock

from django.template import Context, Template
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.images.models import Picture

from tests.images import ImageMarkupAssertions, images_of, make_current_edition_with_logo, shown_images
from wimc_site.factories import add_page, build_home_page, make_placeholder_image
from wimc_site.images import picture, picture_specs
from wimc_site.models.pages import ContentPage


def photo_block(image, alt="A robot cell"):
    return ("image", {"image": image, "caption": "", "alt_text": alt})


class HomeImageTests(ImageMarkupAssertions, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = build_home_page()
        cls.home.hero_image = make_placeholder_image("Key visual", size=(1920, 1080))
        cls.home.body = [photo_block(make_placeholder_image("Home body photo", size=(1200, 800)))]
        cls.home.save_revision().publish()
        make_current_edition_with_logo()

    def setUp(self):
        self.response = self.client.get("/")

    def test_every_image_has_width_height_and_alt(self):
        self.assertEqual(self.response.status_code, 200)
        self.assertGreaterEqual(len(self.assertEveryImageSized(self.response)), 4)  # mark, hero, body, logo

    def test_key_visual_is_the_one_image_loaded_first(self):
        (hero,) = images_of(self.response, "key-visual")
        self.assertPicture(hero)
        self.assertEager(hero)
        self.assertEqual((hero.attrs["width"], hero.attrs["height"], hero.attrs["alt"]), ("1600", "700", ""))
        high = [img for img in shown_images(self.response) if img.attrs.get("fetchpriority") == "high"]
        self.assertEqual(high, [hero])

    def test_body_photos_under_the_hero_load_lazily(self):
        (photo,) = images_of(self.response, "home-body-photo")
        self.assertPicture(photo)
        self.assertLazy(photo)

    def test_organizer_logos_keep_their_transparency(self):
        """In the home page's organizers section and in the footer."""
        section, footer = images_of(self.response, "host-logo")
        for logo in (section, footer):
            self.assertPicture(logo, types=("image/webp",), fallback=".png")
            self.assertLazy(logo)
        self.assertEqual((section.attrs["width"], footer.attrs["height"]), ("160", "48"))

    def test_the_static_mark_is_sized(self):
        (mark,) = [img for img in shown_images(self.response) if img.attrs["src"].endswith("wimc-mark.svg")]
        self.assertEqual((mark.attrs["width"], mark.attrs["height"]), ("40", "40"))

    def test_no_original_is_served(self):
        self.assertNotContains(self.response, "/original_images/")


class ContentPageImageTests(ImageMarkupAssertions, TestCase):
    """A content page's first photo may be above the fold: it loads at once, the later ones lazily."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        home = build_home_page()
        body = [
            ("paragraph", "<p>Since 2018 in Nanjing.</p>"),
            photo_block(make_placeholder_image("First photo", size=(1200, 800))),
            photo_block(make_placeholder_image("Second photo", size=(1200, 800))),
        ]
        cls.page = add_page(home, ContentPage(title="Venue", slug="venue", body=body))

    def test_first_photo_eager_later_lazy(self):
        response = self.client.get(self.page.url)
        self.assertEveryImageSized(response)
        (first,), (second,) = images_of(response, "first-photo"), images_of(response, "second-photo")
        for img in (first, second):
            self.assertPicture(img)
        self.assertEager(first)
        self.assertLazy(second)
        self.assertContains(response, '<div class="w-block-paragraph block-paragraph">', count=1)


class ImageTagTests(TestCase):
    """The site's `{% image %}` and `{% picture %}` (filters made once) write Wagtail's own HTML."""

    def render(self, library, tag, image):
        return Template("{% load " + library + " %}" + tag).render(Context({"photo": image}))

    def test_same_html_as_wagtails_tags(self):
        image = make_placeholder_image("Tag photo", size=(1200, 800))
        for tag in (
            '{% picture photo width-{480,800} format-{avif,jpeg} alt="A hall" loading="lazy" %}',
            '{% image photo fill-1200x630 alt="A hall" %}',
            "{% image photo fill-120x80 as shown %}{{ shown.url }} {{ shown.width }}",
        ):
            with self.subTest(tag=tag):
                ours, wagtails = (
                    self.render("wimc_images", tag, image),
                    self.render("wagtailimages_tags", tag, image),
                )
                self.assertIn("/images/", ours)
                self.assertEqual(ours, wagtails)


class ShownPictureTests(TestCase):
    """`{% show_picture %}` builds a picture's markup once per process until the next change."""

    def render(self, image, loading="lazy"):
        shown = picture(image, picture_specs(["width-480", "width-800"]))
        return Template('{% load wimc_images %}{% show_picture shown loading=loading %}').render(
            Context({"shown": shown, "loading": loading})
        )

    def test_built_once_and_again_after_a_change(self):
        image = make_placeholder_image("Main hall", size=(1200, 800))
        first = self.render(image)
        self.assertIn(f'alt="{image.description}"', first)
        with mock.patch.object(Picture, "__html__", autospec=True, side_effect=Picture.__html__) as build:
            self.assertEqual(self.render(image), first)
            self.assertEqual(build.call_count, 0)
            self.assertIn('loading="eager"', self.render(image, loading="eager"))  # other attributes
            self.assertEqual(build.call_count, 1)
            image.description = "The main hall at night"
            image.save()  # an image change forgets what was built from it
            changed = get_image_model().objects.get(pk=image.pk)
            self.assertIn('alt="The main hall at night"', self.render(changed))
            self.assertEqual(build.call_count, 2)
