"""Pictures: an image's renditions at each size in AVIF and WebP, with a fallback every browser
reads, for `<picture>`. Sizes are named here and in the page models so listings prefetch exactly the
renditions their templates show (one query per listing, not one per image and format)."""

import logging
from functools import cache

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter, Picture

from wimc_site.kept import do_not_keep

logger = logging.getLogger(__name__)

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


def renditions_prefetch(image_field, specs):
    """Prefetch for the renditions of `specs` of the image in `image_field`, a foreign key the
    listing fetches with select_related: the images come with their rows, the renditions in one
    query (where Wagtail's prefetch_renditions would fetch the images in a query of their own)."""
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    return Prefetch(f"{image_field}__renditions", queryset=renditions, to_attr="prefetched_renditions")


def prefetch_renditions(images):
    """Every rendition of each of `images` attached to it in one query, where Wagtail's image tags
    and `picture` look first (images a page's blocks hold, which no listing query fetched)."""
    if images:
        prefetch_related_objects(images, Prefetch("renditions", to_attr="prefetched_renditions"))


def image_with_renditions(image_id, specs):
    """The image with its renditions of `specs` attached, made now where missing (then neither
    the {% image %} tag nor `picture` needs a query, even where the image is kept in a cache)."""
    if image_id is None:
        return None
    renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=specs)
    image = (
        get_image_model()
        .objects.filter(pk=image_id)
        .prefetch_related(Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))
        .first()
    )
    return with_renditions(image, specs)


def with_renditions(image, specs):
    """`image` carrying its renditions of `specs`, made now where missing: an image kept in a cache
    would not carry a rendition made later, and each page would look it up again."""
    if image is not None:
        image.prefetched_renditions = list(renditions(image, specs).values())
    return image


def with_all_renditions(rows, field, specs):
    """`rows` (a list) with the image in `field` carrying every rendition of `specs`, made now where
    missing: rows kept beyond this request must not keep a prefetch taken before the renditions
    existed, or every later request would look them up, and make them, again."""
    for row in rows:
        with_renditions(getattr(row, field), specs)
    return rows


def with_image_renditions(rows, field, specs):
    """`rows` with the image in `field` joined to them and its renditions of `specs` in one more
    query: a listing's images cost one query, not two."""
    return rows.select_related(field).prefetch_related(renditions_prefetch(field, specs))


def picture(image, specs):
    """`image` at `specs` as a Picture (prefetched renditions are reused); None without an image."""
    if image is None:
        return None
    return Picture(renditions(image, filters(tuple(specs))))


def renditions(image, specs):
    """{spec: rendition} of `image` at `specs`, made now where missing. Where one cannot be made
    because the image's original file is missing (a restore without the media folder, an object lost
    from storage) or unreadable (cut short by an interrupted copy, not an image), "not found"
    stand-ins: the page shows a broken image instead of failing, and the log says which image to
    upload again. (Wagtail's own image tags do the same for a missing file only.)"""
    try:
        return image.get_renditions(*specs)
    except OSError as error:  # Wagtail's SourceImageIOError, Pillow's and Willow's read errors
        logger.error("Image %s (%s): no rendition could be made (%s); shown as not found",
                     image.pk, image.file.name, error)
        do_not_keep()  # what shows a stand-in is made again until the file is back
        return stand_ins(image, specs)


NOT_FOUND = "not-found"


def stand_ins(image, specs):
    """Wagtail's "not found" rendition (wagtail.images.shortcuts) for each of `specs`: no file and no
    size, which browsers show as a broken image with its alt text."""
    stand_in = image.get_rendition_model()(image=image, width=0, height=0)
    stand_in.file.name = NOT_FOUND
    return {spec if isinstance(spec, str) else spec.spec: stand_in for spec in specs}


def is_missing(rendition):
    """True for a stand-in (see `stand_ins`). Not `pk is None`: renditions Wagtail has just made in
    bulk carry no primary key either."""
    return rendition.file.name == NOT_FOUND


@cache
def filters(specs):
    """A Filter per spec, made once per process: a Filter parses its spec (operations looked up
    through hooks, their signatures inspected) when first used, so a listing that passed spec strings
    parsed the same specs again for every photo (a third of the guest directory's cards' time).
    Wagtail's own image tags keep one Filter per tag the same way."""
    return tuple(Filter(spec=spec) for spec in specs)


def rendition(image, spec):
    """`image` at one `spec`, with the spec's Filter made once per process (see `filters`); None
    without an image or where none could be made (see `renditions`: nothing to link to)."""
    if image is None:
        return None
    found = renditions(image, filters((spec,)))[spec]
    return None if is_missing(found) else found


def fallback_rendition(picture):
    """The rendition in the format every browser reads, at the first size: for feeds and JSON-LD;
    None without a picture or for a stand-in (see `renditions`)."""
    if picture is None:
        return None
    found = picture.formats[picture.get_fallback_format()][0]
    return None if is_missing(found) else found
