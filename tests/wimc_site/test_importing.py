"""The shared spreadsheet import core (wimc_site.importing), tested without any app's models.

Most classes are SimpleTestCase and need no database: `make mutation` reruns this module for every
mutant of the core, so keep it fast. Messages are compared whole, because that is what organizers
read in the preview.
"""

import csv
import io
import struct
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace
from unittest import mock

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase, TestCase
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, PageLogEntry
from wagtail.search.models import IndexEntry

from wimc_site import importing
from wimc_site.factories import add_page, build_home_page, get_locale, get_root_collection
from wimc_site.importing import (
    CREATE,
    MAX_FILE_SIZE,
    MAX_ROWS,
    REJECT,
    UNCHANGED,
    UPDATE,
    Change,
    Column,
    ImageZip,
    ImportFileError,
    ImportPlan,
    PageImport,
    RowPlan,
    SpreadsheetImport,
    defuse,
    free_slug,
    parse_bool,
    parse_choice,
    parse_key,
    parse_links,
    parse_text,
    parse_years,
    plan_image,
    read_csv,
    undefuse,
    write_csv,
)
from wimc_site.models import AboutPage, ContentPage

COLUMNS = ["key", "name", "hall", "description", "image"]


def csv_bytes(*rows, header=COLUMNS, line_end="\n"):
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=line_end)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def jpeg_bytes(color=(200, 0, 0)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), color).save(buffer, "JPEG")
    return buffer.getvalue()


def zip_bytes(members, compression=zipfile.ZIP_STORED):
    """A zip of {name: bytes}; a name ending in "/" is a folder."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def png_bytes(width, height):
    """A well-formed PNG that says it is width × height pixels, in a few hundred bytes: its one
    row of pixel data is all there is (Pillow reads the size without decoding, and verifies it)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def row_plan(row=2):
    return RowPlan(row=row, key="k", name="n")


def read(data, **kwargs):
    return read_csv(data, COLUMNS, ["key", "name"], **kwargs)


class RefusalMixin:
    def assertRefuses(self, message, function, *args, **kwargs):
        """`function` raises ImportFileError saying exactly `message`."""
        with self.assertRaises(ImportFileError) as caught:
            function(*args, **kwargs)
        self.assertEqual(str(caught.exception), message)


# --- An import with an in-memory store: the core's decisions without any model -----------------

@dataclass
class Booth:
    key: str
    name: str
    hall: str = ""
    description: str = ""
    image: str = ""
    has_image: bool = False


HALLS = {"a": "a", "b": "b"}


class BoothImport(SpreadsheetImport):
    """Cloud Expo booths kept in a dict, standing in for a model."""

    columns = COLUMNS
    required_columns = ["key", "name"]
    noun = "booths"

    def __init__(self, booths=(), images=None):
        super().__init__(images=images)
        self.store = {booth.key: booth for booth in booths}
        self.asked = []
        self.saved = []

    def get_existing(self, keys):
        self.asked.append(keys)
        return {key: self.store[key] for key in keys if key in self.store}

    def parse_row(self, plan, record, header):
        values = plan.values
        values["name"] = parse_text(plan, "name", record["name"], 40, required=True)
        if "hall" in header:
            values["hall"] = parse_choice(plan, "hall", record["hall"], HALLS)
        if "description" in header:
            values["description"] = parse_text(plan, "description", record["description"], 200,
                                               multiline=True)
        if "image" in header:
            existing = plan.existing
            values["image"] = plan_image(
                plan, "image", record["image"], self.images,
                current_filename=existing.image if existing else "",
                has_image=bool(existing and existing.has_image),
            )

    def current_values(self, booth):
        return {"name": booth.name, "hall": booth.hall, "description": booth.description,
                "image": booth.image}

    def save(self, row, user=None):
        self.saved.append((row.key, user))
        booth = row.existing or Booth(key=row.key, name="")
        for name, value in row.values.items():
            setattr(booth, name, value)
        booth.has_image = booth.has_image or bool(row.image_member)
        self.store[row.key] = booth

    def export_objects(self):
        return sorted(self.store.values(), key=lambda booth: booth.key)

    def export_row(self, booth):
        return [booth.key, booth.name, booth.hall, booth.description, booth.image]


# --- Reading CSV -------------------------------------------------------------------------------

class ReadCsvFileTests(RefusalMixin, SimpleTestCase):
    """Problems with the file as a whole stop the import before any row is read."""

    def assertRefused(self, data, message, **kwargs):
        self.assertRefuses(message, read, data, **kwargs)

    def test_empty_file(self):
        for data in (b"", b" \r\n\t\n", b"\xef\xbb\xbf", b",,,\n", b"\n\n"):
            with self.subTest(data=data):
                self.assertRefused(data, "The file is empty.")

    def test_file_over_5_mb(self):
        header, row = b"key,name\r\n", b"k," + b"x" * 50_000 + b"\r\n"
        rows = (MAX_FILE_SIZE - len(header)) // len(row)
        exactly = header + row * rows + b"k," + b"x" * (MAX_FILE_SIZE - len(header) - len(row) * rows - 2)
        self.assertEqual(len(exactly), MAX_FILE_SIZE)
        self.assertEqual(len(read(exactly)[1]), rows + 1)
        self.assertRefused(exactly + b"x", "The file is larger than 5 MB; split it into several files.")

    def test_not_utf8_names_the_byte(self):
        data = "key,name\nli-ming,李明\n".encode("gbk")  # 李 starts at byte 17
        self.assertRefused(
            data,
            "The file is not UTF-8 text (unreadable byte at position 17). In a spreadsheet, "
            'save it as "CSV UTF-8".',
        )

    def test_byte_order_mark_is_dropped(self):
        header, records = read(b"\xef\xbb\xbfkey,name\nli-ming,Li Ming\n")
        self.assertEqual(header, ["key", "name"])
        self.assertEqual(records, [(2, {"key": "li-ming", "name": "Li Ming"})])

    def test_nul_bytes_are_removed(self):
        _header, records = read(b"key,name\nli\x00-ming,Li\x00 Ming\n")
        self.assertEqual(records, [(2, {"key": "li-ming", "name": "Li Ming"})])

    def test_invalid_csv(self):
        data = b"key,name\nk," + b"x" * 131073 + b"\n"
        self.assertRefused(data, "The file is not valid CSV: field larger than field limit (131072).")

    def test_unknown_columns_are_named_with_the_known_ones(self):
        self.assertRefused(
            b"key,nom,name,Colour\nk,x,y,z\n",
            'Unknown column(s) "nom", "colour" in the first row. '
            "The columns are: key, name, hall, description, image.",
        )

    def test_missing_required_columns(self):
        self.assertRefused(b"hall,image\na,x.jpg\n",
                           "The first row must name the columns; missing: key, name.")
        self.assertRefused(b"name\nx\n", "The first row must name the columns; missing: key.")

    def test_duplicate_columns_are_named_once_each_in_order(self):
        self.assertRefused(b"name,key,name,image,key,name\n1,2,3,4,5,6\n",
                           "Column(s) named twice: key, name.")

    def test_column_names_ignore_case_and_spaces(self):
        header, records = read(b" Key ,NAME\nk,n\n")
        self.assertEqual(header, ["key", "name"])
        self.assertEqual(records, [(2, {"key": "k", "name": "n"})])

    def test_header_but_no_rows(self):
        self.assertRefused(b"key,name\n", "The file has a header but no rows.")
        self.assertRefused(b"key,name\n , \n\n", "The file has a header but no booths.", noun="booths")


class ReadCsvRowTests(RefusalMixin, SimpleTestCase):
    """Rows keep the line numbers a spreadsheet shows; their cells are matched to the header."""

    def test_blank_rows_are_skipped_and_numbers_kept(self):
        _header, records = read(b"key,name\n\na,A\n , \nb,B\n")
        self.assertEqual(records, [(3, {"key": "a", "name": "A"}), (5, {"key": "b", "name": "B"})])

    def test_row_limit(self):
        data = b"key,name\n" + b"k,n\n" * 3
        self.assertEqual(len(read(data, max_rows=3)[1]), 3)
        self.assertRefuses("The file has more than 2 rows; split it.", read, data, max_rows=2)
        self.assertRefuses("The file has more than 2 booths; split it.",
                           read, data, max_rows=2, noun="booths")

    def test_real_row_limit(self):
        data = b"key,name\n" + b"k,n\n" * MAX_ROWS
        self.assertEqual(len(read(data)[1]), MAX_ROWS)
        self.assertRefuses("The file has more than 5000 rows; split it.", read, data + b"k,n\n")

    def test_row_with_too_many_cells_is_marked(self):
        _header, records = read(b"key,name\na,A,extra\nb,B\n")
        self.assertEqual(records, [(2, None), (3, {"key": "b", "name": "B"})])

    def test_row_with_too_few_cells_is_padded(self):
        _header, records = read(b"key,name,hall\na\n")
        self.assertEqual(records, [(2, {"key": "a", "name": "", "hall": ""})])

    def test_windows_line_endings(self):
        data = csv_bytes(["a", "A", "", "line one\r\nline two", ""], ["b", "B", "", "", ""], line_end="\r\n")
        header, records = read(data)
        self.assertEqual(header, COLUMNS)
        self.assertEqual([number for number, _record in records], [2, 3])
        self.assertEqual(records[0][1]["description"], "line one\r\nline two")
        self.assertEqual(records[1][1]["name"], "B")

    def test_old_mac_line_endings(self):
        """Excel for Mac's "CSV (Macintosh)" ends lines with a bare carriage return."""
        _header, records = read(b"key,name\ra,A\rb,B\r")
        self.assertEqual(records, [(2, {"key": "a", "name": "A"}), (3, {"key": "b", "name": "B"})])

    def test_defused_formulas_are_restored(self):
        _header, records = read(b"key,name,description\nk,'=SUM(A1),'hello\n")
        self.assertEqual(records[0][1], {"key": "k", "name": "=SUM(A1)", "description": "'hello"})


class FormulaTests(SimpleTestCase):
    """Cells a spreadsheet would run as formulas are defused on export and restored on import."""

    def test_each_formula_start(self):
        for value in ("=1+2", "+1", "-5 degrees", "@SUM(A1)", "\tx", "\rx"):
            with self.subTest(value=value):
                self.assertEqual(defuse(value), "'" + value)
                self.assertEqual(undefuse(defuse(value)), value)

    def test_apostrophes_before_a_formula_survive_the_round_trip(self):
        for value in ("'=1+2", "''-5", "'@"):
            with self.subTest(value=value):
                self.assertEqual(defuse(value), "'" + value)
                self.assertEqual(undefuse(defuse(value)), value)

    def test_plain_text_is_left_alone(self):
        for value in ("Li Ming", "", "'quoted'", "'", "a=b", "X-ray inspection", "'X-ray"):
            with self.subTest(value=value):
                self.assertEqual(defuse(value), value)
                self.assertEqual(undefuse(value), value)

    def test_write_csv(self):
        text = write_csv([["key", "name"], ["k", "=HYPERLINK(1)"], ["李明", "-1"]])
        self.assertEqual(text, "\ufeffkey,name\r\nk,'=HYPERLINK(1)\r\n李明,'-1\r\n")

    def test_round_trip(self):
        rows = [["key", "name"], ["k", "=cmd|' /C calc'!A0"], ["j", "'=already quoted"]]
        _header, records = read(write_csv(rows).encode("utf-8"))
        self.assertEqual([[r["key"], r["name"]] for _n, r in records], rows[1:])


# --- One cell at a time ------------------------------------------------------------------------

class ParseKeyTests(SimpleTestCase):
    def test_good_key_is_stripped_and_remembered(self):
        plan, seen = row_plan(row=4), {}
        self.assertEqual(parse_key(plan, "key", "  zhang-wei_CAE2 ", seen), "zhang-wei_CAE2")
        self.assertEqual(plan.errors, [])
        self.assertEqual(seen, {"zhang-wei_CAE2": 4})

    def test_empty(self):
        plan, seen = row_plan(), {}
        self.assertEqual(parse_key(plan, "key", "  ", seen), "")
        self.assertEqual(plan.errors, [("key", "required: a permanent identifier such as zhang-wei-cae")])
        self.assertEqual(seen, {})

    def test_malformed(self):
        for value in ("zhang wei", "李明", "a/b", "a.b"):
            with self.subTest(value=value):
                plan = row_plan()
                parse_key(plan, "key", value, {})
                self.assertEqual(
                    plan.errors, [("key", "use only letters, digits, hyphens and underscores (at most 100)")]
                )

    def test_length_limit(self):
        plan = row_plan()
        parse_key(plan, "key", "k" * 100, {})
        self.assertEqual(plan.errors, [])
        parse_key(plan, "key", "k" * 101, {})
        self.assertEqual(
            plan.errors, [("key", "use only letters, digits, hyphens and underscores (at most 100)")]
        )

    def test_duplicate_names_the_first_row(self):
        seen = {}
        parse_key(row_plan(row=2), "guest_key", "li-ming", seen)
        parse_key(row_plan(row=3), "guest_key", "other", seen)
        again = row_plan(row=7)
        parse_key(again, "guest_key", "li-ming", seen)
        self.assertEqual(again.errors, [("guest_key", '"li-ming" is already used on row 2')])
        self.assertEqual(seen, {"li-ming": 2, "other": 3})


class ParseTextTests(SimpleTestCase):
    def test_spaces_are_collapsed(self):
        plan = row_plan()
        self.assertEqual(parse_text(plan, "name", "  Li \t Ming\r\n Jr ", 20), "Li Ming Jr")
        self.assertEqual(plan.errors, [])

    def test_multiline_keeps_line_breaks(self):
        plan = row_plan()
        value = " First  line.\r\n\r\nSecond\tline. \r\n"
        self.assertEqual(parse_text(plan, "bio", value, 100, multiline=True), "First  line.\n\nSecond\tline.")

    def test_length_limit_exactly_at_and_over(self):
        plan = row_plan()
        self.assertEqual(parse_text(plan, "name", "  abcde  ", 5), "abcde")
        self.assertEqual(parse_text(plan, "bio", "ab\r\ncd", 5, multiline=True), "ab\ncd")
        self.assertEqual(plan.errors, [])
        self.assertEqual(parse_text(plan, "name", "abcdef", 5), "abcdef")
        self.assertEqual(plan.errors, [("name", "longer than 5 characters")])

    def test_required(self):
        plan = row_plan()
        self.assertEqual(parse_text(plan, "name", " \r\n ", 5, required=True), "")
        self.assertEqual(parse_text(plan, "bio", "", 5, multiline=True), "")
        self.assertEqual(parse_text(plan, "name", "x", 5, required=True), "x")
        self.assertEqual(plan.errors, [("name", "required")])


class HtmlWarningTests(SimpleTestCase):
    """Issue 13: names with HTML tags were accepted silently; they import, with a warning."""

    def test_tags_are_warned_about(self):
        for value, tag in (("<b>Li</b> Ming", "<b>"), ("Li<br/>Ming", "<br/>"), ("Li </p>", "</p>"),
                           ('<a href="https://x.example">Li</a>', '<a href="https://x.example">'),
                           ("Li <!-- Ming", "<!--"), ("<script>alert(1)</script>", "<script>"),
                           ("<h1-x>", "<h1-x>")):
            with self.subTest(value=value):
                plan = row_plan()
                self.assertEqual(parse_text(plan, "name", value, 100), value)
                self.assertEqual(plan.warnings, [
                    ("name", f'contains an HTML tag, "{tag}"; pages show it as typed, not as formatting')])
                self.assertEqual(plan.errors, [])

    def test_text_that_only_looks_alike_is_not(self):
        for value in ("a < b", "<3", "x<y", "5 <10 >", "Li <>", "< b>", "a <= b", "<1a>"):
            with self.subTest(value=value):
                plan = row_plan()
                parse_text(plan, "bio", value, 100, multiline=True)
                self.assertEqual(plan.warnings, [])

    def test_long_tag_is_cut(self):
        plan = row_plan()
        parse_text(plan, "bio", "<a " + "x" * 60 + ">", 100)
        self.assertEqual(plan.warnings, [
            ("bio", f'contains an HTML tag, "<a {"x" * 37}"; pages show it as typed, not as formatting')])

    def test_link_labels(self):
        plan = row_plan()
        parse_links(plan, "links", "<i>Profile</i> | https://example.com/\nhttps://example.com/<b>")
        self.assertEqual(plan.warnings, [
            ("links", 'contains an HTML tag, "<i>"; pages show it as typed, not as formatting')])


class ParseBoolTests(SimpleTestCase):
    def test_true_words(self):
        for word in ("yes", "Y", " TRUE ", "1", "是"):
            with self.subTest(word=word):
                plan = row_plan()
                self.assertIs(parse_bool(plan, "featured", word, False), True)
                self.assertEqual(plan.errors, [])

    def test_false_words(self):
        for word in ("no", "N", "False", " 0", "否"):
            with self.subTest(word=word):
                plan = row_plan()
                self.assertIs(parse_bool(plan, "featured", word, True), False)
                self.assertEqual(plan.errors, [])

    def test_empty_gives_the_default(self):
        plan = row_plan()
        self.assertIs(parse_bool(plan, "featured", " ", True), True)
        self.assertIs(parse_bool(plan, "featured", "", False), False)
        self.assertEqual(plan.errors, [])

    def test_anything_else_is_an_error_quoting_the_value(self):
        plan = row_plan()
        self.assertIs(parse_bool(plan, "featured", "Maybe", True), True)
        self.assertIs(parse_bool(plan, "featured", "x" * 41, False), False)
        self.assertEqual(plan.errors, [
            ("featured", 'write "yes" or "no", not "Maybe"'),
            ("featured", f'write "yes" or "no", not "{"x" * 40}"'),
        ])


class ParseChoiceTests(SimpleTestCase):
    choices = {"academicians": "A", "experts": "E"}

    def test_known_slug_in_any_case(self):
        plan = row_plan()
        self.assertEqual(parse_choice(plan, "category", " Experts ", self.choices), "E")
        self.assertEqual(plan.errors, [])

    def test_unknown_lists_the_choices(self):
        plan = row_plan()
        self.assertIsNone(parse_choice(plan, "category", "Wizards", self.choices))
        self.assertIsNone(parse_choice(plan, "kind", "w" * 41, self.choices, noun="category"))
        self.assertEqual(plan.errors, [
            ("category", 'unknown category "wizards"; use one of: academicians, experts'),
            ("kind", f'unknown category "{"w" * 40}"; use one of: academicians, experts'),
        ])

    def test_empty_is_required(self):
        plan = row_plan()
        self.assertIsNone(parse_choice(plan, "category", "  ", self.choices))
        self.assertEqual(plan.errors, [("category", "required")])


class ParseYearsTests(SimpleTestCase):
    # Primary keys out of year order, so that sorting by key is told apart from sorting by year.
    by_year = {year: SimpleNamespace(pk=pk) for year, pk in ((2019, 9), (2020, 7), (2021, 3))}

    def parse(self, value):
        plan = row_plan()
        return parse_years(plan, "editions", value, self.by_year), plan.errors

    def test_separators_duplicates_and_order(self):
        for value in ("2020;2021", "2021, 2020", "2020 2021 2020", " 2021;;2020\n", "２０２０;2021",
                      # as a Chinese keyboard types them
                      "2020；2021", "2021，2020", "2020、2021", "2020\u30002021"):
            with self.subTest(value=value):
                self.assertEqual(self.parse(value), ([3, 7], []))

    def test_empty(self):
        self.assertEqual(self.parse(" ; "), ([], []))

    def test_bad_years_are_each_reported(self):
        pks, errors = self.parse("20x0;202;20201;1999;2019;²⁰²⁰")
        self.assertEqual(pks, [9])
        self.assertEqual(errors, [
            ("editions", f'no edition "{year}"; write years such as 2020;2021')
            for year in ("20x0", "202", "20201", "1999", "²⁰²⁰")
        ])

    def test_long_word_is_cut(self):
        self.assertEqual(self.parse("9" * 30)[1],
                         [("editions", f'no edition "{"9" * 20}"; write years such as 2020;2021')])


class ParseLinksTests(SimpleTestCase):
    def parse(self, value):
        plan = row_plan()
        return parse_links(plan, "links", value), plan.errors

    def test_labelled_and_unlabelled_lines(self):
        value = ("Profile | https://example.com/li-ming\r\n\r\n  http://weibo.example:8080/li  \n"
                 "Sina | Weibo | https://weibo.example/u/1")
        self.assertEqual(self.parse(value), ([
            ("Profile", "https://example.com/li-ming"),
            ("weibo.example:8080", "http://weibo.example:8080/li"),
            ("Sina | Weibo", "https://weibo.example/u/1"),
        ], []))

    def test_full_width_bar(self):
        # What a Chinese keyboard types for |.
        value = "个人主页｜https://example.com/li-ming\n新浪 | 微博 ｜ https://weibo.example/u/1"
        self.assertEqual(self.parse(value), ([
            ("个人主页", "https://example.com/li-ming"),
            ("新浪 | 微博", "https://weibo.example/u/1"),
        ], []))

    def test_not_web_addresses(self):
        for url in ("http://", "javascript:alert(1)", "ftp://example.com/file", "example.com", "https://"):
            with self.subTest(url=url):
                self.assertEqual(self.parse(f"Home | {url}"),
                                 ([], [("links", f'"{url}" is not a web address')]))

    def test_bad_line_does_not_hide_the_next(self):
        links, errors = self.parse("ftp://a.example/x\nhttps://b.example/y")
        self.assertEqual(links, [("b.example", "https://b.example/y")])
        self.assertEqual(errors, [("links", '"ftp://a.example/x" is not a web address')])

    def test_long_bad_address_is_cut(self):
        url = "ftp://" + "a" * 100
        self.assertEqual(self.parse(url)[1], [("links", f'"{url[:80]}" is not a web address')])

    def test_length_limits(self):
        base = "https://example.com/"
        url_500 = base + "a" * (500 - len(base))
        label_100 = "L" * 100
        self.assertEqual(self.parse(f"{label_100} | {url_500}"), ([(label_100, url_500)], []))
        too_long = [("links", "a link or its label is too long")]
        self.assertEqual(self.parse(f"{url_500}a\nhttps://ok.example/"),
                         ([("ok.example", "https://ok.example/")], too_long))
        self.assertEqual(self.parse(f"{label_100}L | {base}"), ([], too_long))


# --- Images in a zip ---------------------------------------------------------------------------

class ImageZipTests(RefusalMixin, SimpleTestCase):
    def test_not_a_zip(self):
        self.assertRefuses("The photos file is not a zip archive.", ImageZip, b"PK not really")

    def test_damaged_zip(self):
        """Damage that zipfile reports with other exceptions than BadZipFile is refused the same way."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            info = zipfile.ZipInfo("li.jpg")
            archive.writestr(info, jpeg_bytes())
            info.extract_version = 99  # "zip file version 9.9": NotImplementedError
        bad_name = zip_bytes({"lé.jpg": jpeg_bytes()}).replace("é".encode(), b"\xff\xfe")  # not UTF-8
        for data in (buffer.getvalue(), bad_name):
            self.assertRefuses("The photos file is not a zip archive.", ImageZip, data)

    def test_member_without_a_name_is_ignored(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            info = zipfile.ZipInfo("li.jpg")
            archive.writestr(info, jpeg_bytes())
            info.filename = ""  # written so into the archive's directory
        self.assertEqual(ImageZip(buffer.getvalue()).members, {})

    def test_nothing_uploaded(self):
        self.assertIsNone(ImageZip.open(b""))
        self.assertIsNone(ImageZip.open(None))
        self.assertIsInstance(ImageZip.open(zip_bytes({"a.jpg": jpeg_bytes()})), ImageZip)

    def test_found_by_file_name_in_any_folder_and_case(self):
        images = ImageZip(zip_bytes({
            "photos/": b"",
            "photos/Li-Ming.JPG": jpeg_bytes(),
            "other/li-ming.jpg": jpeg_bytes(),
            "ana.png": b"x",
            "__MACOSX/photos/._ana.png": b"x",
            ".DS_Store": b"x",
        }))
        self.assertEqual(images.members, {"li-ming.jpg": "photos/Li-Ming.JPG", "ana.png": "ana.png"})
        self.assertEqual(images.find("LI-MING.jpg"), "photos/Li-Ming.JPG")
        self.assertIsNone(images.find("._ana.png"))
        self.assertIsNone(images.find("photos"))

    def test_good_image(self):
        images = ImageZip(zip_bytes({"photos/Li.JPEG": jpeg_bytes()}))
        self.assertEqual(images.check("photos/Li.JPEG"), "")

    def test_wrong_extension(self):
        images = ImageZip(zip_bytes({"photos/li.pdf": jpeg_bytes(), "photos/li": jpeg_bytes()}))
        self.assertEqual(images.check("photos/li.pdf"), '"li.pdf" is not a JPEG, PNG, GIF or WebP image')
        self.assertEqual(images.check("photos/li"), '"li" is not a JPEG, PNG, GIF or WebP image')

    def test_size_limit(self):
        data = jpeg_bytes()
        images = ImageZip(zip_bytes({"photos/li.jpg": data}))
        with self.settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=len(data)):
            self.assertEqual(images.check("photos/li.jpg"), "")
        images = ImageZip(zip_bytes({"photos/li.jpg": data}))
        with self.settings(WAGTAILIMAGES_MAX_UPLOAD_SIZE=len(data) - 1):
            self.assertEqual(images.check("photos/li.jpg"), '"li.jpg" is larger than 0 MB')

    def test_real_size_limit_is_wagtails_and_reads_the_declared_size(self):
        images = ImageZip(zip_bytes({"li.jpg": jpeg_bytes()}))
        images.zip.getinfo("li.jpg").file_size = 10 * 1024 * 1024 + 1
        self.assertEqual(images.check("li.jpg"), '"li.jpg" is larger than 10 MB')

    def test_corrupt_image(self):
        images = ImageZip(zip_bytes({"photos/li.jpg": b"not an image", "half.jpg": jpeg_bytes()[:60]}))
        self.assertEqual(images.check("photos/li.jpg"), '"li.jpg" cannot be read as an image')
        self.assertEqual(images.check("half.jpg"), '"half.jpg" cannot be read as an image')

    def test_photo_cut_short_with_its_header_intact(self):
        """An interrupted copy leaves the header (format, size) whole: only decoding finds the gap."""
        buffer = io.BytesIO()
        PILImage.effect_noise((320, 240), 60).convert("RGB").save(buffer, "JPEG", quality=90)
        data = buffer.getvalue()
        images = ImageZip(zip_bytes({"whole.jpg": data, "cut.jpg": data[: len(data) * 2 // 3]}))
        self.assertEqual(images.check("whole.jpg"), "")
        self.assertEqual(images.check("cut.jpg"), '"cut.jpg" cannot be read as an image')

    def test_pixel_limit_is_wagtails(self):
        """Issue 12: a 2.7 KB zip held a 13,000 × 13,000 PNG; its first view took 1.4 GB."""
        data = zip_bytes({"huge.png": png_bytes(13000, 13000)}, compression=zipfile.ZIP_DEFLATED)
        self.assertLess(len(data), 3000)
        self.assertEqual(ImageZip(data).check("huge.png"),
                         '"huge.png" is 13,000 × 13,000 pixels; images may have at most 40 megapixels')
        images = ImageZip(zip_bytes({"li.jpg": jpeg_bytes()}))  # 40 × 30
        with self.settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1200):
            self.assertEqual(images.check("li.jpg"), "")
        images = ImageZip(zip_bytes({"li.jpg": jpeg_bytes()}))
        with self.settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=1199, WAGTAILIMAGES_MAX_UPLOAD_SIZE=10 ** 6):
            self.assertEqual(images.check("li.jpg"),
                             '"li.jpg" is 40 × 30 pixels; images may have at most 0 megapixels')

    def test_every_frame_counts(self):
        frames = [PILImage.new("RGB", (20, 10), (i * 80, 0, 0)) for i in range(3)]
        buffer = io.BytesIO()
        frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:])
        for limit, expected in ((600, ""), (599, '"a.gif" is 20 × 10 pixels; images may have at most 0 '
                                                'megapixels')):
            with self.subTest(limit=limit), self.settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=limit):
                self.assertEqual(ImageZip(zip_bytes({"a.gif": buffer.getvalue()})).check("a.gif"), expected)

    def test_image_pillow_refuses_to_open(self):
        images = ImageZip(zip_bytes({"bomb.png": png_bytes(20000, 20000)}))
        self.assertEqual(images.check("bomb.png"),
                         '"bomb.png" has far too many pixels; images may have at most 40 megapixels')

    def test_format_must_match_the_extension(self):
        buffer = io.BytesIO()
        PILImage.new("L", (8, 8)).save(buffer, "PNG")
        png = buffer.getvalue()
        images = ImageZip(zip_bytes({"li.jpg": png, "li.png": png, "li.webp": jpeg_bytes(),
                                     "li.jpeg": jpeg_bytes(), "li.gif": png}))
        self.assertEqual(images.check("li.jpg"), '"li.jpg" is a PNG image; correct its extension')
        self.assertEqual(images.check("li.png"), "")
        self.assertEqual(images.check("li.jpeg"), "")
        self.assertEqual(images.check("li.webp"), '"li.webp" is a JPEG image; correct its extension')
        self.assertEqual(images.check("li.gif"), '"li.gif" is a PNG image; correct its extension')

    def test_each_member_is_checked_once(self):
        """Issue 12: one large member named on 1,000 rows was read 1,000 times, on every preview."""
        images = ImageZip(zip_bytes({"li.jpg": jpeg_bytes(), "bad.jpg": b"x"}))
        with mock.patch.object(images.zip, "read", wraps=images.zip.read) as read:
            for _i in range(3):
                self.assertEqual(images.check("li.jpg"), "")
                self.assertEqual(images.check("bad.jpg"), '"bad.jpg" cannot be read as an image')
        self.assertEqual(sorted(call.args[0] for call in read.call_args_list), ["bad.jpg", "li.jpg"])
        self.assertEqual(images.checked, {"li.jpg": "", "bad.jpg": '"bad.jpg" cannot be read as an image'})


class ImageZipLimitTests(RefusalMixin, SimpleTestCase):
    """A zip is refused as a whole when opening it would take too much work."""

    def test_member_count(self):
        data = zip_bytes({"photos/": b"", "a.jpg": b"a", "b.jpg": b"b"})
        with mock.patch.object(importing, "MAX_ZIP_MEMBERS", 3):
            self.assertEqual(len(ImageZip(data).members), 2)
        with mock.patch.object(importing, "MAX_ZIP_MEMBERS", 2):
            self.assertRefuses("The zip holds more than 2 files; send the images in several zips.",
                               ImageZip, data)

    def test_real_member_count(self):
        self.assertEqual(importing.MAX_ZIP_MEMBERS, 10000)

    def test_uncompressed_size(self):
        data = zip_bytes({"a.jpg": b"a" * 600, "b.jpg": b"b" * 424})
        with mock.patch.object(importing, "MAX_ZIP_UNCOMPRESSED", 1024):
            self.assertEqual(len(ImageZip(data).members), 2)
        with mock.patch.object(importing, "MAX_ZIP_UNCOMPRESSED", 1023):
            self.assertRefuses("The zip would unpack to more than 0 MB; send the images in several zips.",
                               ImageZip, data)

    def test_real_uncompressed_size_reads_the_declared_sizes(self):
        half = 250 * 1024 * 1024
        members = [SimpleNamespace(filename=name, file_size=half, compress_size=half) for name in ("a", "b")]
        with mock.patch.object(zipfile.ZipFile, "infolist", return_value=members):
            self.assertEqual(len(ImageZip(zip_bytes({})).members), 2)
        members[1].file_size += 1
        with mock.patch.object(zipfile.ZipFile, "infolist", return_value=members):
            self.assertRefuses("The zip would unpack to more than 500 MB; send the images in several zips.",
                               ImageZip, zip_bytes({}))

    def test_compression_ratio(self):
        """Issue 12: a 20 KB zip held a 20 MB member; it is refused when the zip is opened."""
        data = zip_bytes({"photos/zeros.png": bytes(20 * 1024 * 1024)}, compression=zipfile.ZIP_DEFLATED)
        self.assertLess(len(data), 25_000)
        self.assertRefuses('"photos/zeros.png" in the zip is compressed more than 100 to 1, as images never '
                           "are; remove it from the zip.", ImageZip, data)

    def test_compression_ratio_bounds(self):
        info = SimpleNamespace(filename="a.jpg", file_size=2000, compress_size=20)
        for size, floor, ratio, refused in ((2000, 1999, 100, False), (2001, 1999, 100, True),
                                            (2001, 2001, 100, False), (2001, 2000, 101, False)):
            with self.subTest(size=size, floor=floor, ratio=ratio), \
                    mock.patch.object(importing, "ZIP_RATIO_FLOOR", floor), \
                    mock.patch.object(importing, "MAX_ZIP_RATIO", ratio), \
                    mock.patch.object(zipfile.ZipFile, "infolist",
                                      return_value=[SimpleNamespace(**{**vars(info), "file_size": size})]):
                if refused:
                    self.assertRefuses(f'"a.jpg" in the zip is compressed more than {ratio} to 1, as images '
                                       "never are; remove it from the zip.", ImageZip, zip_bytes({}))
                else:
                    self.assertEqual(ImageZip(zip_bytes({})).members, {"a.jpg": "a.jpg"})

    def test_long_member_name_is_cut(self):
        name = "d" * 150 + "/zeros.png"
        data = zip_bytes({name: bytes(2 * 1024 * 1024)}, compression=zipfile.ZIP_DEFLATED)
        self.assertRefuses(f'"{name[-100:]}" in the zip is compressed more than 100 to 1, as images never '
                           "are; remove it from the zip.", ImageZip, data)

    def test_real_ratio_floor(self):
        self.assertEqual((importing.MAX_ZIP_RATIO, importing.ZIP_RATIO_FLOOR), (100, 1024 * 1024))
        small = zip_bytes({"flat.png": bytes(1024 * 1024)}, compression=zipfile.ZIP_DEFLATED)
        self.assertEqual(ImageZip(small).members, {"flat.png": "flat.png"})


class ImageZipSaveTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.root = get_root_collection()  # made by a migration, which `make mutation` skips

    def test_saved_under_its_file_name_with_a_title(self):
        images = ImageZip(zip_bytes({"photos/li-ming.jpg": jpeg_bytes()}))
        image = images.save("photos/li-ming.jpg", "Li Ming")
        image = get_image_model().objects.get(pk=image.pk)
        self.assertEqual(image.title, "Li Ming")
        self.assertEqual(image.collection, self.root)
        self.assertEqual((image.width, image.height), (40, 30))
        self.assertRegex(image.file.name, r"^original_images/li-ming(_\w+)?\.jpg$")

    def test_saved_in_a_collection(self):
        collection = self.root.add_child(name="Guest photos")
        images = ImageZip(zip_bytes({"li.jpg": jpeg_bytes()}))
        image = images.save("li.jpg", "Li", collection=collection)
        self.assertEqual(get_image_model().objects.get(pk=image.pk).collection, collection)


class PlanImageTests(SimpleTestCase):
    def setUp(self):
        self.images = ImageZip(zip_bytes({"photos/li.jpg": jpeg_bytes(), "photos/bad.jpg": b"x"}))
        self.plan = row_plan()

    def test_found_in_the_zip(self):
        self.assertEqual(plan_image(self.plan, "photo", " uploads/LI.jpg ", self.images), "LI.jpg")
        self.assertEqual(self.plan.image_member, "photos/li.jpg")
        self.assertEqual((self.plan.errors, self.plan.notes), ([], []))

    def test_empty(self):
        self.assertEqual(plan_image(self.plan, "photo", "  ", self.images), "")
        self.assertEqual((self.plan.image_member, self.plan.errors, self.plan.notes), ("", [], []))

    def test_absent_is_a_note(self):
        self.assertEqual(plan_image(self.plan, "photo", "ana.jpg", self.images), "ana.jpg")
        self.assertEqual(plan_image(self.plan, "photo", "li.jpg", None), "li.jpg")
        self.assertEqual(self.plan.notes, ['Photo "ana.jpg" is not in a zip yet; attach it later.',
                                           'Photo "li.jpg" is not in a zip yet; attach it later.'])
        self.assertEqual((self.plan.image_member, self.plan.errors), ("", []))

    def test_unchanged_when_same_file_name_and_image_present(self):
        self.assertEqual(plan_image(self.plan, "photo", "li.jpg", self.images,
                                    current_filename="li.jpg", has_image=True), "li.jpg")
        self.assertEqual((self.plan.image_member, self.plan.errors, self.plan.notes), ("", [], []))

    def test_same_file_name_without_an_image_is_looked_for(self):
        plan_image(self.plan, "photo", "li.jpg", self.images, current_filename="li.jpg")
        self.assertEqual(self.plan.image_member, "photos/li.jpg")

    def test_new_file_name_replaces_the_image(self):
        plan_image(self.plan, "photo", "li.jpg", self.images, current_filename="old.jpg", has_image=True)
        self.assertEqual(self.plan.image_member, "photos/li.jpg")

    def test_error_is_recorded(self):
        self.assertEqual(plan_image(self.plan, "photo", "bad.jpg", self.images), "bad.jpg")
        self.assertEqual(self.plan.errors, [("photo", '"bad.jpg" cannot be read as an image')])
        self.assertEqual(self.plan.image_member, "")

    def test_file_name_length(self):
        name = "a" * 251 + ".jpg"
        plan_image(self.plan, "photo", name, self.images)
        self.assertEqual(self.plan.errors, [])
        plan_image(self.plan, "photo", "a" + name, self.images)
        self.assertEqual(self.plan.errors, [("photo", "the file name is too long")])
        self.assertEqual(len(self.plan.notes), 1)


# --- Plan, apply, export -----------------------------------------------------------------------

class RowAndImportPlanTests(SimpleTestCase):
    def test_messages_and_counts(self):
        rows = [RowPlan(row=2, key="a", name="A"), RowPlan(row=3, key="b", name="B", action=UPDATE),
                RowPlan(row=4, key="c", name="C", action=UNCHANGED), RowPlan(row=5, key="d", name="D"),
                RowPlan(row=6, key="e", name="E", action=UPDATE)]
        rows[3].error("name", "required")
        rows[3].error("hall", "unknown")
        rows[3].action = REJECT
        plan = ImportPlan(columns=["key"], rows=rows)
        self.assertEqual((plan.created, plan.updated, plan.unchanged, plan.rejected), (1, 2, 1, 1))
        self.assertTrue(plan.has_errors)
        self.assertEqual(plan.error_messages, ["Row 5, name: required", "Row 5, hall: unknown"])
        self.assertEqual(plan.summary(), "1 to create, 2 to update, 1 unchanged, 1 rejected")
        self.assertEqual(plan.done_summary(), "1 created, 2 updated, 1 unchanged")
        self.assertFalse(ImportPlan(columns=["key"], rows=rows[:3]).has_errors)
        self.assertEqual(plan.warned, 0)
        rows[0].warn("name", "html")
        rows[0].warn("bio", "html")
        rows[2].warn("name", "html")
        self.assertEqual((plan.warned, rows[0].warnings[1]), (2, ("bio", "html")))


class DescribedBoothImport(BoothImport):
    column_info = [
        Column("key", "booth key", required=True, format="letters and digits", example="b-1"),
        Column("name", required=True, example="Robot arms"),
        Column("hall", "Exhibition hall", format="a or b", example="a"),
        Column("description", example="Six-axis arms."),
    ]
    value_columns = {"title": "name", "hall_id": "hall"}


class ColumnTests(SimpleTestCase):
    """Columns described once on the import drive the upload screen, the sample file and the preview."""

    def test_title(self):
        self.assertEqual(Column("name").title, "Name")
        self.assertEqual(Column("name", "full name").title, "Full name")

    def test_described_columns_set_the_columns(self):
        self.assertEqual(DescribedBoothImport.columns, ["key", "name", "hall", "description"])
        self.assertEqual(DescribedBoothImport.required_columns, ["key", "name"])

        class Inherited(DescribedBoothImport):
            noun = "stands"

        self.assertEqual(Inherited.columns, DescribedBoothImport.columns)
        self.assertEqual(BoothImport.columns, COLUMNS)
        self.assertEqual(BoothImport.required_columns, ["key", "name"])

    def test_undescribed_columns_are_described_by_name(self):
        self.assertEqual(BoothImport.describe_columns(), [
            Column("key", required=True), Column("name", required=True), Column("hall"),
            Column("description"), Column("image")])
        self.assertEqual(DescribedBoothImport.describe_columns(), DescribedBoothImport.column_info)

    def test_labels(self):
        importer = DescribedBoothImport()
        self.assertEqual(importer.label("key"), "Booth key")
        self.assertEqual(importer.label("title"), "Name")
        self.assertEqual(importer.label("hall_id"), "Exhibition hall")
        self.assertEqual(importer.label("image"), "Image")
        self.assertEqual(importer.label("floor_area"), "Floor_area")

    def test_display(self):
        importer = BoothImport()
        self.assertEqual(importer.display("x", None), "")
        self.assertEqual(importer.display("x", True), "yes")
        self.assertEqual(importer.display("x", False), "no")
        self.assertEqual(importer.display("x", 3), "3")
        self.assertEqual(importer.display("x", ""), "")
        self.assertEqual(importer.display("x", [("Home", "https://a.example/"), ("Blog", "https://b.example/")]),
                         "Home | https://a.example/; Blog | https://b.example/")

    def test_sample_file_imports_cleanly(self):
        text = DescribedBoothImport().sample_csv()
        self.assertEqual(text, "\ufeffkey,name,hall,description\r\nb-1,Robot arms,a,Six-axis arms.\r\n")
        plan = DescribedBoothImport().plan(text.encode("utf-8"))
        self.assertEqual((plan.created, plan.has_errors), (1, False))
        self.assertEqual(BoothImport().sample_rows(), [["", "", "", "", ""]])


class SpreadsheetPlanTests(RefusalMixin, SimpleTestCase):
    """What a file would do, row by row, against what is already there."""

    def setUp(self):
        self.importer = BoothImport([
            Booth("same", "Same Booth", "a", "Robots.\nArms."),
            Booth("changed", "Old Name", "a", "Old."),
        ])

    def test_create_update_unchanged_reject(self):
        plan = self.importer.plan(csv_bytes(
            ["new", " New  Booth ", "B", "", ""],
            ["same", "Same Booth", "a", "Robots.\r\nArms.", ""],
            ["changed", "New Name", "b", "Old.", ""],
            ["bad", "", "c", "", ""],
            ["x", "y", "a", "", "", "extra"],
        ))
        self.assertEqual([row.action for row in plan.rows], [CREATE, UNCHANGED, UPDATE, REJECT, REJECT])
        self.assertEqual([row.key for row in plan.rows], ["new", "same", "changed", "bad", ""])
        self.assertEqual([row.name for row in plan.rows], ["New  Booth", "Same Booth", "New Name", "", ""])
        self.assertEqual([row.changes for row in plan.rows], [[], [], ["name", "hall"], [], []])
        self.assertEqual(plan.rows[2].details, [Change("name", "Name", "Old Name", "New Name"),
                                                Change("hall", "Hall", "a", "b")])
        self.assertEqual([row.details for row in plan.rows if row is not plan.rows[2]], [[]] * 4)
        self.assertEqual(plan.rows[0].values,
                         {"name": "New Booth", "hall": "b", "description": "", "image": ""})
        self.assertEqual(plan.rows[0].record["name"], " New  Booth ")
        self.assertIsNone(plan.rows[0].existing)
        self.assertIs(plan.rows[2].existing, self.importer.store["changed"])
        self.assertEqual(plan.error_messages, [
            "Row 5, name: required",
            'Row 5, hall: unknown hall "c"; use one of: a, b',
            "Row 6, row: more cells than there are columns",
        ])
        self.assertEqual(plan.columns, COLUMNS)
        self.assertEqual(self.importer.asked, [["new", "same", "changed", "bad", ""]])
        self.assertEqual(plan.summary(), "1 to create, 1 to update, 1 unchanged, 2 rejected")

    def test_rejected_existing_row_has_no_changes(self):
        plan = self.importer.plan(csv_bytes(["changed", "x" * 41, "a", "", ""]))
        self.assertEqual((plan.rows[0].action, plan.rows[0].changes), (REJECT, []))
        self.assertEqual(plan.error_messages, ["Row 2, name: longer than 40 characters"])

    def test_key_errors_reject_the_row(self):
        plan = self.importer.plan(csv_bytes(["a b", "A", "a", "", ""], ["new", "N", "a", "", ""],
                                            ["new", "N", "a", "", ""]))
        self.assertEqual([row.action for row in plan.rows], [REJECT, CREATE, REJECT])
        self.assertEqual(plan.error_messages, [
            "Row 2, key: use only letters, digits, hyphens and underscores (at most 100)",
            'Row 4, key: "new" is already used on row 3',
        ])

    def test_only_the_columns_in_the_file_are_compared(self):
        data = csv_bytes(["changed", "Old Name"], ["same", "Renamed"], header=["key", "name"])
        plan = self.importer.plan(data)
        self.assertEqual([(row.action, row.changes) for row in plan.rows],
                         [(UNCHANGED, []), (UPDATE, ["name"])])

    def test_new_image_is_a_change(self):
        images = ImageZip(zip_bytes({"same.jpg": jpeg_bytes()}))
        importer = BoothImport([Booth("same", "Same", image="same.jpg")], images=images)
        plan = importer.plan(csv_bytes(["same", "Same", "same.jpg"], header=["key", "name", "image"]))
        self.assertEqual((plan.rows[0].action, plan.rows[0].changes), (UPDATE, ["image"]))
        self.assertEqual(plan.rows[0].details, [Change("image", "Image", "", "same.jpg")])
        plan = importer.plan(csv_bytes(["same", "Same", "SAME.jpg"], header=["key", "name", "image"]))
        self.assertEqual(plan.rows[0].changes, ["image", "image"])
        self.assertEqual(plan.rows[0].details, [Change("image", "Image", "same.jpg", "SAME.jpg")])
        importer.store["same"].has_image = True
        plan = importer.plan(csv_bytes(["same", "Same", "same.jpg"], header=["key", "name", "image"]))
        self.assertEqual((plan.rows[0].action, plan.rows[0].changes), (UNCHANGED, []))

    def test_bad_image_rejects_the_row(self):
        importer = BoothImport(images=ImageZip(zip_bytes({"new.gif": b"GIF89a broken"})))
        plan = importer.plan(csv_bytes(["new", "New", "new.gif"], header=["key", "name", "image"]))
        self.assertEqual(plan.rows[0].action, REJECT)
        self.assertEqual(plan.error_messages, ['Row 2, image: "new.gif" cannot be read as an image'])

    def test_file_errors_name_the_noun(self):
        self.assertRefuses("The file has a header but no booths.", self.importer.plan, b"key,name\n")
        self.assertRefuses("The file has more than 5000 booths; split it.",
                           self.importer.plan, b"key,name\n" + b"k,n\n" * (MAX_ROWS + 1))

    def test_default_noun_is_rows(self):
        class Nameless(BoothImport):
            noun = ""

        self.assertRefuses("The file has a header but no rows.", Nameless().plan, b"key,name\n")

    def test_name_column_may_be_optional(self):
        class KeysOnly(BoothImport):
            required_columns = ["key"]

            def parse_row(self, plan, record, header):
                pass

        plan = KeysOnly().plan(b"key\nk\n")
        self.assertEqual((plan.rows[0].key, plan.rows[0].name, plan.rows[0].action), ("k", "", CREATE))


class SpreadsheetApplyTests(TestCase):
    """Apply saves what the plan says, in one transaction, and refuses a plan with rejected rows."""

    def test_creates_and_updates_only(self):
        importer = BoothImport([Booth("same", "Same"), Booth("changed", "Old")])
        plan = importer.plan(csv_bytes(["new", "New"], ["same", "Same"], ["changed", "Changed"],
                                       header=["key", "name"]))
        user = get_user_model()(username="organizer")
        self.assertIs(importer.apply(plan, user=user), plan)
        self.assertEqual(importer.saved, [("new", user), ("changed", user)])
        self.assertEqual({key: booth.name for key, booth in importer.store.items()},
                         {"same": "Same", "changed": "Changed", "new": "New"})

    def test_progress_and_batch(self):
        events = []

        class Recording(BoothImport):
            @contextmanager
            def batch(self):
                events.append("begin")
                yield
                events.append("end")

            def save(self, row, user=None):
                events.append(row.key)
                super().save(row, user=user)

        importer = Recording([Booth("same", "Same")])
        plan = importer.plan(csv_bytes(["a", "A"], ["same", "Same"], ["b", "B"], header=["key", "name"]))
        importer.apply(plan, progress=lambda done, total: events.append((done, total)))
        self.assertEqual(events, ["begin", "a", (1, 2), "b", (2, 2), "end"])
        importer.apply(importer.plan(csv_bytes(["c", "C"], header=["key", "name"])))
        self.assertEqual(events[-3:], ["begin", "c", "end"])

    def test_default_batch_and_permission(self):
        importer = BoothImport()
        self.assertIsNone(importer.check_permission([], get_user_model()(username="x")))
        with importer.batch() as entered:
            self.assertIsNone(entered)

    def test_refuses_a_plan_with_errors(self):
        importer = BoothImport()
        plan = importer.plan(csv_bytes(["new", "New"], ["bad", ""], header=["key", "name"]))
        with self.assertRaises(ImportFileError) as caught:
            importer.apply(plan)
        self.assertEqual(str(caught.exception), "Correct the rejected rows first: nothing was imported.")
        self.assertEqual(importer.saved, [])


class SpreadsheetExportTests(SimpleTestCase):
    def test_export_writes_the_import_columns(self):
        importer = BoothImport([Booth("b", "李明", "b", "Line 1\nLine 2"),
                                Booth("a", "=1+1", "a", "-5 degrees")])
        self.assertEqual(importer.export_csv(), "\ufeffkey,name,hall,description,image\r\n"
                                                "a,'=1+1,a,'-5 degrees,\r\n"
                                                'b,李明,b,"Line 1\nLine 2",\r\n')

    def test_export_then_import_changes_nothing(self):
        booths = [Booth("b", "李明", "b", "Line 1\n\nLine 2", "b.jpg"), Booth("a", "=1+1", "a", "-5 degrees")]
        exported = BoothImport(booths).export_csv().encode("utf-8")
        plan = BoothImport(booths).plan(exported)
        self.assertEqual([(row.key, row.action) for row in plan.rows], [("a", UNCHANGED), ("b", UNCHANGED)])
        self.assertEqual(plan.rows[1].notes, ['Image "b.jpg" is not in a zip yet; attach it later.'])


# --- Pages ------------------------------------------------------------------------------------

class VisitorPageImport(PageImport):
    """Visitor information pages under About, keyed by their slug: the core's page handling alone."""

    columns = ["slug", "title", "introduction"]
    required_columns = ["slug", "title"]
    key_column = "slug"
    name_column = "title"
    noun = "pages"
    page_model = ContentPage
    key_field = "slug"

    def prefetch(self, pages):
        self.prefetched = pages
        return pages.order_by("pk")

    def parse_row(self, plan, record, header):
        plan.values["title"] = parse_text(plan, "title", record["title"], 255, required=True)
        if "introduction" in header:
            plan.values["introduction"] = parse_text(plan, "introduction", record["introduction"], 1000,
                                                     multiline=True)

    def current_values(self, page):
        return {"title": page.title, "introduction": page.introduction}

    def assign(self, page, row):
        self.assigned = getattr(self, "assigned", []) + [(page.slug, page.locale_id)]
        for name, value in row.values.items():
            setattr(page, name, value)

    def export_objects(self):
        return ContentPage.objects.child_of(self.index).order_by("path")

    def export_row(self, page):
        return [page.slug, page.title, page.introduction]


def page_csv(*rows, header=("slug", "title", "introduction")):
    return csv_bytes(*rows, header=list(header))


class PageImportTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home_page()
        cls.about = add_page(cls.home, AboutPage(title="About", slug="about"))
        cls.user = get_user_model().objects.create_superuser("organizer")
        cls.venue = add_page(cls.about, ContentPage(title="Venue", slug="venue", introduction="Nanjing."))
        cls.draft = add_page(cls.about, ContentPage(title="Hotels", slug="hotels", live=False),
                             publish=False)

    def import_(self, data):
        self.importer = VisitorPageImport(self.about)
        return self.importer.apply(self.importer.plan(data), user=self.user)

    def history(self, page):
        """The page's history as the admin lists it: (action, user), oldest first."""
        return list(PageLogEntry.objects.filter(page=page).order_by("pk").values_list("action", "user"))

    def test_new_row_becomes_a_live_child_page(self):
        plan = self.import_(page_csv(["visas", "Visas and entry", "Apply early.\r\nBring the invitation."]))
        page = ContentPage.objects.get(slug="visas")
        self.assertEqual(plan.created, 1)
        self.assertEqual(page.get_parent().pk, self.about.pk)
        self.assertEqual((page.title, page.introduction),
                         ("Visas and entry", "Apply early.\nBring the invitation."))
        self.assertEqual(page.locale, self.about.locale)
        self.assertTrue(page.live)
        self.assertEqual(page.live_revision.user, self.user)
        self.assertEqual(self.history(page), [("wagtail.create", None), ("wagtail.edit", self.user.pk),
                                              ("wagtail.publish", self.user.pk)])
        self.assertEqual(self.importer.assigned, [("visas", self.about.locale_id)])
        self.assertEqual(self.client.get("/about/visas/").status_code, 200)

    def test_existing_live_page_is_updated_and_republished(self):
        plan = self.import_(page_csv(["venue", "Venue", "Nanjing International Expo Center."]))
        self.assertEqual((plan.updated, plan.rows[0].changes), (1, ["introduction"]))
        venue = ContentPage.objects.get(pk=self.venue.pk)
        self.assertEqual(venue.introduction, "Nanjing International Expo Center.")
        self.assertTrue(venue.live)
        self.assertEqual(venue.live_revision.user, self.user)
        self.assertFalse(venue.has_unpublished_changes)
        self.assertEqual(self.history(venue)[-2:], [("wagtail.edit", self.user.pk),
                                                    ("wagtail.publish", self.user.pk)])
        self.assertEqual(ContentPage.objects.filter(slug="venue").count(), 1)

    def test_unpublished_page_stays_unpublished(self):
        self.import_(page_csv(["hotels", "Hotels near the venue", ""]))
        hotels = ContentPage.objects.get(pk=self.draft.pk)
        self.assertFalse(hotels.live)
        self.assertEqual(hotels.title, "Hotels near the venue")
        self.assertEqual(hotels.latest_revision.user, self.user)
        self.assertEqual(hotels.latest_revision.content["title"], "Hotels near the venue")
        self.assertEqual(self.history(hotels), [("wagtail.create", None), ("wagtail.edit", self.user.pk)])

    def test_existing_pages_are_found_in_the_index_language_only(self):
        chinese = get_locale("zh-hans")
        for page in (self.home, self.about, self.venue):
            page.copy_for_translation(chinese)
        importer = VisitorPageImport(self.about)
        plan = importer.plan(page_csv(["venue", "Venue", "Nanjing."], ["visas", "Visas", ""]))
        self.assertEqual([(row.action, row.existing) for row in plan.rows],
                         [(UNCHANGED, self.venue), (CREATE, None)])
        self.assertEqual(list(importer.prefetched), [ContentPage.objects.get(pk=self.venue.pk)])

    def test_index_and_images_are_kept(self):
        images = ImageZip(zip_bytes({"venue.jpg": jpeg_bytes()}))
        importer = VisitorPageImport(self.about, images=images)
        self.assertEqual((importer.index, importer.images), (self.about, images))

    def test_user_must_may_publish_under_the_parent(self):
        editor = get_user_model().objects.create_user("editor")
        importer = VisitorPageImport(self.about)
        plan = importer.plan(page_csv(["visas", "Visas", ""], ["venue", "Venue", "Changed."]))
        with self.assertRaises(ImportFileError) as caught:
            importer.apply(plan, user=editor)
        self.assertEqual(str(caught.exception),
                         'You may not publish pages under "About": nothing was imported.')
        self.assertFalse(ContentPage.objects.filter(slug="visas").exists())
        group = Group.objects.create(name="Visitor information")
        editor.groups.add(group)
        GroupPagePermission.objects.create(group=group, page=self.about,
                                           permission=Permission.objects.get(codename="publish_page"))
        editor = get_user_model().objects.get(pk=editor.pk)
        wrapped = self.about.permissions_for_user
        with mock.patch.object(AboutPage, "permissions_for_user", wraps=wrapped) as asked:
            importer.apply(plan, user=editor)
        self.assertEqual(asked.call_count, 1)  # once per parent, not per page
        self.assertEqual(ContentPage.objects.get(slug="visas").live_revision.user, editor)

    def test_no_user_no_check(self):
        importer = VisitorPageImport(self.about)
        with mock.patch.object(AboutPage, "permissions_for_user") as asked:
            importer.apply(importer.plan(page_csv(["visas", "Visas", ""])))
        asked.assert_not_called()
        self.assertTrue(ContentPage.objects.get(slug="visas").live)

    def test_search_index_is_updated_once_per_page(self):
        with mock.patch("modelsearch.signal_handlers.insert_or_update_object_task") as per_save:
            self.import_(page_csv(["visas", "Visas and entry", ""], ["venue", "Venue", "Nanjing Expo."]))
        per_save.enqueue.assert_not_called()
        visas = ContentPage.objects.get(slug="visas")
        # The title as each backend stores it: the text (SQLite), or its words' stems (PostgreSQL).
        titles = IndexEntry.objects.filter(object_id=str(visas.pk)).values_list("title", flat=True)
        self.assertEqual([("visa" in title.lower(), "entr" in title.lower()) for title in titles],
                         [(True, True)])

    def test_failure_while_applying_rolls_everything_back(self):
        importer = VisitorPageImport(self.about)
        plan = importer.plan(page_csv(["visas", "Visas", ""], ["venue", "Venue", "Changed."]))
        plan.rows[1].values["title"] = "x" * 300  # the page model refuses this title
        with self.assertRaises(ValidationError):
            importer.apply(plan, user=self.user)
        self.assertFalse(ContentPage.objects.filter(slug="visas").exists())
        self.assertEqual(ContentPage.objects.get(pk=self.venue.pk).introduction, "Nanjing.")

    def test_export_then_import_changes_nothing(self):
        importer = VisitorPageImport(self.about)
        exported = importer.export_csv()
        self.assertEqual(exported,
                         "\ufeffslug,title,introduction\r\nvenue,Venue,Nanjing.\r\nhotels,Hotels,\r\n")
        plan = importer.plan(exported.encode("utf-8"))
        self.assertEqual(plan.unchanged, 2)


class FreeSlugTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        cls.about = add_page(home, AboutPage(title="About", slug="about"))
        for slug in ("venue", "venue-2", "venues"):
            add_page(cls.about, ContentPage(title=slug, slug=slug))

    def test_free_slug(self):
        self.assertEqual(free_slug(self.about, "hotels"), "hotels")
        self.assertEqual(free_slug(self.about, "venue"), "venue-3")
        self.assertEqual(free_slug(self.about, "venues"), "venues-2")
