import datetime

from django.test import TestCase

from news.factories import build_news_page
from news.models import NewsCategory, NewsPage, NewsPageForm
from tests.news.helpers import NewsSiteMixin, breadcrumb_links, card_titles
from wimc_site.factories import get_locale


def translate(page, locale, title):
    copy = page.copy_for_translation(locale)
    copy.title = title
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


class ChineseNewsTests(NewsSiteMixin, TestCase):
    """The Chinese site has its own copy of the news; categories work before they are translated."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese = get_locale("zh-hans")
        release = build_news_page(cls.index, "Conference opens", date=datetime.date(2020, 11, 26))
        build_news_page(cls.index, "English only", date=datetime.date(2020, 11, 27))
        cls.zh_home = translate(cls.home, cls.chinese, "世界智能制造大会")
        cls.zh_index = translate(cls.index, cls.chinese, "新闻")
        cls.zh_release = translate(release, cls.chinese, "大会开幕")

    def test_chinese_listing_shows_chinese_releases(self):
        response = self.client.get("/zh-hans/news/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(card_titles(response), ["大会开幕"])

    def test_untranslated_categories_fall_back_to_the_default_language(self):
        response = self.client.get("/zh-hans/news/category/news-release/")
        self.assertEqual(card_titles(response), ["大会开幕"])
        crumbs = breadcrumb_links(self.client.get(self.zh_release.url))
        self.assertEqual(crumbs[-1], ("News Release", "/zh-hans/news/category/news-release/"))

    def test_translated_category_lists_releases_of_the_original(self):
        english = NewsCategory.objects.get(slug="news-release", locale=get_locale())
        chinese = english.copy_for_translation(self.chinese)
        chinese.name = "新闻发布"
        chinese.save()
        self.assertEqual(list(self.zh_index.get_categories()), [chinese])
        self.assertEqual(card_titles(self.client.get("/zh-hans/news/category/news-release/")), ["大会开幕"])

    def test_home_section_in_the_visitors_language(self):
        response = self.client.get("/zh-hans/")
        self.assertEqual(card_titles(response), ["大会开幕"])

    def test_editor_picks_from_the_releases_language(self):
        english = NewsCategory.objects.get(slug="notices", locale=get_locale())
        chinese = english.copy_for_translation(self.chinese)
        chinese.name = "通知"
        chinese.save()
        form_class = NewsPage.get_edit_handler().get_form_class()
        self.assertTrue(issubclass(form_class, NewsPageForm))
        zh_page = NewsPage(locale=self.chinese, title="x")
        form = form_class(instance=zh_page, for_user=None, parent_page=self.zh_index)
        self.assertEqual(list(form.fields["category"].queryset), [chinese])
