"""Pages read from the database are made without modelcluster's constructor (`BasePage.from_db`)."""

import datetime
from unittest import mock

from django.db import models
from django.test import TestCase

from news.factories import build_news_page
from news.models import NewsPage
from tests.news.helpers import NewsSiteMixin


def made_by_the_constructor(cls, db, field_names, values):
    return models.Model.from_db.__func__(cls, db, field_names, values)


def contents(page):
    page.id  # noqa: B018 - with `id` deferred, the constructor read it from the parent link; so does this
    fields = {name: value for name, value in vars(page).items() if name != "_state"}
    return fields, page._state.adding, page._state.db, page.get_deferred_fields()


class PageRowTests(NewsSiteMixin, TestCase):
    def test_the_same_page_as_the_constructor_makes(self):
        """Whole rows and rows with deferred columns, as listings read them; a constructor that
        one day sets something up for rows read from the database would show here."""
        release = build_news_page(self.index, "Opening", date=datetime.date(2021, 12, 8), image=True)
        for queryset in (
            NewsPage.objects.filter(pk=release.pk),
            NewsPage.objects.filter(pk=release.pk).only("title", "locale_id", "url_path"),
            NewsPage.objects.filter(pk=release.pk).select_related("teaser_image"),
        ):
            with self.subTest(query=str(queryset.query)[:60]):
                ours = queryset.get()
                with mock.patch.object(NewsPage, "from_db", classmethod(made_by_the_constructor)):
                    theirs = queryset.all().get()
                self.assertEqual(contents(ours), contents(theirs))
                self.assertEqual(ours.title, "Opening")

    def test_a_new_page_is_still_set_up_by_the_constructor(self):
        page = NewsPage(title="Draft")
        self.assertEqual(page.content_type.model_class(), NewsPage)
        self.assertEqual(page.show_in_menus, NewsPage.show_in_menus_default)
