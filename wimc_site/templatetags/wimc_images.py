"""Render a Picture built in Python (see wimc_site.images) with the attributes only the template
knows: `sizes` for the layout, `loading`/`fetchpriority` for where it sits on the page."""

import copy

from django import template
from django.utils.html import format_html_join

register = template.Library()


@register.simple_tag
def show_picture(picture, **attrs):
    """`<picture>` with AVIF/WebP `<source>`s and a fallback `<img>` carrying `attrs`; nothing
    without a picture."""
    if not picture:
        return ""
    shown = copy.copy(picture)
    shown.attrs = dict(attrs)  # rendering adds `srcset` to it
    return shown.__html__()


# Body blocks that show photos; the first of them holds a page's lead photo.
PHOTO_BLOCKS = ("image", "gallery")


@register.simple_tag(takes_context=True)
def include_body(context, body):
    """`{% include_block body %}`, with `lead_image` true for the block holding the body's first
    photo: that one is likely above the fold and loads at once, every later one lazily."""
    lead = next((i for i, child in enumerate(body) if child.block_type in PHOTO_BLOCKS), None)
    parent = context.flatten()
    return format_html_join(
        "\n",
        '<div class="w-block-{1} block-{1}">{0}</div>',
        [
            (child.render(context={**parent, "lead_image": i == lead}), child.block_type)
            for i, child in enumerate(body)
        ],
    )
