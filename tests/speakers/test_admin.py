import re

from django.contrib.auth.models import Group, Permission, User
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from speakers.models import GuestPage
from speakers.permissions import ORGANIZERS_GROUP
from wimc_site.factories import add_page
from wimc_site.models import AboutPage

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
        self.assertEqual(applied.status_code, 302)
        self.assertEqual(GuestPage.objects.count(), 2)
        self.assertEqual(self.client.post(response["Location"]).status_code, 404)  # the upload is gone

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
