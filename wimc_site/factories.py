"""Small builders for the site's objects, shared by the tests and the demo loader."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site

from wimc_site.models import HomePage


def get_locale(language_code="en"):
    locale, _ = Locale.objects.get_or_create(language_code=language_code)
    return locale


def get_root_page():
    """The tree's root; rebuilt when a flushed test database has lost Wagtail's initial data."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(title="Root", slug="root", locale=get_locale())
    return root


def get_root_collection():
    """The root image collection; rebuilt, like the root page, after a test database flush."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def build_home_page(title="World Intelligent Manufacturing Conference", **fields):
    """The site's home page, made the default site's root. Returns the existing one if there."""
    home = HomePage.objects.filter(locale=get_locale()).first()
    if home is None:
        root = get_root_page()
        home = HomePage(title=title, slug="home", locale=get_locale(), **fields)
        # Wagtail's initial migration leaves a placeholder page with the slug "home".
        root.get_children().filter(slug="home").exclude(content_type__model="homepage").delete()
        root.add_child(instance=home)
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="WIMC"
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def add_page(parent, page, publish=True):
    """Add `page` under `parent` unless a page with its slug is already there; return the page."""
    existing = parent.get_children().filter(slug=page.slug).specific().first()
    if existing is not None:
        return existing
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    return page


def make_placeholder_image(title, text=None, size=(1600, 1000), color=(10, 58, 122), collection=None):
    """An honest stand-in photo: a coloured card that says what the real photo shows."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    canvas = PILImage.new("RGB", size, color)
    draw = ImageDraw.Draw(canvas)
    font = _font(max(28, size[0] // 28))
    small = _font(max(18, size[0] // 60))
    lines = _wrap(text or title, draw, font, size[0] - 160)
    y = size[1] // 2 - (len(lines) * font.size) // 2
    for line in lines:
        width = draw.textlength(line, font=font)
        draw.text(((size[0] - width) / 2, y), line, fill="white", font=font)
        y += int(font.size * 1.3)
    draw.text(
        (40, size[1] - 40 - small.size), "Placeholder image — WIMC demo content", fill="white", font=small
    )
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=85)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower())[:60].strip("-") + ".jpg"
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=filename), collection=collection or get_root_collection()
    )


def _font(size):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _wrap(text, draw, font, max_width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines
