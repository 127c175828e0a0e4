"""Guests to and from CSV: parse, check and plan an import, apply it in one transaction, export.

The admin views and the management commands are thin wrappers around these functions, so both
report the same problems in the same words.
"""

import csv
import io
import os
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.validators import URLValidator, validate_slug
from django.db import transaction
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images import get_image_model

from speakers.models import GuestCategory, GuestIndexPage, GuestLink, GuestPage

COLUMNS = [
    "guest_key",
    "name",
    "chinese_name",
    "honorific",
    "position",
    "organization",
    "country",
    "category",
    "editions",
    "key_guest",
    "featured",
    "short_bio",
    "biography",
    "links",
    "photo",
]
REQUIRED_COLUMNS = ["guest_key", "name", "category"]
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
MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_ROWS = 5000
MAX_PHOTO_SIZE = 20 * 1024 * 1024
# Spreadsheets run a cell starting with one of these as a formula; the export defuses such cells
# with a leading apostrophe and the import removes it again, so the round trip stays exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TRUE_WORDS = {"yes", "y", "true", "1", "是"}
FALSE_WORDS = {"no", "n", "false", "0", "否"}

CREATE, UPDATE, UNCHANGED, REJECT = "create", "update", "unchanged", "reject"


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing in it is imported."""


@dataclass
class RowPlan:
    row: int
    guest_key: str
    name: str
    action: str = CREATE
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    changes: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    category: GuestCategory | None = None
    guest: GuestPage | None = None
    photo_member: str = ""

    def error(self, column, message):
        self.errors.append((column, message))

    @property
    def error_messages(self):
        return [_("Row %(row)s, %(column)s: %(message)s") % {"row": self.row, "column": c, "message": m}
                for c, m in self.errors]


@dataclass
class ImportPlan:
    columns: list
    rows: list

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def created(self):
        return self.count(CREATE)

    @property
    def updated(self):
        return self.count(UPDATE)

    @property
    def unchanged(self):
        return self.count(UNCHANGED)

    @property
    def rejected(self):
        return self.count(REJECT)

    @property
    def has_errors(self):
        return any(row.errors for row in self.rows)

    @property
    def error_messages(self):
        return [message for row in self.rows for message in row.error_messages]

    def summary(self):
        return _("%(created)s to create, %(updated)s to update, %(unchanged)s unchanged, "
                 "%(rejected)s rejected") % {
            "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "rejected": self.rejected,
        }


def get_default_index():
    """The guest index of the default language, which imports and exports work on."""
    from wimc_site.factories import get_locale

    index = GuestIndexPage.objects.filter(locale=get_locale(settings.LANGUAGE_CODE)).first()
    if index is None:
        raise ImportFileError(_("There is no guests page yet: create one under the home page first."))
    return index


def read_rows(data):
    """The header and the rows of a CSV file given as bytes, or ImportFileError saying why not."""
    if not data or not data.strip():
        raise ImportFileError(_("The file is empty."))
    if len(data) > MAX_FILE_SIZE:
        raise ImportFileError(_("The file is larger than 5 MB; split it into several files."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text (unreadable byte at position %(pos)s). In a spreadsheet, "
              'save it as "CSV UTF-8".') % {"pos": error.start}
        ) from None
    text = text.replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        rows = list(reader)
    except csv.Error as error:
        raise ImportFileError(_("The file is not valid CSV: %(error)s.") % {"error": error}) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ImportFileError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s) %(unknown)s in the first row. The columns are: %(columns)s.")
            % {"unknown": ", ".join(f'"{name}"' for name in unknown), "columns": ", ".join(COLUMNS)}
        )
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise ImportFileError(
            _("The first row must name the columns; missing: %(missing)s.") % {"missing": ", ".join(missing)}
        )
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        raise ImportFileError(_("Column(s) named twice: %(names)s.") % {"names": ", ".join(duplicated)})
    numbered = enumerate(rows[1:], start=2)
    body = [(number, row) for number, row in numbered if any(cell.strip() for cell in row)]
    if not body:
        raise ImportFileError(_("The file has a header but no guests."))
    if len(body) > MAX_ROWS:
        raise ImportFileError(_("The file has more than %(max)s guests; split it.") % {"max": MAX_ROWS})
    records = []
    for number, row in body:
        if len(row) > len(header):
            records.append((number, None))
            continue
        cells = [_undefuse(cell) for cell in row] + [""] * (len(header) - len(row))
        records.append((number, dict(zip(header, cells, strict=True))))
    return header, records


def _defuse(value):
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def _undefuse(value):
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


def zip_photo_names(photos_zip):
    """File name -> member name for the images in an uploaded zip (folders inside are ignored)."""
    if photos_zip is None:
        return {}
    names = {}
    for info in photos_zip.infolist():
        base = os.path.basename(info.filename)
        if info.is_dir() or not base or base.startswith("."):
            continue
        names.setdefault(base.lower(), info.filename)
    return names


def open_zip(data):
    if not data:
        return None
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFileError(_("The photos file is not a zip archive.")) from None


def plan_import(data, index=None, photos_zip=None):
    """Read the CSV bytes and say, row by row, what importing them would do. Saves nothing."""
    from wimc_site.models import ConferenceEdition

    index = index or get_default_index()
    header, records = read_rows(data)
    categories = {c.slug: c for c in GuestCategory.objects.filter(locale_id=index.locale_id)}
    editions = {e.year: e for e in ConferenceEdition.objects.filter(locale_id=index.locale_id)}
    photos = zip_photo_names(photos_zip)
    keys = [(record or {}).get("guest_key", "").strip() for _number, record in records]
    existing = {
        guest.guest_key: guest
        for guest in GuestPage.objects.filter(guest_key__in=keys, locale_id=index.locale_id)
        .select_related("category")
        .prefetch_related("links", "editions")
    }
    seen = {}
    plans = []
    for number, record in records:
        if record is None:
            plan = RowPlan(row=number, guest_key="", name="")
            plan.error(_("row"), _("more cells than there are columns"))
        else:
            plan = _plan_row(number, record, header, categories, editions, photos, photos_zip, existing, seen)
        if plan.errors:
            plan.action = REJECT
        plans.append(plan)
    return ImportPlan(columns=header, rows=plans)


def _plan_row(number, record, header, categories, editions, photos, photos_zip, existing, seen):
    guest_key = record.get("guest_key", "").strip()
    plan = RowPlan(row=number, guest_key=guest_key, name=record.get("name", "").strip())
    values = plan.values

    if not guest_key:
        plan.error("guest_key", _("required: a permanent identifier such as zhang-wei-cae"))
    else:
        try:
            validate_slug(guest_key)
            if len(guest_key) > 100:
                raise ValidationError("too long")
        except ValidationError:
            plan.error("guest_key", _("use only letters, digits, hyphens and underscores (at most 100)"))
        if guest_key in seen:
            plan.error("guest_key", _('"%(key)s" is already used on row %(row)s') % {"key": guest_key,
                                                                                      "row": seen[guest_key]})
        else:
            seen[guest_key] = number

    for column, (model_field, limit) in TEXT_FIELDS.items():
        if column not in header:
            continue
        value = record[column].replace("\r\n", "\n").strip()
        if column not in ("short_bio", "biography"):
            value = " ".join(value.split())
        if len(value) > limit:
            plan.error(column, _("longer than %(limit)s characters") % {"limit": limit})
        values[model_field] = value
    if not values.get("title"):
        plan.error("name", _("required"))

    slug = record.get("category", "").strip().lower()
    plan.category = categories.get(slug)
    if plan.category is None:
        plan.error("category", _('unknown category "%(slug)s"; use one of: %(slugs)s')
                   % {"slug": slug, "slugs": ", ".join(categories)} if slug else _("required"))
    else:
        values["category_id"] = plan.category.pk

    if "editions" in header:
        chosen = []
        for word in filter(None, re.split(r"[\s,;]+", record["editions"])):
            edition = editions.get(int(word)) if word.isdigit() and len(word) == 4 else None
            if edition is None:
                message = _('no edition "%(year)s"; write years such as 2020;2021') % {"year": word}
                plan.error("editions", message)
            else:
                chosen.append(edition.pk)
        values["editions"] = sorted(set(chosen))

    for column, default in (("key_guest", True), ("featured", False)):
        if column in header:
            word = record[column].strip().lower()
            if not word:
                values[column] = default
            elif word in TRUE_WORDS:
                values[column] = True
            elif word in FALSE_WORDS:
                values[column] = False
            else:
                plan.error(column, _('write "yes" or "no", not "%(value)s"') % {"value": record[column][:40]})

    if "links" in header:
        links = []
        validate_url = URLValidator(schemes=["http", "https"])
        for line in filter(None, (line.strip() for line in record["links"].splitlines())):
            label, _sep, url = line.rpartition("|")
            label, url = label.strip(), url.strip()
            try:
                validate_url(url)
            except ValidationError:
                plan.error("links", _('"%(url)s" is not a web address') % {"url": url[:80]})
                continue
            if len(url) > 500 or len(label) > 100:
                plan.error("links", _("a link or its label is too long"))
                continue
            links.append((label or url.split("/")[2], url))
        values["links"] = links

    guest = existing.get(guest_key)
    plan.guest = guest
    if "photo" in header:
        photo = os.path.basename(record["photo"].strip())
        if len(photo) > 255:
            plan.error("photo", _("the file name is too long"))
        values["photo_filename"] = photo
        if photo and not (guest and guest.photo_id and guest.photo_filename == photo):
            member = photos.get(photo.lower())
            if member is None:
                note = _('Photo "%(name)s" is not in a zip yet; attach it later.') % {"name": photo}
                plan.notes.append(note)
            else:
                error = _check_photo(photos_zip, member)
                if error:
                    plan.error("photo", error)
                else:
                    plan.photo_member = member

    if plan.errors:
        return plan
    if guest is None:
        plan.action = CREATE
    else:
        plan.changes = _changes(guest, values)
        if plan.photo_member:
            plan.changes.append("photo")
        plan.action = UPDATE if plan.changes else UNCHANGED
    return plan


def _check_photo(photos_zip, member):
    info = photos_zip.getinfo(member)
    extension = os.path.splitext(member)[1].lower().lstrip(".")
    if extension not in settings.WAGTAILIMAGES_EXTENSIONS:
        return _('"%(name)s" is not a JPEG, PNG, GIF or WebP image') % {"name": os.path.basename(member)}
    if info.file_size > MAX_PHOTO_SIZE:
        return _('"%(name)s" is larger than 20 MB') % {"name": os.path.basename(member)}
    try:
        with PILImage.open(io.BytesIO(photos_zip.read(member))) as image:
            image.verify()
    except Exception:
        return _('"%(name)s" cannot be read as an image') % {"name": os.path.basename(member)}
    return ""


def _current(guest):
    return {
        **{model_field: getattr(guest, model_field) for model_field, _limit in TEXT_FIELDS.values()},
        "category_id": guest.category_id,
        "editions": sorted(e.pk for e in guest.editions.all()),
        "key_guest": guest.key_guest,
        "featured": guest.featured,
        "links": [(link.label, link.url) for link in guest.links.all()],
        "photo_filename": guest.photo_filename,
    }


def _changes(guest, values):
    current = _current(guest)
    return [name for name, value in values.items() if current[name] != value]


def apply_import(plan, index=None, photos_zip=None, user=None):
    """Create and update the planned guests, all or nothing. Refuses a plan with rejected rows."""
    if plan.has_errors:
        raise ImportFileError(_("Correct the rejected rows first: nothing was imported."))
    index = index or get_default_index()
    with transaction.atomic():
        for row in plan.rows:
            if row.action == CREATE:
                _create(index, row, photos_zip, user)
            elif row.action == UPDATE:
                _update(row, photos_zip, user)
    return plan


def _assign(guest, row, photos_zip):
    values = dict(row.values)
    editions = values.pop("editions", None)
    links = values.pop("links", None)
    for name, value in values.items():
        setattr(guest, name, value)
    if editions is not None:
        from wimc_site.models import ConferenceEdition

        guest.editions = list(ConferenceEdition.objects.filter(pk__in=editions))
    if links is not None:
        guest.links = [GuestLink(label=label, url=url, sort_order=i) for i, (label, url) in enumerate(links)]
    if row.photo_member:
        guest.photo = _save_photo(photos_zip, row.photo_member, guest.title)


def _save_photo(photos_zip, member, title):
    Image = get_image_model()
    image = Image(title=title, file=ImageFile(io.BytesIO(photos_zip.read(member)),
                                              name=os.path.basename(member)))
    image.save()
    return image


def _create(index, row, photos_zip, user):
    guest = GuestPage(guest_key=row.guest_key, locale_id=index.locale_id)
    _assign(guest, row, photos_zip)
    guest.slug = _free_slug(index, row.guest_key)
    index.add_child(instance=guest)
    guest.save_revision(user=user, log_action=True).publish(user=user)


def _update(row, photos_zip, user):
    guest = GuestPage.objects.get(pk=row.guest.pk)
    _assign(guest, row, photos_zip)
    if guest.live:
        guest.save_revision(user=user, log_action=True).publish(user=user)
    else:
        # Stays unpublished: organizers took it off the site on purpose.
        guest.save()
        guest.save_revision(user=user, log_action=True)


def _free_slug(index, base):
    taken = set(index.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def export_rows(index=None):
    """The header and one row per guest under the index, in the columns the import reads."""
    index = index or get_default_index()
    guests = (
        GuestPage.objects.child_of(index)
        .select_related("category")
        .prefetch_related("links", "editions")
        .order_by("path")
    )
    yield COLUMNS
    for guest in guests:
        yield [
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


def export_csv(index=None):
    """The export as UTF-8 text (with a byte-order mark, so spreadsheets read Chinese names)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in export_rows(index):
        writer.writerow([_defuse(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()
