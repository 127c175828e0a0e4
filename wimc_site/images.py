"""Pictures: an image's renditions at each size in AVIF and WebP, with a fallback every browser
reads, for `<picture>`. Sizes are named here and in the page models so listings prefetch exactly the
renditions their templates show (one query per listing, not one per image and format)."""

from functools import cache

from wagtail.images.models import Filter, Picture

# Photos: AVIF is a third the size of JPEG at the same look; JPEG for browsers without either.
PHOTO_FORMATS = ("avif", "webp", "jpeg")
# Logos are PNGs with transparency, which JPEG would fill in.
LOGO_FORMATS = ("webp", "png")


def picture_specs(sizes, formats=PHOTO_FORMATS):
    """Every size in every format, as rendition filter specs; within a format the first size is the
    one `src`, `width` and `height` name."""
    return tuple(f"{size}|format-{fmt}" for fmt in formats for size in sizes)


# Guest portraits on directory cards and a forum's speaker list (the guests and forums apps both
# show them, so the sizes live here and both listings prefetch the same renditions).
GUEST_CARD_PHOTO = picture_specs(["fill-240x240-c100"])


def picture(image, specs):
    """`image` at `specs` as a Picture (prefetched renditions are reused); None without an image."""
    if image is None:
        return None
    return Picture(image.get_renditions(*filters(specs)))


@cache
def filters(specs):
    """A Filter per spec, made once per process: a Filter parses its spec (operations looked up
    through hooks, their signatures inspected) when first used, so a listing that passed spec strings
    parsed the same specs again for every photo (a third of the guest directory's cards' time).
    Wagtail's own image tags keep one Filter per tag the same way."""
    return tuple(Filter(spec=spec) for spec in specs)


def fallback_rendition(picture):
    """The rendition in the format every browser reads, at the first size: for feeds and JSON-LD."""
    return picture.formats[picture.get_fallback_format()][0]
