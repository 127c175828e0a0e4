"""Settings shared by every environment; anything deployment-specific comes from the environment."""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]

INSTALLED_APPS = [
    "wimc_site",
    "news",
    "speakers",
    "expo",
    "forums",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "csp",
    "axes",
    "django_tasks_db",  # the queue of background imports (production.py), run by `manage.py db_worker`
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # ETags and 304s for every response, cached ones included.
    "django.middleware.http.ConditionalGetMiddleware",
    "wimc_site.middleware.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Locales and the like looked up once per request (before anything asks for them).
    "wimc_site.request_memo.RequestMemoMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After sessions, language and CSRF (it reads what they decided), before what renders pages.
    "wimc_site.page_cache.PageCacheMiddleware",
    # The site from the cache (see wimc_site.routing), for pages the page cache did not answer.
    "wimc_site.routing.CachedSiteMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wimc_site.middleware.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wimc_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "wimc_site.wsgi.application"

# SQLite by default so `make run` needs nothing installed; DATABASE_URL switches to PostgreSQL.
# Connections are kept for a minute and checked before reuse (CONN_HEALTH_CHECKS): after a database
# restart a worker reconnects instead of failing on its dead connection.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Sessions live in the database, never only in the cache: a Redis restart logs nobody out.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    def redis_cache(prefix):
        return {
            # Fails open: with Redis down, pages are served uncached rather than as errors.
            "BACKEND": "wimc_site.cache.FailOpenRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            # A cache that does not answer within half a second is treated as down.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }

    CACHES = {"default": redis_cache("wimc"), "pages": redis_cache("wimc-pages")}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    }

# The full-page cache (wimc_site/page_cache.py): how long the app cache and a proxy or CDN keep an
# anonymous visitor's page at most. Publishing clears it sooner; 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
CACHE_MIDDLEWARE_ALIAS = "pages"
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
# A caching proxy or CDN in front of the site, purged on publish (wimc_site/invalidation.py), e.g.
# http://127.0.0.1:8080 for the reference deployment's nginx (deploy/).
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "")
if FRONTEND_CACHE_URL:
    WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_URL,
        }
    }

# Sign-in lockout (django-axes): after 5 failed attempts for one username from one address, that
# username is locked out from that address for 15 minutes (each further try restarts the wait; a
# successful sign-in clears the count). Locking the pair, not the username alone, means nobody can
# lock an editor out from elsewhere. Lift a lock under Settings > Sign-in lockouts in the admin, or
# with `manage.py axes_reset_username <username>` (`axes_reset` lifts every lock).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "wimc_site.auth.client_ip"
AXES_LOCKOUT_CALLABLE = "wimc_site.auth.lockout_response"
AXES_ENABLE_ADMIN = False  # django.contrib.admin is not installed; see wimc_site/wagtail_hooks.py
# The proxy in front of gunicorn runs on this machine; only its X-Forwarded-For is believed.
WIMC_TRUSTED_PROXIES = ["127.0.0.1", "::1"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The conference happens in Nanjing: dates and times are shown in China Standard Time.
LANGUAGE_CODE = "en"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
WAGTAIL_I18N_ENABLED = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail 8 runs background work (search indexing, reference index) through django-tasks, inline.
# Spreadsheet imports have their own backend: inline here (tests, `make run`: the Apply button
# imports in its request), the database queue with a worker in production (production.py).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "imports": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# How many reverse proxies in front of the site append to X-Forwarded-For; 0 trusts REMOTE_ADDR.
# The expo's per-address rate limit needs the visitor's address, not the proxy's.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
# Where the expo's negotiation requests go when an exhibitor or listing has no contact address.
EXPO_ORGANIZERS_EMAIL = os.environ.get("EXPO_ORGANIZERS_EMAIL", "")

WAGTAIL_SITE_NAME = "World Intelligent Manufacturing Conference"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Upload limits a 2-core server with little memory survives (see wimc_site/uploads.py): an image of
# 40 megapixels takes about 160 MB to decode; the forms say the limits next to the file field.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_IMAGE_FORM_BASE = "wimc_site.uploads.ImageForm"
WIMC_DOCUMENT_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "wimc_site.uploads.DocumentForm"
# Embeds are sized by the stylesheet (.video iframe): Wagtail's responsive wrapper needs an inline
# style attribute, which the Content-Security-Policy below does not allow.
WAGTAILEMBEDS_RESPONSIVE_HTML = False

# Content-Security-Policy of the public site: scripts, styles, images and fonts from this site only,
# no inline script or style (the pages have none; JSON-LD is data, not script), no plugins, and
# frames only from the video sites editors embed. The Wagtail admin (and its previews, which are
# under /admin/) sets no policy of its own and relies on inline scripts, so it is left out.
VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://player.bilibili.com",
    "https://player.youku.com",
    "https://v.qq.com",
]


def _origin(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def content_security_policy(admin_base_url):
    """The policy; the admin's address is allowed too, as the editors' user bar loads from there."""
    own = [SELF, *filter(None, [_origin(admin_base_url)])]
    return {
        "EXCLUDE_URL_PREFIXES": ["/admin/"],
        "DIRECTIVES": {
            "default-src": [SELF],
            "script-src": own,
            "style-src": own,
            "img-src": [*own, "data:"],
            "font-src": own,
            "connect-src": own,
            "frame-src": VIDEO_FRAME_SOURCES,
            "object-src": [NONE],
            "base-uri": [SELF],
            "form-action": [SELF],
            "frame-ancestors": [SELF],
        },
    }


CONTENT_SECURITY_POLICY = content_security_policy(WAGTAILADMIN_BASE_URL)

# Browser features no page of the site uses, refused for the site and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "camera", "microphone", "geolocation", "payment", "usb", "serial", "hid", "midi",
        "display-capture", "magnetometer", "browsing-topics",
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
