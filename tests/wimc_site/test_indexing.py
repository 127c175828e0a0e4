"""Search and reference index updates deferred to the end of a batch of saves (wimc_site.indexing)."""

import re
import threading

from django.test import TestCase
from wagtail.models import ReferenceIndex
from wagtail.search.models import IndexEntry

from speakers.models import GuestPage
from tests.speakers.helpers import GuestDataMixin
from wimc_site import indexing
from wimc_site.factories import make_placeholder_image
from wimc_site.indexing import deferred_indexing


def entries(page):
    """The page's indexed title, as words (SQLite stores the text, PostgreSQL the words' stems)."""
    titles = IndexEntry.objects.filter(object_id=str(page.pk)).values_list("title", flat=True)
    return [words(re.sub(r":[0-9]+[a-d]?", "", title.lower()))[0] for title in titles]


def words(title):
    return [sorted(re.findall(r"[a-z0-9]+", title.lower().replace("renamed", "renam")))]


class DeferredIndexingTests(GuestDataMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.photo = make_placeholder_image("Li Ming")
        cls.li = cls.guest("Li Ming")

    def rename(self, title, photo=None):
        page = GuestPage.objects.get(pk=self.li.pk)
        page.title = title
        page.photo = photo
        page.save()
        return page

    def test_saves_are_indexed_once_at_the_end(self):
        with deferred_indexing([GuestPage]):
            self.rename("Li Ming Jr", photo=self.photo)
            self.rename("Li Ming III", photo=self.photo)
            self.assertEqual(entries(self.li), words("Li Ming"))
            self.assertFalse(ReferenceIndex.get_references_to(self.photo).exists())
        self.assertEqual(entries(self.li), words("Li Ming III"))
        self.assertTrue(ReferenceIndex.get_references_to(self.photo).filter(object_id=str(self.li.pk)).exists())

    def test_outside_a_batch_saves_index_at_once(self):
        with deferred_indexing([GuestPage]):
            pass
        self.rename("Li Ming Jr", photo=self.photo)
        self.assertEqual(entries(self.li), words("Li Ming Jr"))
        self.assertTrue(ReferenceIndex.get_references_to(self.photo).exists())

    def test_nothing_is_indexed_after_an_error(self):
        with self.assertRaises(ValueError), deferred_indexing([GuestPage]):
            self.rename("Li Ming Jr")
            raise ValueError
        self.assertEqual(entries(self.li), words("Li Ming"))
        self.assertIsNone(getattr(indexing._batch, "saved", None))

    def test_nested_batches_join_the_outer_one(self):
        with deferred_indexing([GuestPage]):
            with deferred_indexing([GuestPage]):
                self.rename("Li Ming Jr")
            self.assertEqual(entries(self.li), words("Li Ming"))
        self.assertEqual(entries(self.li), words("Li Ming Jr"))

    def test_other_threads_are_not_deferred(self):
        seen = []
        with deferred_indexing([GuestPage]):
            thread = threading.Thread(target=lambda: seen.append(getattr(indexing._batch, "saved", None)))
            thread.start()
            thread.join()
            self.assertEqual(indexing._batch.saved, {})
        self.assertEqual(seen, [None])

    def test_many_objects_are_indexed_in_chunks(self):
        others = [self.guest(f"Guest {i}") for i in range(3)]
        indexing.CHUNK, chunk = 2, indexing.CHUNK
        try:
            with deferred_indexing([GuestPage]):
                for page in [self.li, *others]:
                    page = GuestPage.objects.get(pk=page.pk)
                    page.title += " (renamed)"
                    page.save()
        finally:
            indexing.CHUNK = chunk
        self.assertEqual([entries(page) for page in others],
                         [words(f"Guest {i} (renamed)") for i in range(3)])
