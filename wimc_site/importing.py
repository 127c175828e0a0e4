"""The spreadsheet import core: read a CSV, check it row by row and field by field, plan, preview,
apply in one transaction, and export the same columns so an export re-imports unchanged.

An app describes its rows by subclassing `SpreadsheetImport` (guests, exhibitors): its columns,
how one row's cells become model values, and how to create, update and export one object. The
admin views (`wimc_site.import_views`) and the management commands call the same methods, so
both report the same problems in the same words.
"""

import abc
import csv
import io
import os
import re
import zipfile
from contextlib import nullcontext
from dataclasses import dataclass, field
from itertools import zip_longest

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.core.validators import URLValidator, validate_slug
from django.db import transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images import get_image_model

from wimc_site.indexing import deferred_indexing

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_ROWS = 5000
# A photos zip is opened only within these bounds: each named photo is read (once), so they bound
# the work of a preview. Photos hardly compress; a member that shrank more than MAX_ZIP_RATIO to 1
# is a "zip bomb" rather than a photo (a 20 KB zip can hold a 20 MB file of zeros).
MAX_ZIP_MEMBERS = 2 * MAX_ROWS
MAX_ZIP_UNCOMPRESSED = 500 * 1024 * 1024
MAX_ZIP_RATIO = 100
ZIP_RATIO_FLOOR = 1024 * 1024  # smaller members may compress as they like
# Pillow's names of the formats each allowed extension stands for.
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}
# Text that looks like markup: "<b>", "</p>", "<br/>", "<!--", not "a < b" or "<3".
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>|<!--")
MAX_KEY_LENGTH = 100
MAX_LINK_LENGTH = 500
MAX_LINK_LABEL_LENGTH = 100
# Spreadsheets run a cell starting with one of these as a formula; the export defuses such cells
# with a leading apostrophe and the import removes it again, so the round trip stays exact. A
# value that itself starts with apostrophes before such a character gets one more apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TRUE_WORDS = {"yes", "y", "true", "1", "是"}
FALSE_WORDS = {"no", "n", "false", "0", "否"}

# Chinese keyboards type the full-width forms of the separators (，；、｜): accepted like , ; |.
YEAR_SEPARATORS = re.compile(r"[\s,;，；、]+")
BARS = "|｜"

CREATE, UPDATE, UNCHANGED, REJECT = "create", "update", "unchanged", "reject"


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing in it is imported."""


@dataclass(frozen=True)
class Column:
    """One column of a spreadsheet, as the upload screen explains it to organizers."""

    name: str
    label: str = ""
    required: bool = False
    format: str = ""  # what to write, e.g. "yes or no"
    example: str = ""  # a value that imports, shown on the upload screen and in the sample file

    @property
    def title(self):
        return capfirst(str(self.label or self.name))


@dataclass(frozen=True)
class Change:
    """One field an update changes, as the preview shows it: its label, the old and the new value."""

    field: str
    label: str
    old: str
    new: str


@dataclass
class RowPlan:
    """What importing one row would do, and the problems found in it."""

    row: int
    key: str
    name: str
    action: str = CREATE
    values: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    changes: list = field(default_factory=list)  # the names of the changed values
    notes: list = field(default_factory=list)
    warnings: list = field(default_factory=list)  # (column, message): imported, but surely a mistake
    existing: object = None
    image_member: str = ""
    record: dict = field(default_factory=dict)  # the row's cells as read, for the preview
    details: list = field(default_factory=list)  # a Change per changed value, for the preview

    def error(self, column, message):
        self.errors.append((column, message))

    def warn(self, column, message):
        self.warnings.append((column, message))

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
    def warned(self):
        return sum(1 for row in self.rows if row.warnings)

    @property
    def error_messages(self):
        return [message for row in self.rows for message in row.error_messages]

    def summary(self):
        return _("%(created)s to create, %(updated)s to update, %(unchanged)s unchanged, "
                 "%(rejected)s rejected") % {
            "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "rejected": self.rejected,
        }

    def done_summary(self):
        """What applying the plan did, e.g. "2 created, 1 updated, 3 unchanged"."""
        return _("%(created)s created, %(updated)s updated, %(unchanged)s unchanged") % {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
        }


# --- Reading and writing CSV -------------------------------------------------------------------

def read_csv(data, columns, required, noun=None, max_rows=MAX_ROWS):
    """The header and (row number, {column: cell} or None when the row is too long) of CSV bytes."""
    noun = noun or _("rows")
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
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ImportFileError(_("The file is not valid CSV: %(error)s.") % {"error": error}) from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ImportFileError(_("The file is empty."))
    header = [cell.strip().lower() for cell in rows[0]]
    unknown = [name for name in header if name not in columns]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s) %(unknown)s in the first row. The columns are: %(columns)s.")
            % {"unknown": ", ".join(f'"{name}"' for name in unknown), "columns": ", ".join(columns)}
        )
    missing = [name for name in required if name not in header]
    if missing:
        raise ImportFileError(
            _("The first row must name the columns; missing: %(missing)s.") % {"missing": ", ".join(missing)}
        )
    duplicated = sorted({name for name in header if header.count(name) > 1})
    if duplicated:
        raise ImportFileError(_("Column(s) named twice: %(names)s.") % {"names": ", ".join(duplicated)})
    body = [(number, row) for number, row in enumerate(rows[1:], start=2) if any(c.strip() for c in row)]
    if not body:
        raise ImportFileError(_("The file has a header but no %(noun)s.") % {"noun": noun})
    if len(body) > max_rows:
        raise ImportFileError(_("The file has more than %(max)s %(noun)s; split it.")
                              % {"max": max_rows, "noun": noun})
    records = []
    for number, row in body:
        if len(row) > len(header):
            records.append((number, None))
        else:  # a short row's missing cells are empty
            records.append((number, dict(zip_longest(header, map(undefuse, row), fillvalue=""))))
    return header, records


def defuse(value):
    return f"'{value}" if value.lstrip("'").startswith(FORMULA_STARTS) else value


def undefuse(value):
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS) else value


def write_csv(rows):
    """Rows as UTF-8 CSV text with a byte-order mark (so spreadsheets read Chinese), formulas defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([defuse(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


# --- One cell at a time: each parser records its problem on the row's plan ---------------------

def parse_key(plan, column, value, seen):
    """A permanent identifier (letters, digits, hyphens, underscores) used once in the file."""
    key = value.strip()
    if not key:
        plan.error(column, _("required: a permanent identifier such as zhang-wei-cae"))
        return key
    try:
        validate_slug(key)
    except ValidationError:
        plan.error(column, _("use only letters, digits, hyphens and underscores (at most 100)"))
    else:
        if len(key) > MAX_KEY_LENGTH:
            plan.error(column, _("use only letters, digits, hyphens and underscores (at most 100)"))
    if key in seen:
        plan.error(column, _('"%(key)s" is already used on row %(row)s') % {"key": key, "row": seen[key]})
    else:
        seen[key] = plan.row
    return key


def parse_text(plan, column, value, limit, multiline=False, required=False):
    """Text with its spaces tidied (line breaks kept in multi-line text), at most `limit` characters."""
    value = value.replace("\r\n", "\n").strip()
    if not multiline:
        value = " ".join(value.split())
    if len(value) > limit:
        plan.error(column, _("longer than %(limit)s characters") % {"limit": limit})
    elif required and not value:
        plan.error(column, _("required"))
    warn_html(plan, column, value)
    return value


def warn_html(plan, column, value):
    """Warn about text that looks like HTML: it is shown as typed (escaped), which is surely not meant."""
    tag = HTML_TAG.search(value)
    if tag:
        plan.warn(column, _('contains an HTML tag, "%(tag)s"; pages show it as typed, not as formatting')
                  % {"tag": tag.group()[:40]})


def parse_bool(plan, column, value, default):
    word = value.strip().lower()
    if not word:
        return default
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    plan.error(column, _('write "yes" or "no", not "%(value)s"') % {"value": value[:40]})
    return default


def parse_choice(plan, column, value, choices, noun=None):
    """The object named by a slug among `choices` ({slug: object}); None (and an error) otherwise."""
    slug = value.strip().lower()
    chosen = choices.get(slug)
    if chosen is None:
        if slug:
            plan.error(column, _('unknown %(noun)s "%(slug)s"; use one of: %(slugs)s')
                       % {"noun": noun or column, "slug": slug[:40], "slugs": ", ".join(choices)})
        else:
            plan.error(column, _("required"))
    return chosen


def parse_years(plan, column, value, by_year):
    """Sorted primary keys of the objects named by years such as "2020;2021" ({year: object})."""
    chosen = set()
    for word in filter(None, YEAR_SEPARATORS.split(value)):
        # isdecimal, not isdigit: "²⁰²⁰" is digits that int() refuses; full-width "２０２０" is fine.
        found = by_year.get(int(word)) if word.isdecimal() and len(word) == 4 else None
        if found is None:
            message = _('no edition "%(year)s"; write years such as 2020;2021') % {"year": word[:20]}
            plan.error(column, message)
        else:
            chosen.add(found.pk)
    return sorted(chosen)


def split_at_bar(line, last=False):
    """`line` cut at its first (or last) bar, "|" or "｜": (before, after); no bar is all `after`
    when cutting at the last (an unlabelled link) and all `before` at the first (a bare name)."""
    bars = [i for i, char in enumerate(line) if char in BARS]
    if not bars:
        return ("", line) if last else (line, "")
    cut = bars[-1] if last else bars[0]
    return line[:cut], line[cut + 1:]


def parse_links(plan, column, value):
    """(label, url) pairs from lines written "label | url"; a line without a label is labelled by its host."""
    links = []
    validate_url = URLValidator(schemes=["http", "https"])
    for line in filter(None, (line.strip() for line in value.splitlines())):
        label, url = split_at_bar(line, last=True)
        label, url = label.strip(), url.strip()
        try:
            validate_url(url)
        except ValidationError:
            plan.error(column, _('"%(url)s" is not a web address') % {"url": url[:80]})
            continue
        if len(url) > MAX_LINK_LENGTH or len(label) > MAX_LINK_LABEL_LENGTH:
            plan.error(column, _("a link or its label is too long"))
            continue
        warn_html(plan, column, label)
        links.append((label or url.split("/")[2], url))
    return links


# --- Images in a zip ---------------------------------------------------------------------------

class ImageZip:
    """An uploaded zip of images, found by file name (folders inside are ignored).

    The zip is refused as a whole when it holds too many files, would unpack too large, or has a
    member compressed like a zip bomb; each image is checked as Wagtail checks an upload (size,
    pixels, format) the first time a row names it, and the answer is kept for the next rows.
    """

    def __init__(self, data):
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        # A damaged zip can also need an unknown zip version or hold undecodable names.
        except (zipfile.BadZipFile, NotImplementedError, ValueError):
            raise ImportFileError(_("The photos file is not a zip archive.")) from None
        infos = self.zip.infolist()
        if len(infos) > MAX_ZIP_MEMBERS:
            raise ImportFileError(_("The zip holds more than %(max)s files; send the images in several zips.")
                                  % {"max": MAX_ZIP_MEMBERS})
        if sum(info.file_size for info in infos) > MAX_ZIP_UNCOMPRESSED:
            raise ImportFileError(_("The zip would unpack to more than %(max)s MB; send the images in "
                                    "several zips.") % {"max": MAX_ZIP_UNCOMPRESSED // (1024 * 1024)})
        self.members = {}
        self.checked = {}
        for info in infos:
            if info.file_size > ZIP_RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * info.compress_size:
                raise ImportFileError(
                    _('"%(name)s" in the zip is compressed more than %(ratio)s to 1, as images never are; '
                      "remove it from the zip.") % {"name": info.filename[-100:], "ratio": MAX_ZIP_RATIO}
                )
            base = os.path.basename(info.filename)
            # Folders have no base name (and ZipInfo.is_dir() fails on an empty name).
            if not base or base.startswith("."):
                continue
            self.members.setdefault(base.lower(), info.filename)

    @classmethod
    def open(cls, data):
        return cls(data) if data else None

    def find(self, name):
        return self.members.get(name.lower())

    def check(self, member):
        """Why `member` cannot be imported as an image, or "" when it can (worked out once per member)."""
        if member not in self.checked:
            self.checked[member] = self._check(member)
        return self.checked[member]

    def _check(self, member):
        base = os.path.basename(member)
        extension = os.path.splitext(base)[1][1:].lower()
        if extension not in settings.WAGTAILIMAGES_EXTENSIONS:
            return _('"%(name)s" is not a JPEG, PNG, GIF or WebP image') % {"name": base}
        max_size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
        if self.zip.getinfo(member).file_size > max_size:
            return _('"%(name)s" is larger than %(max)s MB') % {"name": base,
                                                                 "max": max_size // (1024 * 1024)}
        try:
            with PILImage.open(io.BytesIO(self.zip.read(member))) as image:
                # The header alone gives the size: an image with too many pixels is never decoded.
                pixels = image.width * image.height * getattr(image, "n_frames", 1)
                if pixels > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
                    return self._too_many_pixels(base, image.width, image.height)
                if image.format != IMAGE_FORMATS.get(extension):
                    return _('"%(name)s" is a %(format)s image; correct its extension') % {
                        "name": base, "format": image.format}
                # Every pixel, not verify(): for a JPEG that reads the header only, and a file cut
                # short by an interrupted copy would pass and then break each page showing it.
                image.load()
        except PILImage.DecompressionBombError:
            return self._too_many_pixels(base)
        except Exception:
            return _('"%(name)s" cannot be read as an image') % {"name": base}
        return ""

    @staticmethod
    def _too_many_pixels(name, width=None, height=None):
        values = {"name": name, "max": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 1_000_000}
        if width is None:  # so large that Pillow itself refuses to open it
            return _('"%(name)s" has far too many pixels; images may have at most %(max)s megapixels'
                     ) % values
        return _('"%(name)s" is %(width)s × %(height)s pixels; images may have at most %(max)s megapixels'
                 ) % {**values, "width": f"{width:,}", "height": f"{height:,}"}

    def save(self, member, title, collection=None):
        Image = get_image_model()
        image = Image(title=title, file=ImageFile(io.BytesIO(self.zip.read(member)),
                                                  name=os.path.basename(member)))
        if collection is not None:
            image.collection = collection
        image.save()
        return image


def plan_image(plan, column, value, images, current_filename="", has_image=False):
    """Check the image named in `column`; remember its zip member on the plan when it is to be saved."""
    name = os.path.basename(value.strip())
    if len(name) > 255:
        plan.error(column, _("the file name is too long"))
        return name
    if not name or (has_image and current_filename == name):
        return name
    member = images.find(name) if images is not None else None
    if member is None:
        plan.notes.append(_('%(column)s "%(name)s" is not in a zip yet; attach it later.')
                          % {"column": capfirst(column), "name": name})
        return name
    error = images.check(member)
    if error:
        plan.error(column, error)
    else:
        plan.image_member = member
    return name


# --- The import itself -------------------------------------------------------------------------

class SpreadsheetImport(abc.ABC):
    """Plan, apply and export one kind of object; subclasses fill in the abstract methods."""

    columns = []
    required_columns = []
    # A Column per column, in file order, for the upload screen and the sample file. When a
    # subclass gives them, `columns` and `required_columns` are taken from them.
    column_info = ()
    # value name -> column, for values parse_row stores under another name ("title": "name").
    value_columns = {}
    key_column = "key"
    name_column = "name"
    noun = ""  # "guests", "exhibitors": used in messages about the whole file
    image_column = "image"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "column_info" in cls.__dict__:
            cls.columns = [column.name for column in cls.column_info]
            cls.required_columns = [column.name for column in cls.column_info if column.required]

    def __init__(self, images=None):
        self.images = images

    @classmethod
    def describe_columns(cls):
        """A Column for each column, described or not."""
        described = {column.name: column for column in cls.column_info}
        return [described.get(name) or Column(name, required=name in cls.required_columns)
                for name in cls.columns]

    def label(self, name):
        """The label of the column a value (or column) `name` comes from, as the preview shows it."""
        column = self.value_columns.get(name, name)
        described = {c.name: c for c in self.describe_columns()}.get(column) or Column(column)
        return described.title

    def display(self, name, value):
        """How the preview shows a value: yes/no, lists joined; subclasses name related objects."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if isinstance(value, list):
            return "; ".join(self.display(name, item) for item in value)
        if isinstance(value, tuple):
            return " | ".join(self.display(name, item) for item in value)
        return str(value)

    def sample_rows(self):
        """The rows of the sample file: one, of each column's example; subclasses may use real choices."""
        return [[column.example for column in self.describe_columns()]]

    def sample_csv(self):
        return write_csv([self.columns, *self.sample_rows()])

    @abc.abstractmethod
    def get_existing(self, keys):
        """{key: object} of the objects already imported under these keys."""

    @abc.abstractmethod
    def parse_row(self, plan, record, header):
        """Fill `plan.values` from the row's cells, recording errors on `plan`."""

    @abc.abstractmethod
    def current_values(self, obj):
        """The values `parse_row` would produce for `obj` as it is, to tell what changes."""

    @abc.abstractmethod
    def save(self, row, user=None):
        """Create (`row.existing` is None) or update the object a valid row describes."""

    @abc.abstractmethod
    def export_objects(self):
        """The objects an export writes, each turned into a row by `export_row`."""

    @abc.abstractmethod
    def export_row(self, obj):
        """The cells of one object, in the order of `columns`."""

    def plan(self, data):
        """Read the CSV bytes and say, row by row, what importing them would do. Saves nothing."""
        header, records = read_csv(data, self.columns, self.required_columns, noun=self.noun)
        keys = [(record or {}).get(self.key_column, "").strip() for _number, record in records]
        existing = self.get_existing(keys)
        seen = {}
        rows = []
        for number, record in records:
            if record is None:
                row = RowPlan(row=number, key="", name="")
                row.error(_("row"), _("more cells than there are columns"))
            else:
                row = RowPlan(row=number, key=record[self.key_column].strip(),
                              name=record.get(self.name_column, "").strip(), record=record)
                parse_key(row, self.key_column, record[self.key_column], seen)
                row.existing = existing.get(row.key)
                self.parse_row(row, record, header)
                self._decide(row)
            if row.errors:
                row.action = REJECT
            rows.append(row)
        return ImportPlan(columns=header, rows=rows)

    def _decide(self, row):
        if row.errors or row.existing is None:
            return
        current = self.current_values(row.existing)
        row.changes = [name for name, value in row.values.items() if current.get(name) != value]
        row.details = [
            Change(name, self.label(name), self.display(name, current.get(name)),
                   self.display(name, row.values[name]))
            for name in row.changes
        ]
        if row.image_member:
            image_label = self.label(self.image_column)
            if not any(change.label == image_label for change in row.details):
                row.details.append(Change(self.image_column, image_label, "",
                                          os.path.basename(row.image_member)))
            row.changes.append(self.image_column)
        row.action = UPDATE if row.changes else UNCHANGED

    def apply(self, plan, user=None, progress=None):
        """Create and update the planned objects, all or nothing. Refuses a plan with rejected rows.

        `progress(done, total)` is called after each saved row.
        """
        if plan.has_errors:
            raise ImportFileError(_("Correct the rejected rows first: nothing was imported."))
        rows = [row for row in plan.rows if row.action in (CREATE, UPDATE)]
        self.check_permission(rows, user)
        with transaction.atomic(), self.batch():
            for done, row in enumerate(rows, start=1):
                self.save(row, user=user)
                if progress is not None:
                    progress(done, len(rows))
        return plan

    def check_permission(self, rows, user):  # noqa: B027 - optional, like batch()
        """Raise ImportFileError if `user` may not save these rows (None: a command, may)."""

    def batch(self):
        """A context the saves run in, e.g. to index the saved objects once at the end."""
        return nullcontext()

    def export_csv(self):
        return write_csv([self.columns, *(self.export_row(obj) for obj in self.export_objects())])


class PageImport(SpreadsheetImport):
    """Rows that become child pages of one index page, published as they are imported."""

    page_model = None
    key_field = ""  # the page field that holds the row's key, e.g. "guest_key"

    def __init__(self, index, images=None):
        super().__init__(images=images)
        self.index = index

    @abc.abstractmethod
    def assign(self, page, row):
        """Copy the row's values onto `page` (and its image, if a new one is in the zip)."""

    def get_existing(self, keys):
        pages = self.page_model.objects.filter(
            **{f"{self.key_field}__in": keys}, locale_id=self.index.locale_id
        )
        return {getattr(page, self.key_field): page for page in self.prefetch(pages)}

    def prefetch(self, pages):
        """What `current_values` reads, fetched for all existing pages at once."""
        return pages

    def get_parent(self, row):
        """The page a row's page belongs under: the index, unless a subclass picks one per row
        (exhibitors go under the area their row names)."""
        return self.index

    def check_permission(self, rows, user):
        """The user may publish under every parent the rows go to: checked once per parent rather
        than by Wagtail for each page (saves are then made without its per-page check)."""
        if user is None:
            return
        parents = {}
        for row in rows:
            parent = self.get_parent(row)
            parents.setdefault(parent.pk, parent)
        for parent in parents.values():
            if not parent.permissions_for_user(user).can_publish_subpage():
                raise ImportFileError(_('You may not publish pages under "%(title)s": nothing was imported.')
                                      % {"title": parent.title})

    def batch(self):
        return deferred_indexing([self.page_model, get_image_model()])

    def save(self, row, user=None):
        parent = self.get_parent(row)
        if row.existing is None:
            # Key and language are set before assign(), which may look objects up by them.
            page = self.page_model(locale_id=self.index.locale_id, **{self.key_field: row.key})
            self.assign(page, row)
            page.slug = free_slug(parent, row.key)
            parent.add_child(instance=page)  # validates the page, so its first revision need not
            page.save_revision(user=user, log_action=True, clean=False).publish(
                user=user, skip_permission_checks=True)
            return page
        page = self.page_model.objects.get(pk=row.existing.pk)
        if not page.path.startswith(parent.path) or page.depth != parent.depth + 1:
            # The row moves the page (e.g. to another area); its slug must be free there.
            free = free_slug(parent, page.slug)
            if free != page.slug:
                page.slug = free
                page.save(update_fields=["slug"])
            page.move(parent, pos="last-child", user=user)
            page = self.page_model.objects.get(pk=page.pk)
        self.assign(page, row)
        if page.live:
            page.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)
        else:
            # Stays unpublished: organizers took it off the site on purpose.
            page.save()
            page.save_revision(user=user, log_action=True)
        return page


def free_slug(parent, base):
    """`base`, or `base-2`, `base-3`... whichever no child of `parent` has yet."""
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug
