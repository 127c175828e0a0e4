"""A Redis cache that fails open: when Redis is unreachable the site serves pages uncached.

Django's RedisCache raises on connection errors, so a Redis restart turned every page into a 500.
Here each operation logs a warning and answers as an empty cache would (a miss, nothing stored),
and after a failure Redis is left alone for `RETRY_AFTER` seconds, so a dead cache costs one
short timeout per worker thread, not one per cache call. Sessions are in the database, so nobody
is logged out when the cache goes.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER = 5.0


class FailOpenRedisCache(RedisCache):
    _down_until = 0.0

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
