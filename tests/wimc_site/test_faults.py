"""The site under faults: the database or the cache goes away under a running server and comes back.

The server is gunicorn with the project's gunicorn.conf.py; PostgreSQL and Redis are reached
through a TcpProxy, and stopping the proxy is the outage (the shared services are never touched).
"""

import os
import time
from unittest import mock, skipUnless
from urllib.parse import urlsplit

from django.core.cache import caches
from django.db import OperationalError, connection
from django.test import Client, SimpleTestCase, TestCase, TransactionTestCase

from tests.faults import SiteServer, TcpProxy, database_url, free_port
from wimc_site.cache import FailOpenRedisCache
from wimc_site.factories import build_home_page

REDIS_URL = os.environ.get("REDIS_URL", "")


def database_address():
    return connection.settings_dict["HOST"] or "127.0.0.1", connection.settings_dict["PORT"] or 5432


class DatabaseUnavailablePageTests(TestCase):
    """What a visitor sees while the database cannot be reached (any backend)."""

    @classmethod
    def setUpTestData(cls):
        build_home_page()

    def test_database_error_in_a_view_is_a_branded_503(self):
        with mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("gone")):
            response = self.client.get("/")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")
        self.assertEqual(response["Cache-Control"], "no-store")
        self.assertContains(response, "<h1>Temporarily unavailable</h1>", status_code=503)

    def test_database_error_outside_the_views_is_a_503_too(self):
        client = Client(raise_request_exception=False)
        with mock.patch(
            "wagtail.contrib.redirects.middleware.RedirectMiddleware.__call__",
            side_effect=OperationalError("gone"),
        ):
            response = client.get("/")
        self.assertEqual(response.status_code, 503)
        self.assertEqual(response["Retry-After"], "30")

    def test_the_page_is_translated(self):
        with mock.patch("wagtail.models.Site.find_for_request", side_effect=OperationalError("gone")):
            response = self.client.get("/zh-hans/")
        self.assertContains(response, '<html lang="zh-hans">', status_code=503)
        self.assertContains(response, "暂时无法访问", status_code=503)


class FailOpenCacheTests(SimpleTestCase):
    """With Redis unreachable the cache reads as empty and stores nothing, instead of raising."""

    def test_unreachable_redis_is_an_empty_cache(self):
        cache = FailOpenRedisCache(f"redis://127.0.0.1:{free_port()}/0", {"OPTIONS": {"socket_timeout": 0.5}})
        start = time.monotonic()
        self.assertIsNone(cache.get("edition"))
        self.assertEqual(cache.get("edition", "2021 WIMC"), "2021 WIMC")
        self.assertIsNone(cache.set("edition", "2021 WIMC"))
        self.assertFalse(cache.add("edition", "2021 WIMC"))
        self.assertEqual(cache.get_many(["a", "b"]), {})
        self.assertEqual(cache.set_many({"a": 1}), ["a"])
        self.assertFalse(cache.delete("edition"))
        with self.assertRaises(ValueError):
            cache.incr("attempts")
        self.assertLess(time.monotonic() - start, 2)


@skipUnless(REDIS_URL, "needs Redis (REDIS_URL=redis://...); CI runs this with PostgreSQL")
class RedisClientTests(SimpleTestCase):
    """Cache calls share one Redis client (Django's makes one per call, each costing its setup), and
    the test suite keeps to keys of its own."""

    def test_cache_calls_make_one_client(self):
        cache = FailOpenRedisCache(REDIS_URL, {"KEY_PREFIX": f"client-test-{free_port()}"})
        with mock.patch.object(cache._cache, "_client", wraps=cache._cache._client) as make_client:
            for day in range(10):
                cache.set(f"day-{day}", day + 8)
                self.assertEqual(cache.get(f"day-{day}"), day + 8)
            cache.clear()
        self.assertEqual(make_client.call_count, 1)

    def test_the_suite_leaves_a_servers_cache_alone(self):
        """Tests empty their caches; a development server's or deployment's on the same Redis stays."""
        server_cache = FailOpenRedisCache(REDIS_URL, {"KEY_PREFIX": "wimc"})  # base.py's prefix
        server_cache.set("suite-probe", "kept")
        for alias in ("default", "pages"):
            caches[alias].clear()
        self.assertEqual(server_cache.get("suite-probe"), "kept")
        server_cache.delete("suite-probe")


@skipUnless(connection.vendor == "postgresql", "needs PostgreSQL (DATABASE_URL=postgres://...): a second "
            "process must share the test database; CI runs this on PostgreSQL")
class DatabaseOutageTests(TransactionTestCase):
    """PostgreSQL stops under a running server: visitors get 503 with Retry-After, then the site recovers."""

    def test_database_restart(self):
        build_home_page()
        proxy = TcpProxy(*database_address()).start()
        try:
            with SiteServer(DATABASE_URL=database_url("127.0.0.1", proxy.port)) as server:
                self.assertEqual(server.get("/")[0], 200)

                proxy.stop()
                # A page the cache holds is still served; anything else needs the database.
                self.assertEqual(server.get("/")[0], 200)
                status, headers, body = server.get("/guests/")
                self.assertEqual(status, 503)
                self.assertEqual(headers["Retry-After"], "30")
                self.assertIn("Temporarily unavailable", body)

                proxy.start()
                self.assertLess(server.wait_for(200, within=5), 5)
        finally:
            proxy.stop()


@skipUnless(REDIS_URL, "needs Redis (REDIS_URL=redis://...); CI runs this with PostgreSQL and Redis")
class CacheOutageTests(TransactionTestCase):
    """Redis stops under a running server: pages are still served, quickly, and caching resumes."""

    def test_cache_outage(self):
        if database_url() is None:
            self.skipTest("the test database is SQLite in memory, which the server process cannot open")
        build_home_page()
        redis = urlsplit(REDIS_URL)
        proxy = TcpProxy(redis.hostname or "127.0.0.1", redis.port or 6379).start()
        cache_url = redis._replace(netloc=f"127.0.0.1:{proxy.port}").geturl()
        try:
            with SiteServer(DATABASE_URL=database_url(), REDIS_URL=cache_url) as server:
                self.assertEqual(server.get("/")[0], 200)

                proxy.stop()
                for path in ("/", "/search/?query=manufacturing", "/robots.txt"):
                    start = time.monotonic()
                    self.assertEqual(server.get(path)[0], 200, path)
                    self.assertLess(time.monotonic() - start, 3, path)

                proxy.start()
                self.assertEqual(server.get("/")[0], 200)
        finally:
            proxy.stop()

