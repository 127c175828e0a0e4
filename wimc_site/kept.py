"""Answers that change only when an editor saves something (a page, a snippet, an image, a view
restriction, a site or a locale): the chrome (`wimc_site.chrome`), the locales, sites and their home
pages (routing), the paths under a view restriction, the category tables (`wimc_site.taxonomy`), the
news indexes' years and counts, the editions of the guest directory and the days of the programme,
each edition's forums with their guests (the programme without filters, the home page's section),
the home page's key visual, figures and sections (latest releases, featured guests, expo areas and
their counts), each page's language versions. Kept rows must carry every image rendition they show,
made before they are kept (`wimc_site.images.with_all_renditions`): a prefetch taken before a
rendition existed would be kept without it.

Each answer is kept in the "default" cache under its own key, in each process that has read it, and
once per request on top of that. The keys carry a generation that every change replaces (see
`wimc_site.invalidation`), so one write forgets them all; the old entries expire by themselves.
What an answer depends on goes into its name; what depends on the time of day (an edition's
status, a forum being live) is worked out from it per request.
"""

import functools
import hashlib
import uuid
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from wagtail.models import Locale, Site

from wimc_site import invalidation
from wimc_site.request_memo import remembered

CACHE_ALIAS = "default"
GENERATION_KEY = "wimc-kept:generation"
SECONDS = 24 * 60 * 60  # forgotten on every change anyway; the limit only bounds a missed signal
MISSING = object()
UNCACHED = "uncached"  # the generation while the cache does not answer
MISSING_IMAGES = "kept-missing-images"  # see do_not_keep


def kept(name, compute):
    """`compute()`, kept until the next change; `name` (a tuple of what the answer depends on)
    tells the answers apart."""

    def cached():
        cache = caches[CACHE_ALIAS]
        current = generation()
        digest = hashlib.sha256(repr(name).encode()).hexdigest()
        key = f"wimc-kept:{code_stamp()}:{current}:{digest}"
        in_process = _ANSWERS.entries_for(current)
        value = in_process.get(key, MISSING)
        if value is MISSING:
            value = cache.get(key, MISSING)
            if value is MISSING:
                value = compute()
                if remembered(MISSING_IMAGES, list):
                    return value  # see do_not_keep
                cache.set(key, value, SECONDS)
            in_process[key] = value
        return value

    return remembered(("kept", name), cached)


def do_not_keep():
    """Nothing this request computes from now on is kept: it is showing a stand-in for an image whose
    original file is missing or unreadable (`wimc_site.images.renditions`), and whatever shows it
    must go as soon as a good file is back, not at the next change. Until then such answers are
    computed on every request."""
    remembered(MISSING_IMAGES, list).append(True)


# Answers this process has read, for the current generation only. Reading one from the cache again
# cost a round trip and unpickling it (rows, pages, images and their renditions: about a hundred
# model instances on the home page, every request). The generation is read from the shared cache
# each request, so an answer held here is exactly as fresh as the cache's. Kept answers are read
# only, never changed by whoever shows them (nothing is stored on them while rendering), so
# requests may share them. Without a working cache there is no generation to trust: nothing held.
class _ProcessStore:
    """At most `size` entries for one generation, all dropped when it changes (or when full)."""

    def __init__(self, size):
        self.size, self.generation, self.entries = size, None, {}

    def entries_for(self, current):
        if current == UNCACHED:
            return {}
        if self.generation != current or len(self.entries) >= self.size:
            self.generation, self.entries = current, {}
        return self.entries


_ANSWERS = _ProcessStore(1_000)  # a bound for names that grow with content; today's are a few dozen
_FRAGMENTS = _ProcessStore(10_000)  # a picture's markup is under a kilobyte


def held_in_process(name, compute):
    """`compute()`, held in this process (not the shared cache) until the next change: for small
    results that cost more to make again than to find, such as a picture's markup."""
    entries = _FRAGMENTS.entries_for(generation())
    value = entries.get(name, MISSING)
    if value is MISSING:
        value = entries[name] = compute()
    return value


@functools.cache
def code_stamp():
    """What computed the kept answers. Kept answers are rows shaped by the code (fields,
    annotations) and HTML made from templates and translations (the footer), so a deploy never
    reads what an older version kept, while servers running the same code share answers. Read when
    the app loads (wimc_site/wsgi.py), so it is the loaded code's stamp, once in gunicorn's master,
    not once per worker."""
    folders = [config.path for config in apps.get_app_configs()]
    folders += [folder for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    return stamp_of(settings.BASE_DIR, [*folders, *settings.LOCALE_PATHS])


# Python, templates and compiled translations: what shapes a kept row or renders kept HTML.
STAMPED_SUFFIXES = (".py", ".html", ".txt", ".xml", ".mo")


def stamp_of(base, folders):
    """A digest of Django's and Wagtail's versions and of the code, template and translation files
    in `folders` that are the project's own (top-level folders in `base`)."""
    digest = hashlib.sha256(f"{django.__version__}:{wagtail.__version__}".encode())
    base = Path(base).resolve()
    for folder in map(Path, folders):
        folder = folder.resolve()
        if folder.parent != base:
            continue  # a library (its version is in the digest, or its files are not ours)
        for path in sorted(folder.rglob("*")):
            if path.suffix in STAMPED_SUFFIXES and path.is_file():
                digest.update(path.relative_to(base).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def generation():
    """The current generation, read once per request; started where the cache has none."""

    def read():
        cache = caches[CACHE_ALIAS]
        current = cache.get(GENERATION_KEY)
        if current is None:
            cache.add(GENERATION_KEY, uuid.uuid4().hex, None)  # a concurrent request may have won
            current = cache.get(GENERATION_KEY) or UNCACHED
        return current

    return remembered("kept-generation", read)


@invalidation.on_change
def forget_kept(**signal_arguments):
    caches[CACHE_ALIAS].set(GENERATION_KEY, uuid.uuid4().hex, None)


# Routing depends on these, and no page or snippet signal covers them (a view restriction's change
# already reaches forget_kept through invalidation).
for model in (Locale, Site):
    post_save.connect(forget_kept, sender=model, dispatch_uid=f"wimc_forget_kept_{model.__name__}")
    post_delete.connect(forget_kept, sender=model, dispatch_uid=f"wimc_forget_kept_{model.__name__}")
