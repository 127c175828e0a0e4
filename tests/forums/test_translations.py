"""The Chinese programme under /zh-hans/forums/: its own copies of the forums, Chinese labels."""

from django.test import TestCase

from forums.models import ForumModule
from wimc_site.factories import get_locale

from .helpers import ForumDataMixin, ForumKind, at, forum_titles, translate


class ChineseProgrammeTests(ForumDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.chinese = get_locale("zh-hans")
        launch = cls.forum("Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10),
                           kind=ForumKind.LAUNCH_CEREMONY)
        cls.forum("English only", at(2021, 12, 8, 14), module="key-technologies")
        cls.zh_home = translate(cls.home, cls.chinese, title="世界智能制造大会")
        cls.zh_index = translate(cls.index, cls.chinese, title="论坛")
        cls.zh_launch = translate(launch, cls.chinese, title="开幕式")

    def test_chinese_programme_lists_the_chinese_forums_with_chinese_labels(self):
        response = self.client.get("/zh-hans/forums/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(forum_titles(response), ["开幕式"])
        self.assertContains(response, '<html lang="zh-hans">')
        self.assertContains(response, "北京时间")
        self.assertContains(response, "12月8日 星期三")
        self.assertContains(response, "开幕式</a></h3>")

    def test_chinese_forum_page(self):
        response = self.client.get(self.zh_launch.url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "<h1>开幕式</h1>")
        self.assertContains(response, "2021年12月8日 星期三 09:00")
        self.assertContains(response, "北京时间（UTC+8）")
        self.assertContains(response, 'hreflang="en"')

    def test_modules_fall_back_to_english_until_translated(self):
        response = self.client.get("/zh-hans/forums/")
        self.assertContains(response, "Key technologies")
        english = ForumModule.objects.get(slug="key-technologies", locale=get_locale())
        chinese = english.copy_for_translation(self.chinese)
        chinese.name = "关键技术"
        chinese.save()
        response = self.client.get("/zh-hans/forums/", {"module": "key-technologies"})
        self.assertContains(response, "关键技术")
        self.assertEqual(forum_titles(response), [])  # the English-only forum has no Chinese copy

    def test_chinese_calendar_and_schedule(self):
        self.assertEqual(self.client.get("/zh-hans/forums/programme.ics").status_code, 200)
        response = self.client.get("/zh-hans/forums/schedule.xml")
        self.assertContains(response, "<title>开幕式</title>")
        self.assertContains(response, "<language>zh-hans</language>")
