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
# A lead photo opens the body, after at most a heading or an opening paragraph; a first photo further
# down is below the fold on every screen and loads lazily like the rest.
LEAD_PHOTO_WITHIN = 2


@register.simple_tag(takes_context=True)
def include_body(context, body):
    """`{% include_block body %}`, with `lead_image` true for the block holding the body's lead
    photo: it is above the fold and loads at once, every later photo lazily."""
    first = next((i for i, child in enumerate(body) if child.block_type in PHOTO_BLOCKS), None)
    lead = first if first is not None and first < LEAD_PHOTO_WITHIN else None
    parent = context.flatten()
    return format_html_join(
        "\n",
        '<div class="w-block-{1} block-{1}">{0}</div>',
        [
            (child.render(context={**parent, "lead_image": i == lead}), child.block_type)
            for i, child in enumerate(body)
        ],
    )
