"""The translation workflow in the admin: editors per language, outdated translations, translating."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from news.models import NewsCategory, NewsPage
from news.permissions import NEWS_EDITORS
from tests.i18n.helpers import BilingualSiteMixin
from wimc_site.models import OutdatedTranslation
from wimc_site.translations import outdated_mark


def make_user(username, *groups, superuser=False):
    user = get_user_model().objects.create_user(username, f"{username}@wimc.example", "pw",
                                                is_superuser=superuser, is_staff=superuser)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def edit_page(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def edit_category(category):
    return reverse(NewsCategory.snippet_viewset.get_url_name("edit"), args=[category.pk])


class LanguageEditorsTests(BilingualSiteMixin, TestCase):
    """"Chinese editors" work on the Chinese tree and Chinese snippets only; section groups on the
    English tree only."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese_editor = make_user("lihua", "Chinese editors")
        cls.news_editor = make_user("anna", NEWS_EDITORS)
        cls.en_category = NewsCategory.objects.get(slug="news-release", locale=cls.en)

    def test_the_group_is_given_the_chinese_home_when_it_is_created(self):
        permissions = GroupPagePermission.objects.filter(group__name="Chinese editors")
        self.assertEqual({p.page_id for p in permissions}, {self.zh_home.pk})
        self.assertEqual(
            {p.permission.codename for p in permissions}, {"add_page", "change_page", "publish_page"}
        )

    def test_chinese_editor_edits_chinese_pages_only(self):
        self.client.force_login(self.chinese_editor)
        for page in (self.zh_home, self.zh_release, self.zh_guest):
            with self.subTest(page=page.title):
                self.assertEqual(self.client.get(edit_page(page)).status_code, 200)
        for page in (self.home, self.release, self.guest):
            with self.subTest(page=page.title):
                self.assertRedirects(self.client.get(edit_page(page)), "/admin/")
        response = self.client.post(edit_page(self.release), {"title": "Hacked"})
        self.assertRedirects(response, "/admin/")
        self.assertEqual(NewsPage.objects.get(pk=self.release.pk).title, "Conference opens")

    def test_chinese_editor_changes_chinese_snippets_only(self):
        self.client.force_login(self.chinese_editor)
        self.assertEqual(self.client.get(edit_category(self.zh_category)).status_code, 200)
        self.assertRedirects(self.client.get(edit_category(self.en_category)), "/admin/")
        add = reverse(NewsCategory.snippet_viewset.get_url_name("add"))
        self.assertEqual(self.client.get(add, {"locale": "zh-hans"}).status_code, 200)
        self.assertRedirects(self.client.get(add, {"locale": "en"}), "/admin/")

    def test_section_editors_keep_to_the_english_tree(self):
        self.client.force_login(self.news_editor)
        self.assertEqual(self.client.get(edit_page(self.release)).status_code, 200)
        self.assertRedirects(self.client.get(edit_page(self.zh_release)), "/admin/")
        self.assertRedirects(self.client.get(edit_category(self.zh_category)), "/admin/")

    def test_chinese_editor_translates_an_english_page_into_chinese(self):
        self.client.force_login(self.chinese_editor)
        page_type = ContentType.objects.get_for_model(Page).pk
        url = reverse("wimc_translate", args=[page_type, self.english_only.pk, self.zh.pk])
        response = self.client.post(url)
        copy = NewsPage.objects.get(translation_key=self.english_only.translation_key, locale=self.zh)
        self.assertRedirects(response, edit_page(copy))
        self.assertFalse(copy.live)
        self.assertEqual(copy.get_parent().pk, self.zh_news.pk)

    def test_chinese_editor_cannot_translate_into_english(self):
        self.client.force_login(self.chinese_editor)
        page_type = ContentType.objects.get_for_model(Page).pk
        chinese_only = self.zh_news.add_child(instance=NewsPage(
            title="只有中文", slug="zh-only", locale=self.zh, body=[], category=self.zh_category))
        response = self.client.post(reverse("wimc_translate", args=[page_type, chinese_only.pk, self.en.pk]))
        self.assertRedirects(response, "/admin/")
        self.assertFalse(NewsPage.objects.filter(slug="zh-only", locale=self.en).exists())

    def test_chinese_editor_translates_a_snippet(self):
        self.client.force_login(self.chinese_editor)
        notices = NewsCategory.objects.get(slug="notices", locale=self.en)
        category_type = ContentType.objects.get_for_model(NewsCategory).pk
        response = self.client.post(reverse("wimc_translate", args=[category_type, notices.pk, self.zh.pk]))
        copy = NewsCategory.objects.get(translation_key=notices.translation_key, locale=self.zh)
        self.assertRedirects(response, edit_category(copy))

    def test_the_report_offers_what_is_not_translated_yet(self):
        self.client.force_login(self.chinese_editor)
        response = self.client.get(reverse("wimc_translations"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "English only")
        self.assertContains(response, "Margaret Ellison")
        self.assertNotContains(response, "Conference opens</td>")

    def test_the_report_is_for_translators_only(self):
        self.client.force_login(self.news_editor)
        self.assertRedirects(self.client.get(reverse("wimc_translations")), "/admin/")


class OutdatedTranslationTests(BilingualSiteMixin, TestCase):
    """Publishing the English page marks its translations out of date until they are published."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.admin = make_user("admin", superuser=True)
        cls.chinese_editor = make_user("lihua", "Chinese editors")

    def republish_english(self):
        release = NewsPage.objects.get(pk=self.release.pk)
        release.title = "Conference opens in Nanjing"
        release.save_revision(user=self.admin).publish()

    def test_translations_start_up_to_date(self):
        self.assertIsNone(outdated_mark(self.zh_release))
        self.assertFalse(OutdatedTranslation.objects.exists())

    def test_publishing_the_english_page_marks_the_chinese_one(self):
        self.republish_english()
        mark = outdated_mark(self.zh_release)
        self.assertEqual(mark.locale, self.zh)
        self.assertEqual(mark.source_changed_by, self.admin)
        self.assertIsNone(outdated_mark(self.release))

    def test_publishing_the_translation_clears_the_mark(self):
        self.republish_english()
        NewsPage.objects.get(pk=self.zh_release.pk).save_revision().publish()
        self.assertIsNone(outdated_mark(self.zh_release))

    def test_editors_see_it_in_the_editor_listing_report_and_dashboard(self):
        self.republish_english()
        self.client.force_login(self.chinese_editor)
        self.assertContains(self.client.get(edit_page(self.zh_release)), "Out of date: the English version")
        explorer = self.client.get(reverse("wagtailadmin_explore", args=[self.zh_news.pk]))
        self.assertContains(explorer, "Translation out of date")
        report = self.client.get(reverse("wimc_translations"))
        self.assertContains(report, "大会开幕")
        self.assertContains(report, "Conference opens in Nanjing")
        self.assertContains(self.client.get("/admin/"), "Translations out of date (1)")

    def test_saving_an_english_snippet_marks_its_translation(self):
        english = NewsCategory.objects.get(slug="news-release", locale=self.en)
        english.name = "Press releases"
        english.save()
        self.assertIsNotNone(outdated_mark(self.zh_category))
        self.client.force_login(self.chinese_editor)
        response = self.client.get(edit_category(self.zh_category))
        self.assertContains(response, "Out of date: the English version")
        chinese = NewsCategory.objects.get(pk=self.zh_category.pk)
        chinese.save()
        self.assertIsNone(outdated_mark(self.zh_category))

    def test_a_translation_can_be_marked_up_to_date(self):
        self.republish_english()
        self.client.force_login(self.chinese_editor)
        page_type = ContentType.objects.get_for_model(Page).pk
        url = reverse("wimc_translation_up_to_date", args=[page_type, self.zh_release.pk])
        self.assertRedirects(self.client.post(url), reverse("wimc_translations"))
        self.assertIsNone(outdated_mark(self.zh_release))

    def test_only_the_languages_editors_may_mark_it(self):
        self.republish_english()
        self.client.force_login(make_user("anna", NEWS_EDITORS))
        page_type = ContentType.objects.get_for_model(Page).pk
        url = reverse("wimc_translation_up_to_date", args=[page_type, self.zh_release.pk])
        self.assertRedirects(self.client.post(url), "/admin/")
        self.assertIsNotNone(outdated_mark(self.zh_release))
