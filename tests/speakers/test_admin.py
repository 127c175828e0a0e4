import csv
import io
import re
import zipfile
from unittest import mock

from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from speakers.importing import COLUMNS, apply_import, plan_import
from speakers.models import GuestCategory, GuestPage
from speakers.permissions import ORGANIZERS_GROUP
from tests.wimc_site.test_importing import png_bytes, zip_bytes
from wimc_site.factories import add_page
from wimc_site.import_tasks import discard, run_import, write_progress
from wimc_site.models import AboutPage, ImportJob

from .helpers import GuestDataMixin
from .test_import import ROWS, csv_bytes


def make_organizer(username="organizer"):
    user = User.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=ORGANIZERS_GROUP))
    return user


class OrganizersGroupTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.about = add_page(cls.home, AboutPage(title="About", slug="about"))
        cls.guest_page = cls.guest("Existing Guest")
        cls.organizer = make_organizer()

    def setUp(self):
        self.client.force_login(self.organizer)

    def test_group_gets_page_permissions_on_the_guest_index_once(self):
        permissions = GroupPagePermission.objects.filter(group__name=ORGANIZERS_GROUP)
        self.assertEqual(
            sorted(permissions.values_list("permission__codename", flat=True)),
            ["add_page", "change_page", "publish_page"],
        )
        self.assertEqual(set(permissions.values_list("page_id", flat=True)), {self.index.pk})
        self.index.save_revision().publish()
        self.assertEqual(permissions.count(), 3)

    def test_organizer_can_add_and_publish_a_guest(self):
        url = reverse("wagtailadmin_pages:add", args=("speakers", "guestpage", self.index.pk))
        data = nested_form_data({
            "title": "Admin Guest",
            "slug": "admin-guest",
            "category": self.guest_page.category_id,
            "key_guest": "on",
            "links": inline_formset([]),
            "action-publish": "publish",
        })
        data["editions"] = [self.edition_2021.pk]
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302, re.findall(r"error-message.{0,200}",
                                                                response.content.decode(), re.S))
        guest = GuestPage.objects.get(guest_key="admin-guest")  # taken from the slug when left empty
        self.assertTrue(guest.live)
        self.assertContains(self.client.get("/guests/"), "Admin Guest")

    def test_add_form_offers_editions_in_the_guests_language_only(self):
        from wimc_site.factories import get_locale

        self.edition_2021.copy_for_translation(get_locale("zh-hans")).save()
        url = reverse("wagtailadmin_pages:add", args=("speakers", "guestpage", self.index.pk))
        editions = self.client.get(url).context["form"].fields["editions"].queryset
        self.assertEqual(sorted(e.locale.language_code for e in editions), ["en", "en"])

    def test_organizer_can_unpublish_and_edit_a_guest(self):
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(self.guest_page.pk,)))
        self.assertEqual(edit.status_code, 200)
        self.client.post(reverse("wagtailadmin_pages:unpublish", args=(self.guest_page.pk,)))
        self.guest_page.refresh_from_db()
        self.assertFalse(self.guest_page.live)

    def test_organizer_can_reorder_guests(self):
        tester = self.index.permissions_for_user(self.organizer)
        self.assertTrue(tester.can_reorder_children())

    def test_organizer_cannot_edit_other_pages(self):
        for page in (self.about, self.home):
            with self.subTest(page=page.title):
                response = self.client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
                self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)
                self.assertFalse(page.permissions_for_user(self.organizer).can_edit())
        self.assertFalse(self.home.permissions_for_user(self.organizer).can_add_subpage())

    def test_organizer_cannot_touch_news(self):
        from news.factories import build_news_index, build_news_page

        news_index = build_news_index(self.home)
        release = build_news_page(news_index, "A release")
        self.assertFalse(release.permissions_for_user(self.organizer).can_edit())
        self.assertFalse(news_index.permissions_for_user(self.organizer).can_add_subpage())

    def test_organizer_cannot_manage_users_or_settings(self):
        for name in ("wagtailusers_users:index", "wagtailsites:index"):
            response = self.client.get(reverse(name))
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


class GuestImportAdminTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = make_organizer()

    def setUp(self):
        self.client.force_login(self.organizer)

    def upload(self, data, name="guests.csv"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        return self.client.post(reverse("speakers_import"), {"csv_file": SimpleUploadedFile(name, data)})

    def test_upload_preview_apply(self):
        response = self.upload(csv_bytes(ROWS))
        self.assertEqual(response.status_code, 302)
        preview = self.client.get(response["Location"])
        self.assertContains(preview, "2 to create, 0 to update, 0 unchanged, 0 rejected")
        self.assertContains(preview, "李明")
        self.assertFalse(GuestPage.objects.exists())
        applied = self.client.post(response["Location"])
        job = ImportJob.objects.get()
        self.assertRedirects(applied, reverse("speakers_import_job", args=(job.pk,)))
        self.assertEqual(GuestPage.objects.count(), 2)
        # Applying again shows the same import rather than importing twice.
        self.assertRedirects(self.client.post(response["Location"]), applied["Location"])
        self.assertEqual(ImportJob.objects.count(), 1)
        self.assertEqual(self.client.get(response["Location"]).status_code, 404)  # the upload is gone

    def test_bad_rows_are_shown_and_cannot_be_applied(self):
        rows = [*ROWS, {"guest_key": "x", "name": "X", "category": "wizards"}]
        location = self.upload(csv_bytes(rows))["Location"]
        preview = self.client.get(location)
        self.assertContains(preview, "Row 4, category: unknown category")
        self.assertNotContains(preview, "Apply the import")
        self.client.post(location)
        self.assertFalse(GuestPage.objects.exists())

    def test_unreadable_file_is_explained(self):
        location = self.upload("李明".encode("gbk"))["Location"]
        response = self.client.get(location)
        self.assertContains(response, "The file is not UTF-8 text", status_code=400)

    def test_form_requires_a_file(self):
        response = self.client.post(reverse("speakers_import"), {})
        self.assertContains(response, "This field is required")

    def test_another_users_upload_is_not_reachable(self):
        location = self.upload(csv_bytes(ROWS))["Location"]
        self.client.force_login(make_organizer("other"))
        self.assertEqual(self.client.get(location).status_code, 404)
        self.assertEqual(self.client.get("/admin/guests/import/not-a-real-token-at-all-x/").status_code, 404)

    def test_guests_menu_opens_the_guest_list(self):
        response = self.client.get(reverse("speakers_guests"))
        self.assertRedirects(response, reverse("wagtailadmin_explore", args=(self.index.pk,)))
        self.assertContains(self.client.get(reverse("wagtailadmin_home")), reverse("speakers_import"))

    def test_export_downloads_csv(self):
        self.guest("Exported Guest", chinese_name="导出")
        response = self.client.get(reverse("speakers_export"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertIn("导出", response.content.decode("utf-8"))

    def test_editors_without_the_permission_are_turned_away(self):
        user = User.objects.create_user("editor", password="pw")
        user.groups.add(Group.objects.create(name="Translators"))
        user.groups.get().permissions.add(Permission.objects.get(codename="access_admin"))
        self.client.force_login(user)
        for url in (reverse("speakers_import"), reverse("speakers_export")):
            response = self.client.get(url)
            self.assertRedirects(response, reverse("wagtailadmin_home"), fetch_redirect_response=False)


class GuestImportScreenTests(GuestDataMixin, TestCase):
    """Issue 13: the upload screen says which columns are required and how to write values."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = make_organizer()

    def setUp(self):
        self.client.force_login(self.organizer)

    def test_columns_table(self):
        response = self.client.get(reverse("speakers_import"))
        table = re.search(r'<table class="listing" id="speakers-import-columns".*?</table>',
                          response.content.decode(), re.S).group()
        rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
        self.assertEqual(len(rows), 15)
        text = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row)).strip() for row in rows]
        self.assertEqual(text[0], "guest_key Guest key Required A permanent identifier: letters, digits, "
                                  "hyphens, underscores. A row whose key is already on the site updates that "
                                  "guest. zhou-lan-cae")
        self.assertEqual(text[2], "chinese_name Chinese name Optional 周岚")
        self.assertIn("category Category Required The category&#x27;s slug", text[7])
        self.assertIn("editions Editions Optional Years, separated by semicolons. 2020;2021", text[8])
        self.assertIn('&quot;yes&quot; or &quot;no&quot;; empty means yes.', text[9])
        self.assertIn('One per line, written &quot;label | address&quot;. University profile | '
                      "https://www.seu.edu.cn/", text[13])
        self.assertContains(response, "at most 10 MB and 40 megapixels")
        self.assertContains(response, reverse("speakers_import_sample"))

    def test_sample_file_imports_cleanly(self):
        response = self.client.get(reverse("speakers_import_sample"))
        self.assertEqual(response["Content-Type"], "text/csv; charset=utf-8")
        self.assertEqual(response["Content-Disposition"], 'attachment; filename="guests-sample.csv"')
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        self.assertEqual(rows[0], COLUMNS)
        self.assertEqual(rows[1][:3], ["zhou-lan-cae", "Zhou Lan", "周岚"])
        self.assertEqual(rows[1][8], "2020;2021")  # the site's editions
        plan = plan_import(response.content, self.index)
        self.assertEqual((plan.created, plan.rejected, plan.warned), (1, 0, 0))
        apply_import(plan, self.index)
        self.assertTrue(GuestPage.objects.get(guest_key="zhou-lan-cae").live)

    def test_sample_needs_the_permission(self):
        self.client.force_login(User.objects.create_user("visitor", password="pw", is_staff=False))
        response = self.client.get(reverse("speakers_import_sample"))
        self.assertEqual(response.status_code, 302)


class GuestImportPreviewTests(GuestDataMixin, TestCase):
    """Issue 13: the preview shows each changed field by its label, old → new, and warns about HTML."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = make_organizer()
        apply_import(plan_import(csv_bytes(ROWS), cls.index), cls.index)

    def setUp(self):
        self.client.force_login(self.organizer)

    def preview(self, rows):
        location = self.client.post(reverse("speakers_import"), {
            "csv_file": SimpleUploadedFile("guests.csv", csv_bytes(rows))})["Location"]
        return location, self.client.get(location)

    def test_changes_old_to_new(self):
        changed = {**ROWS[0], "position": "President", "category": "experts-scholars", "editions": "2021",
                   "featured": "no", "links": "Profile | https://example.com/li\nBlog | https://b.example/"}
        _location, response = self.preview([changed, ROWS[1]])
        self.assertContains(response, "0 to create, 1 to update, 1 unchanged, 0 rejected")
        changes = re.search(r'<ul class="import-changes">(.*?)</ul>', response.content.decode(),
                            re.S).group(1)
        items = [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", item)).strip()
                 for item in re.findall(r"<li>(.*?)</li>", changes, re.S)]
        self.assertEqual(items, [
            "Position: Professor → becomes President",
            "Category: Academician (academicians) → becomes Expert or scholar (experts-scholars)",
            "Editions: 2020;2021 → becomes 2021",
            "Featured: yes → becomes no",
            "Links: Profile | https://example.com/li-ming → becomes Profile | https://example.com/li; "
            "Blog | https://b.example/",
        ])
        self.assertNotContains(response, "category_id")

    def test_html_in_a_name_is_warned_about(self):
        _location, response = self.preview([{**ROWS[0], "name": "Li <b>Ming</b>"}, ROWS[1]])
        self.assertContains(response, "1 row contains text that looks like HTML.")
        self.assertContains(response, "Check name: contains an HTML tag, &quot;&lt;b&gt;&quot;; pages show "
                                      "it as typed, not as formatting")
        self.assertContains(response, "Apply the import")  # a warning, not an error

    def test_success_message_says_what_was_done(self):
        location, _response = self.preview([{**ROWS[0], "position": "President"}, ROWS[1],
                                            {"guest_key": "new", "name": "New Guest",
                                             "category": "government-officials"}])
        job_page = self.client.get(self.client.post(location)["Location"])
        self.assertContains(job_page, "Imported: 1 created, 1 updated, 1 unchanged.")
        self.assertContains(job_page, reverse("wagtailadmin_explore", args=(self.index.pk,)))
        self.assertNotIn("Refresh", job_page)


BACKGROUND = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},  # queued, as for a worker
}


class GuestImportJobTests(GuestDataMixin, TestCase):
    """Issue 12: Apply queues the import and shows its progress instead of importing in the request."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = make_organizer()

    def setUp(self):
        self.client.force_login(self.organizer)

    def queue(self, rows=ROWS):
        location = self.client.post(reverse("speakers_import"), {
            "csv_file": SimpleUploadedFile("guests.csv", csv_bytes(rows))})["Location"]
        with self.settings(TASKS=BACKGROUND):
            response = self.client.post(location)
        return ImportJob.objects.get(), response

    def test_apply_is_queued_and_the_progress_page_refreshes(self):
        job, response = self.queue()
        self.assertRedirects(response, reverse("speakers_import_job", args=(job.pk,)))
        self.assertEqual((job.status, job.user), (ImportJob.QUEUED, self.organizer))
        self.assertFalse(GuestPage.objects.exists())
        page = self.client.get(response["Location"])
        self.assertContains(page, "The import is waiting to start.")
        self.assertEqual(page["Refresh"], "2")
        run_import.call(job.pk)
        job.refresh_from_db()
        self.assertEqual((job.status, job.total, job.done), (ImportJob.DONE, 2, 2))
        self.assertEqual(GuestPage.objects.count(), 2)
        page = self.client.get(response["Location"])
        self.assertContains(page, "Imported: 2 created, 0 updated, 0 unchanged.")
        self.assertContains(page, "See the guest list")
        self.assertFalse(page.has_header("Refresh"))
        run_import.call(job.pk)  # a job runs once
        self.assertEqual(GuestPage.objects.count(), 2)

    def test_progress_of_a_running_import(self):
        job, response = self.queue()
        ImportJob.objects.filter(pk=job.pk).update(status=ImportJob.RUNNING, total=40)
        page = self.client.get(response["Location"])
        self.assertContains(page, "Saved 0 of 40 rows.")
        write_progress(job.token, 30)
        write_progress(job.token, 10)
        page = self.client.get(response["Location"])
        self.assertContains(page, "Saved 10 of 40 rows.")
        self.assertContains(page, 'max="40" value="10"')
        self.assertEqual(page["Refresh"], "2")

    def test_failure_is_shown_and_nothing_is_saved(self):
        job, response = self.queue()
        with mock.patch("speakers.importing.GuestImport.save", side_effect=RuntimeError("disk full")), \
                self.assertLogs("wimc_site.import_tasks", "ERROR"):
            run_import.call(job.pk)
        page = self.client.get(response["Location"])
        self.assertContains(page, "The import failed on the server; nothing was imported.")
        self.assertFalse(page.has_header("Refresh"))
        self.assertFalse(GuestPage.objects.exists())
        # The upload is kept, so Apply may be tried again.
        location = page.wsgi_request.session["speakers_imports"][-1]
        self.client.post(reverse("speakers_import_preview", args=(location,)))
        job.refresh_from_db()
        self.assertEqual(job.status, ImportJob.DONE)
        self.assertEqual(GuestPage.objects.count(), 2)

    def test_upload_gone_before_the_job_ran(self):
        job, response = self.queue()
        discard(job.token)
        run_import.call(job.pk)
        self.assertContains(self.client.get(response["Location"]),
                            "The uploaded file is no longer there; upload it again.")

    def test_rows_checked_again_when_the_job_runs(self):
        job, response = self.queue()
        GuestCategory.objects.filter(slug="entrepreneurs").update(slug="business-leaders")
        run_import.call(job.pk)
        self.assertContains(self.client.get(response["Location"]),
                            "Correct the rejected rows first: nothing was imported.")
        self.assertFalse(GuestPage.objects.exists())

    def test_only_its_user_sees_a_job(self):
        job, response = self.queue()
        self.client.force_login(make_organizer("other"))
        self.assertEqual(self.client.get(response["Location"]).status_code, 404)
        self.assertEqual(self.client.get(reverse("speakers_import_job", args=(job.pk + 1,))).status_code, 404)


class GuestPhotoZipTests(GuestDataMixin, TestCase):
    """Issue 12: photos in a zip pass the checks of an image upload, and a hostile zip is refused."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = make_organizer()

    def setUp(self):
        self.client.force_login(self.organizer)

    def preview(self, zip_data, rows=ROWS):
        location = self.client.post(reverse("speakers_import"), {
            "csv_file": SimpleUploadedFile("guests.csv", csv_bytes(rows)),
            "images": SimpleUploadedFile("photos.zip", zip_data)})["Location"]
        return self.client.get(location)

    def test_image_with_too_many_pixels_rejects_its_row(self):
        data = zip_bytes({"li-ming.jpg": b"", "photos/li-ming.png": png_bytes(13000, 13000)})
        rows = [{**ROWS[0], "photo": "li-ming.png"}]
        response = self.preview(data, rows)
        self.assertContains(response, "Row 2, photo: &quot;li-ming.png&quot; is 13,000 × 13,000 pixels; "
                                      "images may have at most 40 megapixels")
        self.assertNotContains(response, "Apply the import")

    def test_zip_bomb_is_refused_with_a_clear_message(self):
        data = zip_bytes({"li-ming.jpg": bytes(20 * 1024 * 1024)}, compression=zipfile.ZIP_DEFLATED)
        response = self.preview(data, [{**ROWS[0], "guest_key": f"g{i}", "photo": "li-ming.jpg"}
                                       for i in range(1000)])
        self.assertContains(response, "&quot;li-ming.jpg&quot; in the zip is compressed more than 100 to 1, "
                                      "as images never are; remove it from the zip.", status_code=400)
