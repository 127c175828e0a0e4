"""Programme editors build the programme; news editors do not, unless given the right."""

from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission

from forums.permissions import PROGRAMME_EDITORS, grant_programme_permissions
from news.factories import build_news_index
from news.permissions import NEWS_EDITORS
from wimc_site.factories import add_page
from wimc_site.models import AboutPage

from .helpers import ForumDataMixin, at
from .test_admin import make_user


class ProgrammeEditorsTests(ForumDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.news_index = build_news_index(cls.home)
        cls.about = add_page(cls.home, AboutPage(title="About", slug="about"))
        cls.platforms = cls.forum("Platforms", at(2021, 12, 8, 14), module="key-technologies")
        cls.programme_editor = make_user("programme", PROGRAMME_EDITORS)
        cls.news_editor = make_user("news", NEWS_EDITORS)

    def add_url(self):
        return reverse("wagtailadmin_pages:add", args=("forums", "forumpage", self.index.pk))

    def test_group_comes_from_the_migration_and_gets_the_index_once(self):
        self.assertTrue(Group.objects.filter(name=PROGRAMME_EDITORS).exists())
        permissions = GroupPagePermission.objects.filter(group__name=PROGRAMME_EDITORS)
        self.assertEqual(sorted(permissions.values_list("permission__codename", flat=True)),
                         ["add_page", "change_page", "publish_page"])
        self.assertEqual(set(permissions.values_list("page_id", flat=True)), {self.index.pk})
        grant_programme_permissions(self.index)
        self.assertEqual(permissions.count(), 3)

    def test_programme_editors_add_edit_publish_and_reorder_forums(self):
        perms = self.platforms.permissions_for_user(self.programme_editor)
        self.assertTrue(perms.can_edit())
        self.assertTrue(perms.can_publish())
        self.assertTrue(self.index.permissions_for_user(self.programme_editor).can_add_subpage())
        self.assertTrue(self.index.permissions_for_user(self.programme_editor).can_reorder_children())
        self.client.force_login(self.programme_editor)
        self.assertEqual(self.client.get(self.add_url()).status_code, 200)
        edit = reverse("wagtailadmin_pages:edit", args=(self.platforms.pk,))
        self.assertEqual(self.client.get(edit).status_code, 200)
        self.assertEqual(self.client.get("/admin/snippets/forums/forummodule/").status_code, 200)

    def test_programme_editors_touch_nothing_else(self):
        for page in (self.home, self.about, self.news_index):
            with self.subTest(page=page.title):
                perms = page.specific.permissions_for_user(self.programme_editor)
                self.assertFalse(perms.can_edit())
                self.assertFalse(perms.can_publish())
        self.assertFalse(self.programme_editor.has_perm("news.add_newscategory"))
        self.assertFalse(self.programme_editor.has_perm("wimc_site.change_sitesettings"))

    def test_news_editors_cannot_add_forums(self):
        """Wagtail turns the permission error on its admin views into a redirect with a message."""
        self.client.force_login(self.news_editor)
        response = self.client.get(self.add_url())
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response["Location"], "/admin/")
        followed = self.client.get(self.add_url(), follow=True)
        self.assertIn("Sorry, you do not have permission to access this area.",
                      [str(m).strip() for m in followed.context["messages"]])
        self.assertEqual(self.client.post(self.add_url(), {"title": "x"}).status_code, 302)
        self.assertFalse(self.index.permissions_for_user(self.news_editor).can_add_subpage())
        self.assertFalse(self.platforms.permissions_for_user(self.news_editor).can_edit())

    def test_news_editors_cannot_edit_forums_or_explore_the_programme(self):
        self.client.force_login(self.news_editor)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(self.platforms.pk,)))
        self.assertEqual(edit.status_code, 302)
        self.assertEqual(edit["Location"], "/admin/")
        # The explorer sends them back to the part of the tree they may work in: the news.
        explore = self.client.get(reverse("wagtailadmin_explore", args=(self.index.pk,)))
        self.assertEqual(explore.status_code, 302)
        self.assertEqual(explore["Location"], f"/admin/pages/{self.news_index.pk}/")
        self.assertEqual(self.client.get("/admin/snippets/forums/forummodule/").status_code, 302)

    def test_a_news_editor_given_the_right_may(self):
        self.news_editor.groups.add(Group.objects.get(name=PROGRAMME_EDITORS))
        self.assertTrue(self.platforms.permissions_for_user(self.news_editor).can_edit())
