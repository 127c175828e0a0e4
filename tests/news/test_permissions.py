import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import TestCase
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Workflow
from wagtail.permissions import policy_registry

from news.factories import build_news_page
from news.permissions import NEWS_COLLECTION, NEWS_EDITORS, PUBLISHERS, WORKFLOW_NAME
from tests.news.helpers import NewsSiteMixin
from wimc_site.factories import add_page, make_placeholder_image
from wimc_site.models import AboutPage, ContentPage


def make_placeholder_png(size=(40, 20)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class NewsGroupsTests(NewsSiteMixin, TestCase):
    """ "News editors" write and submit news; "Publishers" approve and publish; neither leaves news."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.release = build_news_page(cls.index, "A release")
        cls.about = add_page(cls.home, AboutPage(title="About", slug="about"))
        cls.other = add_page(cls.home, ContentPage(title="Forums", slug="forums"))
        cls.editor = make_user("editor", NEWS_EDITORS)
        cls.publisher = make_user("publisher", PUBLISHERS)

    def test_groups_come_from_the_migration(self):
        self.assertTrue(Group.objects.filter(name=NEWS_EDITORS).exists())
        self.assertTrue(Group.objects.filter(name=PUBLISHERS).exists())
        workflow = Workflow.objects.get(name=WORKFLOW_NAME)
        task = workflow.tasks.get().specific
        self.assertEqual(list(task.groups.values_list("name", flat=True)), [PUBLISHERS])

    def test_news_goes_through_the_news_moderation_workflow(self):
        self.assertEqual(self.release.get_workflow().name, WORKFLOW_NAME)
        self.assertNotEqual(getattr(self.about.get_workflow(), "name", None), WORKFLOW_NAME)

    def test_news_editor_can_write_news_but_not_publish(self):
        perms = self.release.permissions_for_user(self.editor)
        self.assertTrue(perms.can_edit())
        self.assertFalse(perms.can_publish())
        self.assertTrue(self.index.permissions_for_user(self.editor).can_add_subpage())
        self.assertFalse(self.index.permissions_for_user(self.editor).can_publish_subpage())

    def test_publisher_can_publish_news(self):
        self.assertTrue(self.release.permissions_for_user(self.publisher).can_publish())
        self.assertTrue(self.index.permissions_for_user(self.publisher).can_publish_subpage())

    def test_neither_group_can_touch_pages_outside_news(self):
        for user in (self.editor, self.publisher):
            for page in (self.home, self.about, self.other):
                with self.subTest(user=user.username, page=page.title):
                    perms = page.specific.permissions_for_user(user)
                    self.assertFalse(perms.can_edit())
                    self.assertFalse(perms.can_publish())
                    self.assertFalse(perms.can_delete())
            self.assertFalse(self.home.permissions_for_user(user).can_add_subpage())

    def test_admin_editor_opens_news_but_not_the_about_page(self):
        self.client.force_login(self.editor)
        self.assertEqual(self.client.get(f"/admin/pages/{self.release.pk}/edit/").status_code, 200)
        self.assertNotEqual(self.client.get(f"/admin/pages/{self.about.pk}/edit/").status_code, 200)
        self.assertNotEqual(self.client.get(f"/admin/pages/{self.other.pk}/edit/").status_code, 200)

    def test_both_groups_use_any_image_and_upload_to_news(self):
        image_policy = policy_registry.get_by_type(get_image_model())
        news = Collection.objects.get(name=NEWS_COLLECTION)
        logo = make_placeholder_image("Someone else's logo", size=(40, 20))
        for user in (self.editor, self.publisher):
            with self.subTest(user=user.username):
                self.assertTrue(image_policy.user_has_permission_for_instance(user, "choose", logo))
                self.assertFalse(image_policy.user_has_permission_for_instance(user, "change", logo))
                self.assertEqual(list(image_policy.collections_user_has_permission_for(user, "add")), [news])

    def test_only_publishers_change_or_delete_news_images_and_documents(self):
        """Even the editor who uploaded it: a change to a used image shows on live releases at once."""
        news = Collection.objects.get(name=NEWS_COLLECTION)
        photo = make_placeholder_image("A news photo", size=(40, 20), collection=news)
        photo.uploaded_by_user = self.editor
        photo.save()
        document = get_document_model().objects.create(
            title="Programme", file=ContentFile(b"%PDF-1.4", name="programme.pdf"), collection=news,
            uploaded_by_user=self.editor,
        )
        for item in (photo, document):
            policy = policy_registry.get_by_type(type(item))
            for action in ("change", "delete"):
                with self.subTest(item=item.title, action=action):
                    self.assertFalse(policy.user_has_permission_for_instance(self.editor, action, item))
                    self.assertTrue(policy.user_has_permission_for_instance(self.publisher, action, item))

    def test_editor_cannot_replace_the_file_of_an_image_a_live_release_uses(self):
        news = Collection.objects.get(name=NEWS_COLLECTION)
        photo = make_placeholder_image("Opening ceremony", size=(40, 20), collection=news)
        photo.uploaded_by_user = self.editor
        photo.save()
        build_news_page(self.index, "A release with a photo", image=photo)
        original = photo.file.name
        self.client.force_login(self.editor)
        edit_url = reverse("wagtailimages:edit", args=(photo.pk,))
        self.assertRedirects(self.client.get(edit_url), reverse("wagtailadmin_home"))
        replacement = SimpleUploadedFile("other.png", make_placeholder_png(), content_type="image/png")
        response = self.client.post(edit_url, {"title": "Replaced", "file": replacement,
                                               "collection": news.pk})
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        photo.refresh_from_db()
        self.assertEqual((photo.title, photo.file.name), ("Opening ceremony", original))
        self.assertRedirects(self.client.post(reverse("wagtailimages:delete", args=(photo.pk,))),
                             reverse("wagtailadmin_home"))
        self.assertTrue(get_image_model().objects.filter(pk=photo.pk).exists())

    def test_publisher_can_change_a_news_image(self):
        news = Collection.objects.get(name=NEWS_COLLECTION)
        photo = make_placeholder_image("Exhibition hall", size=(40, 20), collection=news)
        self.client.force_login(self.publisher)
        response = self.client.post(reverse("wagtailimages:edit", args=(photo.pk,)),
                                    {"title": "Exhibition hall, day one", "collection": news.pk})
        self.assertRedirects(response, reverse("wagtailimages:index"))
        photo.refresh_from_db()
        self.assertEqual(photo.title, "Exhibition hall, day one")

    def test_editors_add_categories_and_publishers_change_them(self):
        for user in (self.editor, self.publisher):
            with self.subTest(user=user.username):
                self.assertTrue(user.has_perm("wagtailadmin.access_admin"))
                self.assertTrue(user.has_perm("news.add_newscategory"))
        self.assertFalse(self.editor.has_perm("news.change_newscategory"))
        self.assertFalse(self.editor.has_perm("news.delete_newscategory"))
        self.assertTrue(self.publisher.has_perm("news.change_newscategory"))
        self.assertTrue(self.publisher.has_perm("news.delete_newscategory"))

    def test_editor_cannot_rename_a_category_live_releases_show(self):
        category = self.categories["news-release"]
        url = reverse("wagtailsnippets_news_newscategory:edit", args=(category.pk,))
        data = {"name": "Old news", "slug": category.slug, "sort_order": category.sort_order}
        self.client.force_login(self.editor)
        self.assertRedirects(self.client.post(url, data), reverse("wagtailadmin_home"))
        category.refresh_from_db()
        self.assertEqual(category.name, "News Release")
        self.client.force_login(self.publisher)
        self.assertEqual(self.client.post(url, data).status_code, 302)
        category.refresh_from_db()
        self.assertEqual(category.name, "Old news")

    def test_no_other_snippets_or_settings(self):
        for user in (self.editor, self.publisher):
            with self.subTest(user=user.username):
                self.assertFalse(user.has_perm("wimc_site.change_organizer"))
                self.assertFalse(user.has_perm("wimc_site.change_sitesettings"))
                self.assertFalse(user.has_perm("auth.change_user"))

    def test_only_publishers_approve_submitted_news(self):
        workflow_state = self.release.get_workflow().start(self.release, self.editor)
        task = workflow_state.current_task_state.task.specific
        self.assertNotIn("approve", [action[0] for action in task.get_actions(self.release, self.editor)])
        self.assertIn("approve", [action[0] for action in task.get_actions(self.release, self.publisher)])
        self.release.refresh_from_db()
        self.release.save_revision(user=self.editor)
        workflow_state.current_task_state.approve(user=self.publisher)
        workflow_state.refresh_from_db()
        self.assertEqual(workflow_state.status, "approved")

    def test_granting_is_idempotent(self):
        from wagtail.models import GroupPagePermission

        from news.permissions import grant_news_permissions

        before = GroupPagePermission.objects.filter(page=self.index).count()
        grant_news_permissions(self.index)
        self.assertEqual(GroupPagePermission.objects.filter(page=self.index).count(), before)
        self.assertEqual(before, 5)


class NewsAdminTests(NewsSiteMixin, TestCase):
    """The editing screens for news, its categories and its related people open without errors."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.release = build_news_page(cls.index, "A release")
        cls.editor = make_user("editor", NEWS_EDITORS)

    def setUp(self):
        self.client.force_login(self.editor)

    def test_add_and_edit_screens(self):
        add = self.client.get(f"/admin/pages/add/news/newspage/{self.index.pk}/")
        self.assertEqual(add.status_code, 200)
        self.assertContains(add, 'name="related_people-TOTAL_FORMS"')
        self.assertContains(add, "speakers.guestpage")  # the people chooser offers guest pages
        self.assertContains(add, '<option value="{}">Notices</option>'.format(self.categories["notices"].pk))
        self.assertEqual(self.client.get(f"/admin/pages/{self.release.pk}/edit/").status_code, 200)

    def test_editors_can_add_categories_in_the_admin(self):
        self.assertEqual(self.client.get("/admin/snippets/news/newscategory/").status_code, 200)
        response = self.client.post(
            "/admin/snippets/news/newscategory/add/",
            {"name": "Interviews", "slug": "interviews", "sort_order": 5, "locale": self.index.locale_id},
        )
        self.assertEqual(response.status_code, 302)
        self.assertIn("interviews", [category.slug for category in self.index.get_categories()])


class DashboardShortcutTests(NewsSiteMixin, TestCase):
    """The dashboard puts each group's common tasks one click away."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.editor = make_user("editor", NEWS_EDITORS)
        cls.publisher = make_user("publisher", PUBLISHERS)
        draft = build_news_page(cls.index, "Half-written release", publish=False)
        draft.owner = cls.editor
        draft.save()
        submitted = build_news_page(cls.index, "Submitted release", publish=False)
        submitted.owner = cls.editor
        submitted.save()
        submitted.save_revision(user=cls.editor)
        Workflow.objects.get(name=WORKFLOW_NAME).start(submitted, cls.editor)

    def shortcuts(self, user):
        self.client.force_login(user)
        html = self.client.get("/admin/").content.decode()
        if "wimc-shortcuts" not in html:
            return ""
        return html.split('id="wimc-shortcuts-title"')[1].split("</section>")[0]

    def test_editor_can_start_a_release_and_find_their_drafts(self):
        panel = self.shortcuts(self.editor)
        self.assertIn(f'href="/admin/pages/add/news/newspage/{self.index.pk}/"', panel)
        self.assertIn("Write a news release", panel)
        self.assertIn("My drafts (2)", panel)
        self.assertIn("Half-written release", panel)
        self.assertNotIn("Awaiting review", panel)

    def test_publisher_sees_what_awaits_review(self):
        panel = self.shortcuts(self.publisher)
        self.assertIn("Awaiting review (1)", panel)
        self.assertIn("Submitted release", panel)
        self.assertIn("My drafts (0)", panel)

    def test_staff_without_news_rights_get_no_news_shortcuts(self):
        organizer = make_user("organizer", "Organizers")
        panel = self.shortcuts(organizer)
        self.assertNotIn("Write a news release", panel)
        self.assertIn("Import guests", panel)
