"""What a release shows in listings and feeds when editors left its summary or listing image empty:
the start of its first paragraph and its first photo. Works on the body's raw data, so the data
migration and the model share it."""

import html

from django.utils.html import strip_tags
from django.utils.text import Truncator

TEASER_LENGTH = 300


def first_paragraph(raw_blocks, length=TEASER_LENGTH):
    for block in raw_blocks or []:
        if block.get("type") == "paragraph":
            text = " ".join(html.unescape(strip_tags(block.get("value") or "")).split())
            if text:
                return Truncator(text).chars(length)
    return ""


def first_image_id(raw_blocks):
    for block in raw_blocks or []:
        value = block.get("value") or {}
        if block.get("type") == "image" and value.get("image"):
            return value["image"]
        if block.get("type") == "gallery":
            for item in value.get("images") or []:
                # ListBlock items are {"type": "item", "value": {...}} since Wagtail 2.16.
                item = item.get("value", item) if isinstance(item, dict) else {}
                if item.get("image"):
                    return item["image"]
    return None
