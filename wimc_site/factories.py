"""Small builders for the site's objects, shared by the tests and the demo loader."""

import io
import random

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


def make_artwork(title, seed=0, size=(1600, 900), colors=((6, 26, 58), (17, 94, 181)), collection=None,
                 alt=""):
    """Abstract industrial artwork without any text: a gradient, a circuit of lines and nodes, and
    soft discs, drawn from `seed` so each image differs and re-running the demo gives the same one."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(f"{title}-{seed}")  # noqa: S311 - decoration, not security
    width, height = size
    (r1, g1, b1), (r2, g2, b2) = colors
    canvas = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    for x in range(width):  # diagonal-ish gradient, one column at a time
        t = x / max(1, width - 1)
        draw.line([(x, 0), (x, height)], fill=(int(r1 + (r2 - r1) * t), int(g1 + (g2 - g1) * t),
                                                int(b1 + (b2 - b1) * t)))
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    for _ in range(6):
        radius = rng.randint(height // 6, height // 2)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        disc = [cx - radius, cy - radius, cx + radius, cy + radius]
        shapes.ellipse(disc, fill=(255, 255, 255, rng.randint(10, 28)))
    step = max(40, width // 24)
    for _ in range(28):  # circuit traces: horizontal then vertical runs ending in a node
        x, y = rng.randrange(0, width, step), rng.randrange(0, height, step)
        points = [(x, y)]
        for _turn in range(rng.randint(2, 5)):
            if rng.random() < 0.5:
                x += rng.choice((-1, 1)) * step * rng.randint(1, 4)
            else:
                y += rng.choice((-1, 1)) * step * rng.randint(1, 3)
            points.append((x, y))
        shapes.line(points, fill=(140, 200, 255, 110), width=max(2, width // 600))
        shapes.ellipse([x - 6, y - 6, x + 6, y + 6], fill=(255, 196, 0, 200))
    canvas = PILImage.alpha_composite(canvas.convert("RGBA"), overlay).convert("RGB")
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower())[:60].strip("-") + ".jpg"
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=filename), collection=collection or get_root_collection(),
        description=alt,
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


def translate_snippet(obj, locale, **fields):
    """`obj`'s translation into `locale` with `fields` set (made by copying `obj` the first time)."""
    translation = obj.get_translation_or_none(locale)
    if translation is None:
        translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def translate_page(page, locale, publish=True, **fields):
    """`page`'s translation into `locale`: copied from `page` (as the admin's Translate action does),
    given `fields` and published. An existing translation is returned unchanged, so running the demo
    loader again keeps what editors changed. The parent must be translated first."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)
    translation = type(translation).objects.get(pk=translation.pk)
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if not publish:
        return translation  # the draft's fields live in its revision, not yet in the database row
    revision.publish()
    return type(translation).objects.get(pk=translation.pk)
