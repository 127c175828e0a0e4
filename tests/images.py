"""What a browser is given for each image on a page: the `<img>` and, around it, the `<picture>`
`<source>`s; and a transparent PNG logo, and an edition showing one, to test with."""

import io
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.core.cache import cache
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Site

from wimc_site.factories import get_locale, get_root_collection
from wimc_site.models import ConferenceEdition, EditionOrganizer, Organizer, SiteSettings


@dataclass
class ShownImage:
    attrs: dict
    sources: list = field(default_factory=list)  # the enclosing <picture>'s <source> attributes
    in_picture: bool = False

    @property
    def source_types(self):
        return [source.get("type") for source in self.sources]

    @property
    def filename(self):
        return self.attrs.get("src", "").rsplit("/", 1)[-1]

    @property
    def urls(self):
        """Every file the browser may fetch for this image: `src` and each srcset candidate."""
        srcsets = [self.attrs.get("srcset"), *(source.get("srcset") for source in self.sources)]
        return [self.attrs.get("src", ""), *(url for srcset in srcsets for url in srcset_urls(srcset))]


def srcset_urls(srcset):
    """The addresses in a srcset ("a.jpg 400w, b.jpg 800w" -> a.jpg, b.jpg)."""
    return [candidate.split()[0] for candidate in (srcset or "").split(",") if candidate.strip()]


class _ImageParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.images = []
        self.sources = None  # a list while inside <picture>

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "picture":
            self.sources = []
        elif tag == "source" and self.sources is not None:
            self.sources.append(attrs)
        elif tag == "img":
            inside = self.sources is not None
            self.images.append(ShownImage(attrs, list(self.sources or []), inside))

    def handle_endtag(self, tag):
        if tag == "picture":
            self.sources = None


def shown_images(response):
    """Every `<img>` on the page, in document order."""
    parser = _ImageParser()
    parser.feed(response.content.decode())
    return parser.images


def images_of(response, filename_start):
    """The images whose `src` file name starts with `filename_start` (the factories name files
    after the image's title: "Release 3" -> "release-3")."""
    return [img for img in shown_images(response) if img.filename.startswith(filename_start)]


def make_transparent_logo(title, size=(200, 80)):
    """A PNG logo with a transparent background, as organizers send them."""
    Image = get_image_model()
    canvas = PILImage.new("RGBA", size, (0, 0, 0, 0))
    canvas.paste((10, 58, 122, 255), (10, 10, size[0] - 10, size[1] - 10))
    buffer = io.BytesIO()
    canvas.save(buffer, "PNG")
    filename = "".join(c if c.isalnum() else "-" for c in title.lower()) + ".png"
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=filename), collection=get_root_collection()
    )


def make_current_edition_with_logo():
    """The site's current edition (2021), hosted by one organizer with a transparent logo: what the
    footer and the home page's organizers show."""
    edition = ConferenceEdition.objects.create(year=2021, name="2021 WIMC", locale=get_locale())
    organizer = Organizer.objects.create(
        name="Jiangsu Provincial Government", locale=get_locale(), logo=make_transparent_logo("Host logo")
    )
    EditionOrganizer.objects.create(edition=edition, organizer=organizer)
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.current_edition = edition
    settings.save()
    return settings


class ImageMarkupAssertions:
    """Assertions on images as a browser gets them."""

    @classmethod
    def setUpTestData(cls):
        # Renditions are cached by image id, and ids come back after a test class's rollback: an
        # earlier class's renditions would stand in for this one's images.
        cache.clear()
        super().setUpTestData()

    def assertEveryImageSized(self, response):
        """Every <img> has width, height (no layout shift when it arrives) and alt."""
        images = shown_images(response)
        for img in images:
            for name in ("width", "height", "alt"):
                self.assertIn(name, img.attrs, f"<img> without {name}: {img.attrs}")
            self.assertTrue(img.attrs["width"].isdigit() and img.attrs["height"].isdigit(), img.attrs)
        return images

    def assertPicture(self, img, types=("image/avif", "image/webp"), fallback=".jpg"):
        """`img` sits in a <picture> offering `types` first and `fallback` files to other browsers,
        every file a resized rendition, never the uploaded original."""
        self.assertTrue(img.in_picture, f"<img> outside <picture>: {img.attrs}")
        self.assertEqual(img.source_types, list(types))
        for url in img.urls:
            self.assertTrue(url.startswith("/media/images/"), url)
            self.assertNotIn("/original_images/", url)
        for source, kind in zip(img.sources, types, strict=True):
            extension = "." + kind.split("/")[1]
            self.assertTrue(all(url.endswith(extension) for url in srcset_urls(source["srcset"])), source)
        self.assertTrue(img.attrs["src"].endswith(fallback), img.attrs["src"])

    def assertLazy(self, img):
        self.assertEqual((img.attrs.get("loading"), img.attrs.get("decoding")), ("lazy", "async"), img.attrs)
        self.assertNotIn("fetchpriority", img.attrs)

    def assertEager(self, img):
        """Loads at once and first: the page's largest image, above the fold."""
        self.assertNotEqual(img.attrs.get("loading"), "lazy", img.attrs)
        self.assertEqual(img.attrs.get("fetchpriority"), "high", img.attrs)
