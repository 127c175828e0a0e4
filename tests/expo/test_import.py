import csv
import io
import zipfile

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from PIL import Image as PILImage

from expo.importing import COLUMNS, apply_import, export_csv, plan_import
from expo.models import ExhibitorPage
from expo.permissions import EXPO_ORGANIZERS
from news.permissions import NEWS_EDITORS
from wimc_site.factories import get_locale, make_placeholder_image
from wimc_site.importing import ImageZip, ImportFileError
from wimc_site.models import ConferenceEdition, ImportJob

from .helpers import ExpoSiteMixin


def csv_bytes(rows, columns=COLUMNS):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return buffer.getvalue().encode("utf-8")


def logo_zip(*names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            image = io.BytesIO()
            PILImage.new("RGB", (80, 40), (0, 80, 160)).save(image, "PNG")
            archive.writestr(f"logos/{name}", image.getvalue())
    return buffer.getvalue()


ROWS = [
    {
        "exhibitor_key": "jiangning-robotics",
        "name": "Jiangning Precision Robotics Co., Ltd.",
        "chinese_name": "江宁精工机器人有限公司",
        "area": "solutions",
        "industry": "machinery",
        "region": "Jiangsu",
        "pitch": "Welding robot cells.",
        "profile": "Founded in 2009.\n\nIn Nanjing.",
        "website": "https://example.com/jr",
        "video": "https://example.com/jr/video",
        "contact_email": "sales@jr.example.com",
        "editions": "2020;2021",
        "products": "JR-6 welding robot | Six axes, 6 kg payload.\nRoboPlan | Offline programming.",
        "logo": "jr.png",
    },
    {
        "exhibitor_key": "ruike-harmonic",
        "name": "Suzhou Ruike Harmonic Drive",
        "area": "financial-docking",
        "products": "RK-17 harmonic drive",
    },
]


class ExhibitorImportTests(ExpoSiteMixin, TestCase):
    """Organizers load exhibitors from a spreadsheet through the shared import core."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for year in (2020, 2021):
            ConferenceEdition.objects.create(year=year, name=f"{year} WIMC", locale=get_locale())

    def test_good_file_creates_exhibitors_under_their_areas(self):
        plan = plan_import(csv_bytes(ROWS), self.index)
        self.assertEqual((plan.created, plan.updated, plan.rejected), (2, 0, 0))
        self.assertIn('Logo "jr.png" is not in a zip yet; attach it later.', plan.rows[0].notes)
        apply_import(plan, self.index)
        robots = ExhibitorPage.objects.get(exhibitor_key="jiangning-robotics")
        self.assertTrue(robots.live)
        self.assertEqual(robots.get_parent().pk, self.solutions.pk)
        self.assertEqual(
            (robots.chinese_name, robots.region, robots.industry.slug),
            ("江宁精工机器人有限公司", "jiangsu", "machinery"),
        )
        self.assertEqual(robots.video_url, "https://example.com/jr/video")
        self.assertEqual(sorted(e.year for e in robots.editions.all()), [2020, 2021])
        self.assertEqual(
            [(p.name, p.description) for p in robots.products.all()],
            [("JR-6 welding robot", "Six axes, 6 kg payload."), ("RoboPlan", "Offline programming.")],
        )
        ruike = ExhibitorPage.objects.get(exhibitor_key="ruike-harmonic")
        self.assertEqual(ruike.get_parent().pk, self.finance.pk)
        self.assertEqual([p.name for p in ruike.products.all()], ["RK-17 harmonic drive"])
        self.assertContains(
            self.client.get("/expo/solutions/", {"q": "RoboPlan"}), "Jiangning Precision Robotics"
        )

    def test_separators_typed_on_a_chinese_keyboard(self):
        row = {**ROWS[1], "editions": "2020；2021",
               "products": "RK-17 谐波减速器｜精度 1 弧分。\nRK-25 谐波减速器 ｜ 用于六轴机器人。"}
        plan = plan_import(csv_bytes([row]), self.index)
        self.assertEqual((plan.created, plan.rejected), (1, 0))
        apply_import(plan, self.index)
        ruike = ExhibitorPage.objects.get(exhibitor_key="ruike-harmonic")
        self.assertEqual(
            [(p.name, p.description) for p in ruike.products.all()],
            [("RK-17 谐波减速器", "精度 1 弧分。"), ("RK-25 谐波减速器", "用于六轴机器人。")],
        )
        self.assertEqual(sorted(e.year for e in ruike.editions.all()), [2020, 2021])

    def test_bad_rows_are_all_reported_and_nothing_is_saved(self):
        rows = [
            *ROWS,
            {"exhibitor_key": "", "name": "No Key", "area": "solutions"},
            {"exhibitor_key": "bad-area", "name": "X", "area": "atlantis"},
            {"exhibitor_key": "bad-industry", "name": "X", "area": "solutions", "industry": "wizardry"},
            {"exhibitor_key": "bad-region", "name": "X", "area": "solutions", "region": "Narnia"},
            {"exhibitor_key": "bad-url", "name": "X", "area": "solutions", "website": "javascript:alert(1)"},
            {"exhibitor_key": "bad-email", "name": "X", "area": "solutions", "contact_email": "nobody"},
            {"exhibitor_key": "bad-product", "name": "X", "area": "solutions", "products": " | no name"},
            {"exhibitor_key": "jiangning-robotics", "name": "Twice", "area": "solutions"},
            {"exhibitor_key": "long-pitch", "name": "X", "area": "solutions", "pitch": "p" * 201},
        ]
        plan = plan_import(csv_bytes(rows), self.index)
        self.assertEqual(plan.rejected, 9)
        for expected in (
            "Row 4, exhibitor_key: required",
            'Row 5, area: unknown area "atlantis"; use one of: solutions, talent-exchange, financial-docking',
            'Row 6, industry: unknown industry "wizardry"',
            'Row 7, region: unknown region "Narnia"',
            'Row 8, website: "javascript:alert(1)" is not a web address',
            'Row 9, contact_email: "nobody" is not an e-mail address',
            "Row 10, products: a product line needs a name before the |",
            'Row 11, exhibitor_key: "jiangning-robotics" is already used on row 2',
            "Row 12, pitch: longer than 200 characters",
        ):
            self.assertTrue(
                any(m.startswith(expected) for m in plan.error_messages), (expected, plan.error_messages)
            )
        with self.assertRaises(ImportFileError):
            apply_import(plan, self.index)
        self.assertFalse(ExhibitorPage.objects.exists())

    def test_reimport_updates_in_place_moves_between_areas_and_keeps_product_photos(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        same = plan_import(csv_bytes(ROWS), self.index)
        self.assertEqual((same.created, same.updated, same.unchanged), (0, 0, 2))

        robots = ExhibitorPage.objects.get(exhibitor_key="jiangning-robotics")
        photo = make_placeholder_image("JR-6 photo", size=(60, 40))
        product = robots.products.get(name="JR-6 welding robot")
        product.image = photo
        product.save()

        changed = [
            {
                **ROWS[0],
                "area": "talent-exchange",
                "pitch": "Robot cells, now hiring.",
                "products": "JR-6 welding robot | Six axes, 8 kg payload.\nPC-200 palletizing cell",
            },
            ROWS[1],
        ]
        plan = plan_import(csv_bytes(changed), self.index)
        self.assertEqual((plan.created, plan.updated, plan.unchanged), (0, 1, 1))
        self.assertEqual(plan.rows[0].changes, ["pitch", "area", "products"])
        apply_import(plan, self.index)
        robots = ExhibitorPage.objects.get(exhibitor_key="jiangning-robotics")
        self.assertEqual(ExhibitorPage.objects.count(), 2)
        self.assertEqual(robots.get_parent().pk, self.talent.pk)
        self.assertEqual(robots.url, "/expo/talent-exchange/jiangning-robotics/")
        self.assertEqual(robots.pitch, "Robot cells, now hiring.")
        products = list(robots.products.all())
        self.assertEqual(
            [(p.name, p.description) for p in products],
            [("JR-6 welding robot", "Six axes, 8 kg payload."), ("PC-200 palletizing cell", "")],
        )
        self.assertEqual(products[0].image, photo)

    def test_moving_to_an_area_where_the_slug_is_taken_frees_it(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        self.exhibitor("Jiangning Robotics Recruiting", area=self.talent, slug="jiangning-robotics",
                       exhibitor_key="jiangning-recruiting")
        moved = [{**ROWS[0], "area": "talent-exchange"}, ROWS[1]]
        apply_import(plan_import(csv_bytes(moved), self.index), self.index)
        robots = ExhibitorPage.objects.get(exhibitor_key="jiangning-robotics")
        self.assertEqual(robots.url, "/expo/talent-exchange/jiangning-robotics-2/")
        self.assertEqual(self.client.get(robots.url).status_code, 200)

    def test_logos_come_from_a_zip(self):
        images = ImageZip.open(logo_zip("jr.png"))
        apply_import(plan_import(csv_bytes(ROWS), self.index, images=images), self.index, images=images)
        robots = ExhibitorPage.objects.get(exhibitor_key="jiangning-robotics")
        self.assertIsNotNone(robots.logo)
        self.assertEqual(robots.logo.collection.name, "Expo")

    def test_export_round_trip_is_unchanged(self):
        apply_import(plan_import(csv_bytes(ROWS), self.index), self.index)
        exported = export_csv(self.index)
        self.assertTrue(exported.startswith("\ufeff" + ",".join(COLUMNS)))
        again = plan_import(exported.encode("utf-8"), self.index)
        self.assertEqual((again.created, again.updated, again.unchanged, again.rejected), (0, 0, 2, 0))
        self.assertEqual(export_csv(self.index), exported)
        records = list(csv.DictReader(io.StringIO(exported.lstrip("\ufeff"))))
        self.assertEqual(records[0]["area"], "solutions")
        self.assertEqual(records[0]["editions"], "2020;2021")
        self.assertEqual(
            records[0]["products"],
            "JR-6 welding robot | Six axes, 6 kg payload.\nRoboPlan | Offline programming.",
        )


class ExhibitorImportAdminTests(ExpoSiteMixin, TestCase):
    """The admin's upload → preview → apply, and the export, for expo organizers only."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for year in (2020, 2021):
            ConferenceEdition.objects.create(year=year, name=f"{year} WIMC", locale=get_locale())
        user_model = get_user_model()
        cls.organizer = user_model.objects.create_user("expo", "expo@example.com", "pw")
        cls.organizer.groups.add(Group.objects.get(name=EXPO_ORGANIZERS))
        cls.editor = user_model.objects.create_user("editor", "editor@example.com", "pw")
        cls.editor.groups.add(Group.objects.get(name=NEWS_EDITORS))

    def test_upload_preview_apply(self):
        self.client.force_login(self.organizer)
        self.assertEqual(self.client.get("/admin/expo/exhibitors/import/").status_code, 200)
        upload = io.BytesIO(csv_bytes(ROWS))
        upload.name = "exhibitors.csv"
        response = self.client.post("/admin/expo/exhibitors/import/", {"csv_file": upload})
        self.assertEqual(response.status_code, 302)
        preview = self.client.get(response["Location"])
        self.assertContains(preview, "2 to create, 0 to update, 0 unchanged, 0 rejected")
        self.assertContains(preview, 'id="expo-import-preview"')
        self.assertEqual(ExhibitorPage.objects.count(), 0)
        applied = self.client.post(response["Location"])
        job = ImportJob.objects.get()
        self.assertRedirects(applied, f"/admin/expo/exhibitors/import/jobs/{job.pk}/")
        done = self.client.get(applied["Location"])
        self.assertContains(done, "Exhibitors imported: 2 created, 0 updated, 0 unchanged.")
        self.assertContains(done, f"/admin/pages/{self.index.pk}/")
        self.assertEqual(ExhibitorPage.objects.count(), 2)
        export = self.client.get("/admin/expo/exhibitors/export/")
        self.assertEqual(export["Content-Disposition"], 'attachment; filename="exhibitors.csv"')
        self.assertIn("jiangning-robotics", export.content.decode())

    def test_news_editors_cannot_import(self):
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get("/admin/expo/exhibitors/import/").status_code, 302)
        self.assertEqual(self.client.get("/admin/expo/exhibitors/export/").status_code, 302)
