"""Image tags: a Picture built in Python (see wimc_site.images) rendered with the attributes only the
template knows (`sizes` for the layout, `loading`/`fetchpriority` for where it sits on the page);
Wagtail's own `{% image %}` and `{% picture %}` with their filters parsed once and a broken image for
an original that cannot be read; a page body with its photos' renditions read in one query."""

import copy

from django import template
from django.utils.html import format_html_join
from wagtail.images.models import Filter, Picture
from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

from wimc_site.images import filters, prefetch_renditions, renditions
from wimc_site.kept import held_in_process

register = template.Library()


# Wagtail's image tags make a new Filter from their specs on every render, and a Filter parses its
# spec (operations looked up through hooks, their signatures inspected) when first used: a page's
# body photos and the chrome's logos parsed the same few specs a hundred times per request. These
# nodes take their Filters from `filters`, made once per spec and process; the HTML is Wagtail's own.
# Their renditions come from `wimc_site.images.renditions`: an original that is missing or cannot be
# read shows as a broken image and is logged (Wagtail's tags fail on an unreadable one).
class ImageNode(wagtail_tags.ImageNode):
    def get_filter(self):
        return filters(("|".join(self.filter_specs),))[0]

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        image_filter = self.get_filter()
        rendition = renditions(image, [image_filter])[image_filter.spec]
        if self.output_var_name:
            context[self.output_var_name] = rendition
            return ""
        return rendition.img_tag({key: value.resolve(context) for key, value in self.attrs.items()})


class PictureNode(wagtail_tags.PictureNode):
    def get_filters(self):
        return list(filters(tuple(Filter.expand_spec(self.filter_specs))))

    def render(self, context):
        image = self.validate_image(context)
        if not image:
            return ""
        found = renditions(image, self.get_filters())
        if self.output_var_name:
            context[self.output_var_name] = Picture(found)
            return ""
        return Picture(found, {key: value.resolve(context) for key, value in self.attrs.items()}).__html__()


@register.tag("image")
def image_tag(parser, token):
    """Wagtail's `{% image %}` (same arguments and HTML) with its Filter made once."""
    return _with_shared_filters(wagtail_tags.image(parser, token), ImageNode)


@register.tag("picture")
def picture_tag(parser, token):
    """Wagtail's `{% picture %}` (same arguments and HTML) with its Filters made once."""
    return _with_shared_filters(wagtail_tags.image(parser, token), PictureNode)


def _with_shared_filters(node, node_class):
    return node_class(
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )


@register.simple_tag
def show_picture(picture, **attrs):
    """`<picture>` with AVIF/WebP `<source>`s and a fallback `<img>` carrying `attrs`; nothing
    without a picture."""
    if not picture:
        return ""
    image = picture.renditions[0].image
    # Wagtail builds every srcset address again on each render (a third of a millisecond a
    # picture, ten on the home page); the markup follows from the renditions' files, the image's
    # alt text and the attributes, and an image's change starts a new generation. Files, not
    # primary keys: renditions Wagtail has just made in bulk have none, nor have its stand-ins
    # for a missing original, which must not be shown once the real renditions exist.
    name = (
        "picture", image.pk, getattr(image, "contextual_alt_text", None),
        tuple(rendition.file.name for rendition in picture.renditions), tuple(attrs.items()),
    )
    return held_in_process(name, lambda: _picture_html(picture, attrs))


def _picture_html(picture, attrs):
    shown = copy.copy(picture)
    shown.attrs = dict(attrs)  # rendering adds `srcset` to it
    return shown.__html__()


# Body blocks that show photos; the first of them holds a page's lead photo.
PHOTO_BLOCKS = ("image", "gallery")
# A lead photo opens the body, after at most a heading or an opening paragraph; a first photo further
# down is below the fold on every screen and loads lazily like the rest.
LEAD_PHOTO_WITHIN = 2


@register.simple_tag(takes_context=True)
def include_body(context, body, below_the_fold=False):
    """`{% include_block body %}`, with `lead_image` true for the block holding the body's lead
    photo: it is above the fold and loads at once, every later photo lazily. A body
    `below_the_fold` (under a page's key visual) has no lead photo: all of them load lazily."""
    _prefetch_renditions(body)
    first = next((i for i, child in enumerate(body) if child.block_type in PHOTO_BLOCKS), None)
    lead = first if first is not None and first < LEAD_PHOTO_WITHIN and not below_the_fold else None
    parent = context.flatten()
    return format_html_join(
        "\n",
        '<div class="w-block-{1} block-{1}">{0}</div>',
        [
            (child.render(context={**parent, "lead_image": i == lead}), child.block_type)
            for i, child in enumerate(body)
        ],
    )


def _prefetch_renditions(body):
    """Every rendition of the body's photos in one query: each photo block's `{% picture %}` would
    otherwise look its renditions up in the cache (and write them back) or the database, once per
    photo and request."""
    prefetch_renditions([image for child in body for image in _photos(child) if image is not None])


def _photos(child):
    if child.block_type == "image":
        return [child.value["image"]]
    if child.block_type == "gallery":
        return [item["image"] for item in child.value["images"]]
    return []
