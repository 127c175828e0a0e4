"""Content blocks every page body shares. One template per block under templates/components/blocks/."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "Intelligent manufacturing leads development", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=500)
    alt_text = blocks.CharBlock(
        required=False,
        max_length=255,
        help_text=_("Describe the photo for people who cannot see it; leave empty if the caption does."),
    )

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "components/blocks/captioned_image_block.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=1)

    class Meta:
        icon = "image"
        label = _("Photo gallery")
        template = "components/blocks/gallery_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "text": "Intelligent manufacturing is the main approach to high-quality development.",
            "attribution": "Press conference, 2020 WIMC",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text=_("Defaults to the document's title."))

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "components/blocks/document_block.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(help_text=_("A link to the video, e.g. on YouTube or Youku."))
    caption = blocks.CharBlock(required=False, max_length=255)

    class Meta:
        icon = "media"
        label = _("Embedded video")
        template = "components/blocks/video_block.html"


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="components/blocks/paragraph_block.html",
        preview_value="<p>The conference is held every year in Nanjing, Jiangsu.</p>",
    )
    image = CaptionedImageBlock()
    gallery = GalleryBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    document = DocumentBlock()
