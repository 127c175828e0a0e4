import csv
import io
import os
import tempfile
import zipfile

from django.core.management import CommandError, call_command
from django.test import TestCase
from PIL import Image as PILImage
from wagtail.images import get_image_model

from speakers.importing import (
    COLUMNS,
    ImportFileError,
    apply_import,
    export_csv,
    open_zip,
    plan_import,
)
from speakers.models import GuestPage

from .helpers import GuestDataMixin


def csv_bytes(rows, columns=COLUMNS, encoding="utf-8"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return buffer.getvalue().encode(encoding)


def photo_zip(*names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            image = io.BytesIO()
            PILImage.new("RGB", (50, 50), (200, 0, 0)).save(image, "JPEG")
            archive.writestr(f"photos/{name}", image.getvalue())
    return buffer.getvalue()


ROWS = [
    {"guest_key": "li-ming", "name": "Li Ming", "chinese_name": "李明", "category": "academicians",
     "honorific": "Academician of the Chinese Academy of Engineering", "position": "Professor",
     "organization": "示例大学", "country": "China", "editions": "2020;2021", "featured": "yes",
     "short_bio": "A sample academician.", "biography": "Line one.\n\nLine two.",
     "links": "Profile | https://example.com/li-ming", "photo": "li-ming.jpg"},
    {"guest_key": "ana-example", "name": "Ana Example", "category": "entrepreneurs", "editions": "2021",
     "key_guest": "no"},
]


class GuestImportTests(GuestDataMixin, TestCase):
    def test_good_file_creates_guests(self):
        plan = plan_import(csv_bytes(ROWS), self.index)
        self.assertEqual((plan.created, plan.updated, plan.rejected), (2, 0, 0))
        apply_import(plan, self.index)
        li = GuestPage.objects.get(guest_key="li-ming")
        self.assertTrue(li.live)
        self.assertEqual(li.chinese_name, "李明")
        self.assertEqual(li.organization, "示例大学")
        self.assertEqual(li.category.slug, "academicians")
        self.assertEqual(sorted(e.year for e in li.editions.all()), [2020, 2021])
        self.assertEqual([(link.label, link.url) for link in li.links.all()],
                         [("Profile", "https://example.com/li-ming")])
        self.assertTrue(li.featured)
        self.assertEqual(li.photo_filename, "li-ming.jpg")
        self.assertIsNone(li.photo)
        self.assertFalse(GuestPage.objects.get(guest_key="ana-example").key_guest)
        self.assertEqual(li.get_parent().pk, self.index.pk)
        self.assertContains(self.client.get("/guests/"), "Li Ming")

    def test_missing_photo_is_left_for_later(self):
        plan = plan_import(csv_bytes(ROWS), self.index)
        self.assertIn('Photo "li-ming.jpg" is not in a zip yet; attach it later.', plan.rows[0].notes)
        self.assertFalse(plan.has_errors)

    def test_photos_matched_by_file_name_from_a_zip(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        photos = open_zip(photo_zip("li-ming.jpg"))
        plan = plan_import(csv_bytes(ROWS), self.index, photos_zip=photos)
        self.assertEqual(plan.rows[0].action, "update")
        self.assertEqual(plan.rows[0].changes, ["photo"])
        apply_import(plan, self.index, photos_zip=photos)
        photo = GuestPage.objects.get(guest_key="li-ming").photo
        self.assertEqual(photo.collection.name, "Guests")  # where organizers may change it
        again = plan_import(csv_bytes(ROWS), self.index, photos_zip=photos)
        self.assertEqual(again.unchanged, 2)
        self.assertEqual(get_image_model().objects.count(), 1)

    def test_bad_rows_are_all_reported_and_nothing_is_saved(self):
        rows = [
            *ROWS,
            {"guest_key": "", "name": "No Key", "category": "academicians"},
            {"guest_key": "bad-category", "name": "X", "category": "wizards"},
            {"guest_key": "bad-edition", "name": "Y", "category": "academicians", "editions": "1999"},
            {"guest_key": "li-ming", "name": "Duplicate", "category": "academicians"},
            {"guest_key": "bad-link", "name": "Z", "category": "academicians",
             "links": "javascript:alert(1)"},
            {"guest_key": "bad-flag", "name": "W", "category": "academicians", "featured": "maybe"},
            {"guest_key": "no-name", "name": "", "category": "academicians"},
        ]
        plan = plan_import(csv_bytes(rows), self.index)
        self.assertEqual(plan.rejected, 7)
        messages = plan.error_messages
        for expected in (
            "Row 4, guest_key: required",
            'Row 5, category: unknown category "wizards"',
            'Row 6, editions: no edition "1999"',
            'Row 7, guest_key: "li-ming" is already used on row 2',
            'Row 8, links: "javascript:alert(1)" is not a web address',
            'Row 9, featured: write "yes" or "no"',
            "Row 10, name: required",
        ):
            self.assertTrue(any(m.startswith(expected) for m in messages), (expected, messages))
        with self.assertRaises(ImportFileError):
            apply_import(plan, self.index)
        self.assertFalse(GuestPage.objects.exists())

    def test_failure_while_applying_rolls_everything_back(self):
        plan = plan_import(csv_bytes(ROWS), self.index)
        plan.rows[1].values["category_id"] = 999999  # the database rejects this row
        with self.assertRaises(Exception):  # noqa: B017 - any database error
            apply_import(plan, self.index)
        self.assertFalse(GuestPage.objects.exists())

    def test_reimport_updates_in_place(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        same = plan_import(csv_bytes(ROWS), self.index)
        self.assertEqual((same.created, same.updated, same.unchanged), (0, 0, 2))
        changed = [{**ROWS[0], "position": "President"}, ROWS[1]]
        plan = plan_import(csv_bytes(changed), self.index)
        self.assertEqual((plan.created, plan.updated, plan.unchanged), (0, 1, 1))
        self.assertEqual(plan.rows[0].changes, ["position"])
        apply_import(plan, self.index)
        self.assertEqual(GuestPage.objects.count(), 2)
        self.assertEqual(GuestPage.objects.get(guest_key="li-ming").position, "President")

    def test_reimport_keeps_an_unpublished_guest_unpublished(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        GuestPage.objects.get(guest_key="ana-example").unpublish()
        changed = csv_bytes([ROWS[0], {**ROWS[1], "position": "CEO"}])
        apply_import(plan_import(changed, self.index), self.index)
        ana = GuestPage.objects.get(guest_key="ana-example")
        self.assertFalse(ana.live)
        self.assertEqual(ana.position, "CEO")

    def test_missing_optional_columns_leave_fields_alone(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        row = {"guest_key": "li-ming", "name": "Li Ming", "category": "academicians"}
        plan = plan_import(csv_bytes([row], columns=["guest_key", "name", "category"]), self.index)
        self.assertEqual(plan.unchanged, 1)

    def test_non_utf8_file_is_refused_clearly(self):
        data = csv_bytes(ROWS, encoding="gbk")
        with self.assertRaisesMessage(ImportFileError, "The file is not UTF-8 text"):
            plan_import(data, self.index)

    def test_empty_file_is_refused_clearly(self):
        for data in (b"", b"   \n", b"\xef\xbb\xbf"):
            with self.subTest(data=data), self.assertRaisesMessage(ImportFileError, "The file is empty."):
                plan_import(data, self.index)

    def test_header_only_file_is_refused_clearly(self):
        with self.assertRaisesMessage(ImportFileError, "The file has a header but no guests."):
            plan_import(csv_bytes([]), self.index)

    def test_wrong_header_is_refused_clearly(self):
        with self.assertRaisesMessage(ImportFileError, 'Unknown column(s) "nom"'):
            plan_import(b"guest_key,nom,category\nx,y,academicians\n", self.index)
        with self.assertRaisesMessage(ImportFileError, "missing: category"):
            plan_import(b"guest_key,name\nx,y\n", self.index)

    def test_excel_byte_order_mark_is_accepted(self):
        plan = plan_import(b"\xef\xbb\xbf" + csv_bytes(ROWS), self.index)
        self.assertEqual(plan.created, 2)


class GuestExportTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        apply_import(plan_import(csv_bytes(ROWS), cls.index), cls.index)
        cls.guest("Made In Admin", "experts-scholars", chinese_name="后台", biography="Para\n\nTwo")

    def test_export_uses_the_import_columns(self):
        rows = list(csv.reader(io.StringIO(export_csv(self.index).lstrip("\ufeff"))))
        self.assertEqual(rows[0], COLUMNS)
        self.assertEqual(len(rows), 4)
        self.assertIn("李明", rows[1])

    def test_export_defuses_spreadsheet_formulas_and_import_restores_them(self):
        self.guest("Formula Guest", position="=HYPERLINK(\"http://evil.example\")", short_bio="-5 degrees")
        text = export_csv(self.index)
        self.assertIn("'=HYPERLINK", text)
        self.assertIn("'-5 degrees", text)
        plan = plan_import(text.encode("utf-8"), self.index)
        self.assertEqual(plan.unchanged, 4)

    def test_export_then_import_changes_nothing(self):
        exported = export_csv(self.index).encode("utf-8")
        plan = plan_import(exported, self.index)
        self.assertEqual((plan.created, plan.updated, plan.unchanged, plan.rejected), (0, 0, 3, 0))
        apply_import(plan, self.index)
        self.assertEqual(export_csv(self.index).encode("utf-8"), exported)


class GuestCommandTests(GuestDataMixin, TestCase):
    def write(self, data, suffix=".csv"):
        with tempfile.NamedTemporaryFile(suffix=suffix, delete=False) as handle:
            handle.write(data)
        self.addCleanup(os.unlink, handle.name)
        return handle.name

    def test_dry_run_saves_nothing(self):
        out = io.StringIO()
        call_command("import_guests", self.write(csv_bytes(ROWS)), "--dry-run", stdout=out)
        self.assertIn("2 to create", out.getvalue())
        self.assertFalse(GuestPage.objects.exists())

    def test_import_with_photos_then_export(self):
        path = self.write(csv_bytes(ROWS))
        call_command("import_guests", path, "--photos", self.write(photo_zip("li-ming.jpg"), ".zip"),
                     stdout=io.StringIO())
        self.assertIsNotNone(GuestPage.objects.get(guest_key="li-ming").photo)
        output = self.write(b"")
        call_command("export_guests", "-o", output)
        with open(output, encoding="utf-8-sig") as handle:
            self.assertIn("李明", handle.read())

    def test_bad_rows_fail_the_command_with_their_row_and_field(self):
        err = io.StringIO()
        path = self.write(csv_bytes([{"guest_key": "x", "name": "X", "category": "wizards"}]))
        with self.assertRaisesMessage(CommandError, "Nothing was imported"):
            call_command("import_guests", path, stdout=io.StringIO(), stderr=err)
        self.assertIn("Row 2, category", err.getvalue())

    def test_unreadable_file_fails_clearly(self):
        with self.assertRaisesMessage(CommandError, "not UTF-8"):
            call_command("import_guests", self.write("李明".encode("gbk")), stdout=io.StringIO())
