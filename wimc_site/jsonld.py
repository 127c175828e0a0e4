"""schema.org data as a <script type="application/ld+json"> element, escaped by Django's json_script."""

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import json_script
from django.utils.safestring import mark_safe


def json_ld_script(data):
    """The element for `data`; `<`, `>` and `&` inside are escaped, so no text can close the script."""
    element = json_script(data, encoder=DjangoJSONEncoder)
    # json_script writes type="application/json"; the escaping is the same for JSON-LD.
    return mark_safe(element.replace('type="application/json"', 'type="application/ld+json"', 1))  # noqa: S308
