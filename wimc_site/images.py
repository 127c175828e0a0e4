"""Pictures: an image's renditions at each size in AVIF and WebP, with a fallback every browser
reads, for `<picture>`. Sizes are named here and in the page models so listings prefetch exactly the
renditions their templates show (one query per listing, not one per image and format)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Picture

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


def with_renditions(pages, field, specs):
    """`pages` with the image in `field` read in their own query (a join) and its renditions of
    `specs` in one more: a listing's images cost one query, not two."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return pages.select_related(field).prefetch_related(
        Prefetch(f"{field}__renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def picture(image, specs):
    """`image` at `specs` as a Picture (prefetched renditions are reused); None without an image."""
    if image is None:
        return None
    return Picture(image.get_renditions(*specs))


def fallback_rendition(picture):
    """The rendition in the format every browser reads, at the first size: for feeds and JSON-LD."""
    return picture.formats[picture.get_fallback_format()][0]
