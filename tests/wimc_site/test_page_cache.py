"""The full-page cache: anonymous visitors get stored pages, editors and forms never do, and every
publish, unpublish and site-wide change shows at once."""

import datetime
import socket
import threading

import time_machine
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from forums.factories import at, build_forum, build_forum_index
from news.factories import build_news_index, build_news_page
from tests.wimc_site import clockless_cache, purge_recorder
from wimc_site.factories import build_home_page
from wimc_site.models import ConferenceEdition, MainMenu, MenuItem, SiteSettings

PAGE_CACHE_HEADER = "X-Page-Cache"


class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = build_home_page()
        cls.index = build_news_index(cls.home)
        cls.release = build_news_page(cls.index, "Launch of the 2021 WIMC", date=datetime.date(2021, 11, 2))

    def test_a_second_anonymous_visit_is_served_from_the_cache_without_queries(self):
        first = self.client.get("/news/")
        with CaptureQueriesContext(connection) as queries:
            second = self.client.get("/news/")
        self.assertEqual(first[PAGE_CACHE_HEADER], "miss")
        self.assertEqual(second[PAGE_CACHE_HEADER], "hit")
        self.assertEqual(len(queries), 0)
        self.assertEqual(second.content, first.content)

    def test_public_pages_may_be_held_by_a_proxy_and_revalidated_by_browsers(self):
        response = self.client.get(self.release.url)
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        self.assertEqual(cache_control, {"public", "max-age=0", "s-maxage=300"})
        self.assertTrue(response["ETag"])
        self.assertTrue(response["Last-Modified"])

    def test_a_browser_holding_the_page_gets_304(self):
        etag = self.client.get("/news/")["ETag"]
        again = self.client.get("/news/", headers={"if-none-match": etag})
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")

    def test_editors_are_never_served_or_stored(self):
        self.client.get("/news/")  # an anonymous visitor fills the cache
        editor = self.make_editor()
        self.client.force_login(editor)
        response = self.client.get("/news/")
        self.assertEqual(response[PAGE_CACHE_HEADER], "skip")
        self.assertIn("private", response["Cache-Control"])
        self.assertNotIn("public", response["Cache-Control"])
        self.assertContains(response, "wagtail-userbar")  # the editor's own page, not the visitor's

    def test_a_preview_shows_the_draft_and_never_leaks_it_to_visitors(self):
        # A visitor's copy of the published release is cached, on the host previews are made for.
        self.client.get(self.release.url, HTTP_HOST="localhost")
        self.release.title = "Draft: launch postponed"
        self.release.save_revision()
        preview = self.release.get_latest_revision_as_object().make_preview_request()
        self.assertContains(preview, "Draft: launch postponed")
        self.assertIn("private", preview["Cache-Control"])
        visitor = self.client.get(self.release.url, HTTP_HOST="localhost")
        self.assertEqual(visitor[PAGE_CACHE_HEADER], "hit")
        self.assertContains(visitor, "Launch of the 2021 WIMC")
        self.assertNotContains(visitor, "Draft: launch postponed")

    def test_the_admin_is_private(self):
        self.client.force_login(self.make_editor())
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("public", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    def test_a_page_with_a_form_token_is_private_and_not_stored(self):
        PageViewRestriction.objects.create(page=self.release, restriction_type="password", password="s3cret")
        first = self.client.get(self.release.url)
        second = self.client.get(self.release.url)
        self.assertContains(first, 'name="csrfmiddlewaretoken"')
        self.assertIn("private", first["Cache-Control"])
        self.assertEqual(second[PAGE_CACHE_HEADER], "skip")

    def test_a_page_put_behind_a_password_is_no_longer_served_from_the_cache(self):
        self.assertContains(self.client.get(self.release.url), "Launch of the 2021 WIMC")
        PageViewRestriction.objects.create(page=self.release, restriction_type="password", password="s3cret")
        response = self.client.get(self.release.url)
        self.assertContains(response, 'name="password"')
        self.assertNotContains(response, "Launch of the 2021 WIMC</h1>")

    def test_posts_are_not_cached(self):
        response = self.client.post("/search/", {"query": "wimc"})
        self.assertNotEqual(response.get(PAGE_CACHE_HEADER), "hit")
        self.assertNotIn("public", response.get("Cache-Control", ""))

    def test_a_published_release_appears_on_the_news_page_at_once(self):
        self.assertNotContains(self.client.get("/news/"), "Sub-forum on key technologies")
        self.assertEqual(self.client.get("/news/")[PAGE_CACHE_HEADER], "hit")
        build_news_page(self.index, "Sub-forum on key technologies", date=datetime.date(2021, 12, 9))
        response = self.client.get("/news/")
        self.assertEqual(response[PAGE_CACHE_HEADER], "miss")
        self.assertContains(response, "Sub-forum on key technologies")
        self.assertContains(self.client.get("/"), "Sub-forum on key technologies")

    def test_an_unpublished_release_leaves_at_once(self):
        self.assertContains(self.client.get(self.release.url), "Launch of the 2021 WIMC")
        self.assertContains(self.client.get("/news/"), "Launch of the 2021 WIMC")
        self.release.unpublish()
        self.assertEqual(self.client.get(self.release.url).status_code, 404)
        self.assertNotContains(self.client.get("/news/"), "Launch of the 2021 WIMC")

    def test_a_deleted_release_leaves_at_once(self):
        self.assertContains(self.client.get("/news/"), "Launch of the 2021 WIMC")
        self.release.delete()
        self.assertNotContains(self.client.get("/news/"), "Launch of the 2021 WIMC")

    def test_a_site_settings_change_shows_on_every_page_at_once(self):
        self.client.get("/news/")
        self.client.get(self.release.url)
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_email = "press@wimc.example"
        settings.save()
        self.assertContains(self.client.get("/news/"), "press@wimc.example")
        self.assertContains(self.client.get(self.release.url), "press@wimc.example")

    def test_a_menu_change_shows_at_once(self):
        menu = MainMenu.objects.create(name="Main")
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.main_menu = menu
        settings.save()
        self.assertNotContains(self.client.get("/news/"), "Press centre")
        MenuItem.objects.create(menu=menu, link_page=self.index, link_text="Press centre", sort_order=0)
        self.assertContains(self.client.get("/news/"), "Press centre")

    def test_pages_are_served_when_the_cache_does_not_answer(self):
        for location in (unreachable_redis(), hung_redis()):
            with self.subTest(location=location), override_settings(CACHES=redis_caches(location)):
                for _ in range(2):
                    response = self.client.get("/news/")
                    self.assertEqual(response.status_code, 200)
                    self.assertContains(response, "Launch of the 2021 WIMC")

    @staticmethod
    def make_editor():
        from django.contrib.auth import get_user_model

        return get_user_model().objects.create_superuser("editor", "editor@wimc.example", "pw")


@override_settings(WAGTAILFRONTENDCACHE=purge_recorder.SETTINGS)
class ProxyPurgeTests(TestCase):
    """What a caching proxy or CDN is told to forget when a release is published."""

    @classmethod
    def setUpTestData(cls):
        cls.home = build_home_page()
        cls.index = build_news_index(cls.home)

    def setUp(self):
        purge_recorder.PURGED.clear()

    def test_publishing_purges_the_release_its_listings_feeds_and_the_home_page(self):
        with self.captureOnCommitCallbacks(execute=True):
            release = build_news_page(self.index, "Closing ceremony", date=datetime.date(2021, 12, 10))
        purged = set(purge_recorder.PURGED)
        base = "http://localhost"
        for path in (
            release.url, "/", "/news/", "/news/feed/rss/", "/news/feed/atom/", "/news/year/2021/",
            f"/news/category/{release.category.slug}/", "/sitemap.xml",
        ):
            with self.subTest(path=path):
                self.assertIn(base + path, purged)

    def test_nothing_is_purged_before_the_change_is_committed(self):
        with self.captureOnCommitCallbacks(execute=False) as pending:
            build_news_page(self.index, "Closing ceremony", date=datetime.date(2021, 12, 10))
        self.assertEqual(purge_recorder.PURGED, [])
        for callback in pending:
            callback()
        self.assertIn("http://localhost/news/", purge_recorder.PURGED)

    def test_a_transaction_publishing_many_releases_purges_each_address_once(self):
        with self.captureOnCommitCallbacks(execute=True):
            for number in range(3):
                build_news_page(self.index, f"Release {number}", date=datetime.date(2021, 12, 10))
        self.assertEqual(purge_recorder.PURGED.count("http://localhost/news/"), 1)
        self.assertIn("http://localhost/news/release-2/", purge_recorder.PURGED)

    def test_a_site_wide_change_purges_the_home_and_section_pages(self):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.contact_phone = "+86 25 0000 0000"
        with self.captureOnCommitCallbacks(execute=True):
            settings.save()
        purged = set(purge_recorder.PURGED)
        self.assertIn("http://localhost/", purged)
        self.assertIn("http://localhost/news/", purged)


class ClockTests(TestCase):
    """A cached programme never says "Upcoming" once the forum has started."""

    @classmethod
    def setUpTestData(cls):
        home = build_home_page()
        edition = ConferenceEdition.objects.create(
            year=2021, name="2021 WIMC",
            start_date=datetime.date(2021, 12, 8), end_date=datetime.date(2021, 12, 10),
        )
        cls.forum = build_forum(
            build_forum_index(home), "Launch Ceremony", edition, at(2021, 12, 8, 9), at(2021, 12, 8, 10)
        )

    @override_settings(PAGE_CACHE_SECONDS=3600, CACHES=clockless_cache.SETTINGS)
    def test_a_cached_page_expires_when_the_forum_starts(self):
        with time_machine.travel(at(2021, 12, 8, 8, 50), tick=False):
            before = self.client.get(self.forum.url)
        self.assertIn("s-maxage=600", before["Cache-Control"])
        self.assertContains(before, ">Upcoming</span>")
        with time_machine.travel(at(2021, 12, 8, 9, 1), tick=False):
            during = self.client.get(self.forum.url)
        self.assertEqual(during[PAGE_CACHE_HEADER], "miss")
        self.assertContains(during, ">Live now</span>")
        self.assertIn("s-maxage=3540", during["Cache-Control"])


def redis_caches(location):
    def cache(prefix):
        return {
            "BACKEND": "wimc_site.cache.FailOpenRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }

    return {"default": cache("t"), "pages": cache("t-pages")}


def unreachable_redis():
    """A port nothing listens on: connections are refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


def hung_redis():
    """A server that accepts connections and never answers, like a Redis stuck on a slow disk."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    return f"redis://127.0.0.1:{server.getsockname()[1]}/0"
