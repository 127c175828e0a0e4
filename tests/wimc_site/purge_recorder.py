"""A frontend-cache backend that records what would be purged, for tests (no proxy needed)."""

from wagtail.contrib.frontend_cache.backends.base import BaseBackend

PURGED = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED.append(url)


SETTINGS = {"recorder": {"BACKEND": "tests.wimc_site.purge_recorder.RecordingBackend"}}
