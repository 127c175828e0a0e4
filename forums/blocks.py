"""The agenda of a forum: timed items, each with its own speakers chosen from the guest pages."""

import datetime

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class AgendaItemBlock(blocks.StructBlock):
    start = blocks.TimeBlock(label=_("Starts"), help_text=_("China Standard Time (UTC+8)."))
    end = blocks.TimeBlock(label=_("Ends"), required=False)
    title = blocks.CharBlock(max_length=255)
    description = blocks.TextBlock(required=False)
    speakers = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="speakers.GuestPage", label=_("Speaker")),
        default=[],
        label=_("Speakers"),
        help_text=_("Speakers chosen here are added to the forum's guests when you save."),
    )

    class Meta:
        icon = "time"
        label = _("Agenda item")
        template = "forums/blocks/agenda_item.html"
        preview_value = {
            "start": datetime.time(9, 30),
            "end": datetime.time(9, 50),
            "title": "Keynote: Industrial internet platforms for small and medium-sized manufacturers",
            "description": "How shared platforms bring data-driven production within reach of smaller firms.",
            "speakers": [],
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The forum page passes its guests in its own language: a Chinese forum's agenda still
        # names the English guest pages it was copied with.
        in_language = (parent_context or {}).get("guests_in_language") or {}
        # Guests deleted or unpublished since they were chosen drop out of the agenda.
        chosen = [guest for guest in value["speakers"] if guest is not None and guest.live]
        context["speakers"] = [in_language.get(guest.pk, guest) for guest in chosen]
        return context


class AgendaBlock(blocks.StreamBlock):
    """Items in the order editors arrange them (Wagtail's move up / move down)."""

    item = AgendaItemBlock()
