"""The test suite: fast password hashing, an isolated media folder, no outgoing e-mail.

The cache is base.py's: local memory, or Redis when REDIS_URL is set (as CI does on PostgreSQL).
"""

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="wimc-test-media-")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
CONTENT_SECURITY_POLICY = content_security_policy(WAGTAILADMIN_BASE_URL)  # noqa: F405

# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
