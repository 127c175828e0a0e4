"""The test suite: fast password hashing, an isolated media folder, no outgoing e-mail.

The cache is base.py's: local memory, or Redis when REDIS_URL is set (as CI does on PostgreSQL),
under keys of the test run's own.
"""

import os
import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="wimc-test-media-")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
CONTENT_SECURITY_POLICY = content_security_policy(WAGTAILADMIN_BASE_URL)  # noqa: F405

if REDIS_URL:  # noqa: F405
    # Each test empties the caches (tests/conftest.py): under base.py's prefixes that would also empty
    # a development server's or the reference deployment's sharing this Redis, and feed them answers
    # kept from the test database. Servers a test starts inherit the run's prefix through the environment.
    # Parallel workers (pytest-xdist) inherit the controller's prefix: each adds its own name, or one
    # worker's clearing would empty the others' caches mid-test.
    TEST_CACHE_PREFIX = os.environ.setdefault("WIMC_TEST_CACHE_PREFIX", f"wimc-test-{os.getpid()}")
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker and not TEST_CACHE_PREFIX.endswith(f"-{worker}"):
        TEST_CACHE_PREFIX = os.environ["WIMC_TEST_CACHE_PREFIX"] = f"{TEST_CACHE_PREFIX}-{worker}"
    CACHES["default"]["KEY_PREFIX"] = TEST_CACHE_PREFIX  # noqa: F405
    CACHES["pages"]["KEY_PREFIX"] = f"{TEST_CACHE_PREFIX}-pages"  # noqa: F405

# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
