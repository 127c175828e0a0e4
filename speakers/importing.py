"""Guests to and from CSV, through the shared import core (`wimc_site.importing`).

The admin views and the management commands call these functions, so both report the same
problems in the same words.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from speakers.models import GuestCategory, GuestIndexPage, GuestLink, GuestPage
from speakers.permissions import GUESTS_COLLECTION
from wimc_site.importing import (
    Column,
    ImageZip,
    ImportFileError,
    PageImport,
    parse_bool,
    parse_choice,
    parse_links,
    parse_text,
    parse_years,
    plan_image,
)
from wimc_site.models import ConferenceEdition
from wimc_site.permissions import get_or_create_child_collection

COLUMN_INFO = [
    Column("guest_key", _("Guest key"), required=True,
           format=_("A permanent identifier: letters, digits, hyphens, underscores. A row whose key "
                    "is already on the site updates that guest."), example="zhou-lan-cae"),
    Column("name", _("Name"), required=True, format=_("As shown on the site."), example="Zhou Lan"),
    Column("chinese_name", _("Chinese name"), example="周岚"),
    Column("honorific", _("Honorific"), example="Academician of the Chinese Academy of Engineering"),
    Column("position", _("Position"), example="Professor"),
    Column("organization", _("Organization"), example="Southeast University"),
    Column("country", _("Country or region"), example="China"),
    Column("category", _("Category"), required=True,
           format=_("The category's slug (Snippets › Guest categories)."), example="academicians"),
    Column("editions", _("Editions"), format=_("Years, separated by semicolons."), example="2020;2021"),
    Column("key_guest", _("Key guest"), format=_('"yes" or "no"; empty means yes.'), example="yes"),
    Column("featured", _("Featured"), format=_('"yes" or "no"; empty means no. Featured guests are on '
                                               "the home page."), example="no"),
    Column("short_bio", _("Short biography"), format=_("One or two sentences for listings."),
           example="Works on intelligent welding robots for shipbuilding."),
    Column("biography", _("Biography"), format=_("Separate paragraphs with a blank line."),
           example="Zhou Lan leads the robotics laboratory of Southeast University."),
    Column("links", _("Links"), format=_('One per line, written "label | address".'),
           example="University profile | https://www.seu.edu.cn/"),
    Column("photo", _("Photo"), format=_("The file name of the photo in the zip (JPEG, PNG, GIF or "
                                         "WebP, at most 10 MB and 40 megapixels)."),
           example="zhou-lan.jpg"),
]
COLUMNS = [column.name for column in COLUMN_INFO]
REQUIRED_COLUMNS = [column.name for column in COLUMN_INFO if column.required]
# Column -> model field, for the plain text columns, with their length limits.
TEXT_FIELDS = {
    "name": ("title", 255),
    "chinese_name": ("chinese_name", 100),
    "honorific": ("honorific", 255),
    "position": ("position", 255),
    "organization": ("organization", 255),
    "country": ("country", 100),
    "short_bio": ("short_bio", 2000),
    "biography": ("biography", 20000),
}
MULTILINE = {"short_bio", "biography"}
FLAGS = {"key_guest": True, "featured": False}


class GuestImport(PageImport):
    column_info = COLUMN_INFO
    value_columns = {**{model_field: column for column, (model_field, _limit) in TEXT_FIELDS.items()},
                     "category_id": "category", "photo_filename": "photo"}
    key_column = "guest_key"
    noun = _("guests")
    image_column = "photo"
    page_model = GuestPage
    key_field = "guest_key"

    def __init__(self, index, images=None):
        super().__init__(index, images=images)
        self.categories = {c.slug: c for c in GuestCategory.objects.filter(locale_id=index.locale_id)}
        self.editions = {e.year: e for e in ConferenceEdition.objects.filter(locale_id=index.locale_id)}
        self.editions_by_pk = {e.pk: e for e in self.editions.values()}
        self._collection = None

    def display(self, name, value):
        if name == "category_id":
            category = next((c for c in self.categories.values() if c.pk == value), None)
            return f"{category.name} ({category.slug})" if category else ""
        if name == "editions":
            years = (self.editions_by_pk[pk].year for pk in value if pk in self.editions_by_pk)
            return ";".join(str(year) for year in sorted(years))
        return super().display(name, value)

    def sample_rows(self):
        """The column examples, with a category and editions this site has."""
        row = {column.name: column.example for column in COLUMN_INFO}
        if self.categories and row["category"] not in self.categories:
            row["category"] = next(iter(self.categories))
        row["editions"] = ";".join(str(year) for year in sorted(self.editions)[-2:])
        return [[row[name] for name in COLUMNS]]

    @property
    def collection(self):
        # Into the Guests collection, the only one organizers may change.
        if self._collection is None:
            self._collection = get_or_create_child_collection(GUESTS_COLLECTION)
        return self._collection

    def prefetch(self, pages):
        return pages.select_related("category").prefetch_related("links", "editions")

    def parse_row(self, plan, record, header):
        values = plan.values
        for column, (model_field, limit) in TEXT_FIELDS.items():
            if column in header:
                values[model_field] = parse_text(plan, column, record[column], limit,
                                                 multiline=column in MULTILINE, required=column == "name")
        category = parse_choice(plan, "category", record["category"], self.categories, noun=_("category"))
        if category is not None:
            values["category_id"] = category.pk
        if "editions" in header:
            values["editions"] = parse_years(plan, "editions", record["editions"], self.editions)
        for column, default in FLAGS.items():
            if column in header:
                values[column] = parse_bool(plan, column, record[column], default)
        if "links" in header:
            values["links"] = parse_links(plan, "links", record["links"])
        if "photo" in header:
            existing = plan.existing
            values["photo_filename"] = plan_image(
                plan, "photo", record["photo"], self.images,
                current_filename=existing.photo_filename if existing else "",
                has_image=bool(existing and existing.photo_id),
            )

    def current_values(self, guest):
        return {
            **{model_field: getattr(guest, model_field) for model_field, _limit in TEXT_FIELDS.values()},
            "category_id": guest.category_id,
            "editions": sorted(e.pk for e in guest.editions.all()),
            "key_guest": guest.key_guest,
            "featured": guest.featured,
            "links": [(link.label, link.url) for link in guest.links.all()],
            "photo_filename": guest.photo_filename,
        }

    def assign(self, guest, row):
        values = dict(row.values)
        editions = values.pop("editions", None)
        links = values.pop("links", None)
        for name, value in values.items():
            setattr(guest, name, value)
        if editions is not None:
            guest.editions = [self.editions_by_pk[pk] for pk in editions]
        if links is not None:
            guest.links = [
                GuestLink(label=label, url=url, sort_order=i) for i, (label, url) in enumerate(links)
            ]
        if row.image_member:
            guest.photo = self.images.save(row.image_member, guest.title, collection=self.collection)

    def export_objects(self):
        return (
            GuestPage.objects.child_of(self.index)
            .select_related("category")
            .prefetch_related("links", "editions")
            .order_by("path")
        )

    def export_row(self, guest):
        return [
            guest.guest_key,
            guest.title,
            guest.chinese_name,
            guest.honorific,
            guest.position,
            guest.organization,
            guest.country,
            guest.category.slug,
            ";".join(str(e.year) for e in sorted(guest.editions.all(), key=lambda e: e.year)),
            "yes" if guest.key_guest else "no",
            "yes" if guest.featured else "no",
            guest.short_bio,
            guest.biography,
            "\n".join(f"{link.label} | {link.url}" for link in guest.links.all()),
            guest.photo_filename,
        ]


def get_default_index():
    """The guest index of the default language, which imports and exports work on."""
    index = GuestIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if index is None:
        raise ImportFileError(_("There is no guests page yet: create one under the home page first."))
    return index


def open_zip(data):
    return ImageZip.open(data)


def plan_import(data, index=None, photos_zip=None):
    """Read the CSV bytes and say, row by row, what importing them would do. Saves nothing."""
    return GuestImport(index or get_default_index(), images=photos_zip).plan(data)


def apply_import(plan, index=None, photos_zip=None, user=None):
    """Create and update the planned guests, all or nothing. Refuses a plan with rejected rows."""
    return GuestImport(index or get_default_index(), images=photos_zip).apply(plan, user=user)


def export_csv(index=None):
    return GuestImport(index or get_default_index()).export_csv()
