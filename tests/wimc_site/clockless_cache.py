"""A cache that keeps entries whatever their timeout, as Redis does when the test's clock travels
(Redis counts time by its own clock, not the frozen one)."""

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache


class ClocklessCache(LocMemCache):
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        super().set(key, value, None, version)


SETTINGS = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "clockless-default"},
    "pages": {"BACKEND": "tests.wimc_site.clockless_cache.ClocklessCache", "LOCATION": "clockless-pages"},
}
