import datetime

import time_machine
from django.core.management import call_command
from django.test import TestCase
from django.utils import timezone

from news.factories import build_news_page
from news.models import NewsPage
from tests.news.helpers import NewsSiteMixin, card_titles


class ScheduledPublishingTests(NewsSiteMixin, TestCase):
    """A release approved with a go-live time stays off /news/ until that time, then appears."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.add_releases(2)
        cls.go_live = timezone.now() + datetime.timedelta(hours=2)
        page = build_news_page(cls.index, "Embargoed release", date=datetime.date(2030, 1, 1), publish=False)
        page.go_live_at = cls.go_live
        page.save_revision().publish()

    def run_publish_scheduled(self, at):
        with time_machine.travel(at, tick=False):
            call_command("publish_scheduled", verbosity=0)

    def test_not_live_before_its_time(self):
        page = NewsPage.objects.get(slug="embargoed-release")
        self.assertFalse(page.live)
        self.assertNotIn("Embargoed release", card_titles(self.client.get("/news/")))
        self.assertEqual(self.client.get("/news/embargoed-release/").status_code, 404)
        self.run_publish_scheduled(self.go_live - datetime.timedelta(minutes=1))
        self.assertNotIn("Embargoed release", card_titles(self.client.get("/news/")))

    def test_live_once_its_time_has_come(self):
        self.run_publish_scheduled(self.go_live + datetime.timedelta(minutes=1))
        self.assertEqual(card_titles(self.client.get("/news/"))[0], "Embargoed release")
        self.assertEqual(self.client.get("/news/embargoed-release/").status_code, 200)
        self.assertIn("Embargoed release", self.client.get("/news/feed/rss/").content.decode())


class DraftAndPreviewTests(NewsSiteMixin, TestCase):
    """Editors can keep drafts with revisions and preview them; visitors only see what is published."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.page = build_news_page(cls.index, "Published title")

    def test_draft_changes_stay_private_until_published(self):
        page = NewsPage.objects.get(pk=self.page.pk)
        page.title = "Draft title"
        page.save_revision()
        self.assertContains(self.client.get(page.url), "Published title")
        self.assertNotContains(self.client.get(page.url), "Draft title")
        self.assertEqual(page.revisions.count(), 2)
        self.assertEqual(page.get_latest_revision_as_object().title, "Draft title")

    def test_preview_renders_the_draft(self):
        draft = NewsPage.objects.get(pk=self.page.pk).get_latest_revision_as_object()
        draft.title = "Previewed title"
        response = draft.make_preview_request()
        self.assertEqual(response.status_code, 200)
        self.assertIn("Previewed title", response.rendered_content)

    def test_preview_of_a_release_not_saved_yet(self):
        """The add screen's preview: an unsaved release, placed as Wagtail places it, after the
        releases of its day."""
        page = NewsPage(
            title="Unsaved release", date=self.page.date, category=self.page.category,
            locale=self.index.locale,
        )
        page.depth = self.index.depth + 1
        page.path = self.index.get_last_child()._inc_path()
        response = page.make_preview_request()
        self.assertEqual(response.status_code, 200)
        self.assertIn(f'rel="prev" href="{self.page.url}"', response.rendered_content)

    def test_preview_of_the_news_index(self):
        response = self.index.make_preview_request()
        self.assertEqual(response.status_code, 200)
        self.assertIn("Published title", response.rendered_content)
