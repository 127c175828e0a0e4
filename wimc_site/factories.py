"""Small builders for the site's objects, shared by the tests and the demo loader."""

import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
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
    """A stand-in photo with no words in it (a caption under it would say the same thing twice):
    a neutral portrait silhouette when square, abstract artwork in `color` otherwise. `text` varies
    the drawing, so images made for different things differ."""
    seed = text or title
    if size[0] == size[1]:
        return _save_image(title, _draw_portrait(size, color, seed), collection,
                           alt="Portrait placeholder: a neutral silhouette")
    darker = tuple(max(0, int(c * 0.45)) for c in color)
    return _save_image(title, _draw_artwork(size, (darker, color), seed), collection,
                       alt="Abstract artwork of circuit traces")


def make_artwork(title, seed=0, size=(1600, 900), colors=((6, 26, 58), (17, 94, 181)), collection=None,
                 alt=""):
    """Abstract industrial artwork without any text, for key visuals and demo photos."""
    return _save_image(title, _draw_artwork(size, colors, f"{title}-{seed}"), collection, alt=alt)


def _save_image(title, canvas, collection, alt=""):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    filename = "".join(c if c.isalnum() else "-" for c in title.lower())[:60].strip("-") + ".jpg"
    return Image.objects.create(
        title=title, file=ImageFile(buffer, name=filename), collection=collection or get_root_collection(),
        description=alt,
    )


def _draw_artwork(size, colors, seed):
    """A gradient, soft discs and a circuit of lines ending in nodes, drawn from `seed` so the same
    seed always gives the same picture."""
    rng = random.Random(str(seed))  # noqa: S311 - decoration, not security
    width, height = size
    (r1, g1, b1), (r2, g2, b2) = colors
    canvas = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(canvas)
    for x in range(width):
        t = x / max(1, width - 1)
        shade = (int(r1 + (r2 - r1) * t), int(g1 + (g2 - g1) * t), int(b1 + (b2 - b1) * t))
        draw.line([(x, 0), (x, height)], fill=shade)
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    shapes = ImageDraw.Draw(overlay)
    for _ in range(6):
        radius = rng.randint(max(1, height // 6), max(2, height // 2))
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        disc = [cx - radius, cy - radius, cx + radius, cy + radius]
        shapes.ellipse(disc, fill=(255, 255, 255, rng.randint(10, 28)))
    step = max(8, width // 24)
    node = max(2, width // 250)
    for _ in range(28):  # circuit traces: horizontal and vertical runs ending in a node
        x, y = rng.randrange(0, width, step), rng.randrange(0, height, step)
        points = [(x, y)]
        for _turn in range(rng.randint(2, 5)):
            if rng.random() < 0.5:
                x += rng.choice((-1, 1)) * step * rng.randint(1, 4)
            else:
                y += rng.choice((-1, 1)) * step * rng.randint(1, 3)
            points.append((x, y))
        shapes.line(points, fill=(140, 200, 255, 110), width=max(1, width // 600))
        shapes.ellipse([x - node, y - node, x + node, y + node], fill=(255, 196, 0, 200))
    return PILImage.alpha_composite(canvas.convert("RGBA"), overlay).convert("RGB")


def _draw_portrait(size, color, seed):
    """Head and shoulders in a lighter tone on a soft background: clearly a placeholder, not a person."""
    rng = random.Random(str(seed))  # noqa: S311 - decoration, not security
    width, height = size
    background = tuple(min(255, int(c * 0.35 + 150 + rng.randint(-12, 12))) for c in color)
    figure = tuple(min(255, int(c * 0.25 + 200)) for c in color)
    canvas = PILImage.new("RGB", size, background)
    draw = ImageDraw.Draw(canvas)
    head = width * 0.19
    cx, cy = width / 2, height * 0.40
    draw.ellipse([cx - head, cy - head, cx + head, cy + head], fill=figure)
    shoulders = [width * 0.14, height * 0.66, width * 0.86, height * 1.25]
    draw.ellipse(shoulders, fill=figure)
    return canvas


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
