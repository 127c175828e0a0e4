"""A Redis cache that fails open: when Redis is unreachable the site serves pages uncached.

Django's RedisCache raises on connection errors, so a Redis restart turned every page into a 500.
Here each operation logs a warning and answers as an empty cache would (a miss, nothing stored),
and after a failure Redis is left alone for `RETRY_AFTER` seconds, so a dead cache costs one
short timeout per worker thread, not one per cache call. Sessions are in the database, so nobody
is logged out when the cache goes.

Each server's Redis client is also made once and reused: Django's client makes a new `redis.Redis`
for every cache call, and each one builds its table of ~170 reply handlers (a tenth of a
millisecond per call, a dozen calls per page).
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0


class ReusedClientRedisCacheClient(RedisCacheClient):
    """One `redis.Redis` per server, made on first use. A client holds no connection of its own
    (its pool does, and the pool starts afresh in a forked worker), so threads and forks share it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class FailOpenRedisCache(RedisCache):
    _down_until = 0.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClientRedisCacheClient

    def _try(self, operation, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            method = self._clear_prefix if operation == "clear" else getattr(super(), operation)
            return method(*args, **kwargs)
        except RedisError as error:
            self._down_until = time.monotonic() + RETRY_AFTER
            logger.warning("Cache unavailable, serving uncached for %ss: %s", RETRY_AFTER, error)
            return fallback

    def get(self, key, default=None, version=None):
        return self._try("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._try("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._try("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._try("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._try("delete_many", None, keys, version)

    def clear(self):
        """Delete this cache's own keys only. Django's clear() flushes the whole Redis database,
        which would also empty every other cache sharing it (pages and chrome share one)."""
        return self._try("clear", None)

    def _clear_prefix(self):
        client = self._cache.get_client(write=True)
        pattern = self.make_key("*").replace(f":{self.version}:", ":*:", 1)
        batch = []
        for key in client.scan_iter(match=pattern, count=1000):
            batch.append(key)
            if len(batch) == 1000:
                client.unlink(*batch)
                batch = []
        if batch:
            client.unlink(*batch)

    def incr(self, key, delta=1, version=None):
        missing = object()
        value = self._try("incr", missing, key, delta, version)
        if value is missing:
            # What a missing key gives: callers such as rate limits then start a new count with add().
            raise ValueError(f"Key '{key}' not found (cache unavailable).")
        return value
