"""Local development: DEBUG on, SQLite file unless DATABASE_URL says otherwise, e-mail to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-secret-key-not-for-production")
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# runserver answers each request in a new thread, and a kept connection belongs to its thread: kept
# for a minute, they pile up until PostgreSQL refuses more (pages answer 503 after a few hundred
# quick requests). Close each at the end of its request, as Django's docs advise for development.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
