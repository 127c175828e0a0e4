"""The admin's image and document forms, with limits a 2-core, small-memory server survives.

Decoding an image takes about 4 bytes per pixel, and a rendition holds the original and the
resized copy at once: an 11,000 × 11,000 upload took 1.1 GB and 8.7 s for its first rendition.
The limits themselves are settings (WAGTAILIMAGES_MAX_IMAGE_PIXELS, WAGTAILIMAGES_MAX_UPLOAD_SIZE,
WIMC_DOCUMENT_MAX_UPLOAD_SIZE); these forms state them next to the file field and enforce the
document one (Wagtail has none for documents).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm


class CompleteImageField(WagtailImageField):
    """Wagtail's image file field, answering a form error for an image that cannot be decoded to its
    last pixel (cut short by an interrupted download, damaged): Wagtail decodes it to count its
    pixels and let the decoder's error through, a 500 for the editor."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (OSError, SyntaxError) as error:  # what Pillow's decoders raise for broken data
            raise ValidationError(
                _("This image is damaged or incomplete (cut short by an interrupted download?). Open "
                  "it in an image editor, save it again and upload that copy."),
                code="image_damaged",
            ) from error


class ImageForm(BaseImageForm):
    """Wagtail's image form; the help under the file field also gives the largest image in pixels,
    and a damaged image is refused with a message (see CompleteImageField)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            # Wagtail's form factory makes this field (formfield_for_dbfield), which a base form
            # cannot choose; the subclass keeps everything Wagtail set on it.
            field.__class__ = CompleteImageField
            megapixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000
            field.help_text = "{} {}".format(
                field.help_text,
                _("Largest image: %(megapixels)s megapixels (for example 7,700 × 5,200 pixels).")
                % {"megapixels": megapixels},
            )


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form with a file size limit, stated under the file field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None:
            field.help_text = _("Maximum file size: %(size)s.") % {"size": self.max_size_text()}

    @staticmethod
    def max_size_text():
        return filesizeformat(settings.WIMC_DOCUMENT_MAX_UPLOAD_SIZE)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile) and upload.size > settings.WIMC_DOCUMENT_MAX_UPLOAD_SIZE:
            raise ValidationError(
                _("This file is too big (%(size)s). Documents may be at most %(max)s: share a larger "
                  "file through a link instead.")
                % {"size": filesizeformat(upload.size), "max": self.max_size_text()},
                code="file_too_large",
            )
        return upload
