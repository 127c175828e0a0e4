"""Production: everything comes from the environment and `manage.py check --deploy` is clean."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment.")
# Sessions, password-reset links and signed values are only as strong as this key.
MIN_SECRET_KEY_LENGTH = 50
if len(SECRET_KEY) < MIN_SECRET_KEY_LENGTH:
    raise ImproperlyConfigured(
        f"SECRET_KEY is {len(SECRET_KEY)} characters long; use at least {MIN_SECRET_KEY_LENGTH} random "
        "characters, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) in the environment.")
CSRF_TRUSTED_ORIGINS = [f"https://{h.lstrip('.')}" for h in ALLOWED_HOSTS]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploads (images, renditions, documents) in S3-compatible object storage when a bucket is named,
# so app servers on several machines share them; otherwise MEDIA_ROOT, shared by the proxy.
# Credentials come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (read by boto3 itself).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,  # MinIO, R2, OSS...
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Media URLs on the CDN or bucket domain, e.g. media.wimc.example.org.
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            # Public files under stable URLs that caches can keep: no signed, expiring links.
            "querystring_auth": False,
            # Never replace a file another upload already stored under the same name.
            "file_overwrite": False,
        },
    }

# TLS is terminated by the proxy in front of gunicorn, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's preview views opt back in to SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"

WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}")
CONTENT_SECURITY_POLICY = content_security_policy(WAGTAILADMIN_BASE_URL)  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# One proxy (nginx or similar) terminates TLS in front of gunicorn; see TRUSTED_PROXIES in base.py.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "1"))

# Spreadsheet imports run in the background, queued in the database: run the worker beside
# gunicorn, `python manage.py db_worker --backend imports --queue-name '*'` (see the README).
# IMPORTS_INLINE=true applies them in the request instead (small sites without a worker; an import
# that takes longer than gunicorn's 30 s timeout then fails).
if os.environ.get("IMPORTS_INLINE", "").lower() != "true":
    TASKS["imports"] = {"BACKEND": "django_tasks_db.DatabaseBackend"}  # noqa: F405

# Marks the settings the demo loader must refuse to touch.
WIMC_PRODUCTION = True
