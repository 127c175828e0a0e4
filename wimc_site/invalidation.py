"""What to forget when content changes, so visitors see an edit at once.

Two kinds of change:

- A page is published, unpublished, moved or deleted. Listings, the home page and feeds above it
  show it, so besides the page itself its ancestors (in every language, because the Chinese site
  falls back to English content) and their sub-addresses (categories, years, feeds) go stale.
- Something every page shows changes: site settings, the main menu, editions and organizers,
  categories (any snippet), or an image. Then every page is stale.

Both clear the app's page cache and everything `wimc_site.kept` keeps, the chrome among it
(cheap: they refill on the next visit), and purge the proxy or CDN through
`wagtail.contrib.frontend_cache`. A proxy purges exact addresses only, so a site-wide change purges
the home and section pages there, and deeper pages follow within the proxy's `s-maxage`
(`PAGE_CACHE_SECONDS`).

Other modules hook in with `on_change(callback)`; callbacks take no arguments.
"""

import functools
import logging

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch, purge_urls_from_cache
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

logger = logging.getLogger(__name__)

_callbacks = []
# Section pages are this deep or shallower: the home page (2) and its children (3).
SECTION_DEPTH = 3


def on_change(callback):
    """Call `callback()` after any change that can alter what a page shows."""
    _callbacks.append(callback)
    return callback


def clear_page_cache():
    if settings.CACHE_MIDDLEWARE_ALIAS in settings.CACHES:
        caches[settings.CACHE_MIDDLEWARE_ALIAS].clear()


def _forget():
    clear_page_cache()
    for callback in _callbacks:
        callback()


def forget_everything():
    """Clear now, and again when the transaction commits: a visitor rendering the page between the
    two cannot leave the old version cached. The clear on commit is asked for once per transaction,
    however many pages it publishes."""
    _forget()
    connection = transaction.get_connection()
    if connection.in_atomic_block and not any(entry[1] is _forget for entry in connection.run_on_commit):
        transaction.on_commit(_forget)


# Proxy / CDN purges

def page_and_listings(page):
    """The page, and every ancestor below the root in each of its languages (sub-paths included)."""
    pages = [page]
    ancestors = list(page.get_ancestors().filter(depth__gt=1).specific(defer=True))
    keys = [ancestor.translation_key for ancestor in ancestors]
    pages += ancestors
    pages += Page.objects.filter(translation_key__in=keys, live=True).exclude(
        pk__in=[a.pk for a in ancestors]
    ).specific(defer=True)
    return pages


def section_pages():
    """Home and section pages of every language: what a site-wide change purges at the proxy."""
    return Page.objects.live().filter(depth__gt=1, depth__lte=SECTION_DEPTH).specific(defer=True)


def proxy_in_front():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge(pages, extra_paths=()):
    """Purge once the transaction commits (at once outside one): purged earlier, the proxy could
    fetch and keep the old page again before the change is visible to other connections. The
    addresses are worked out now, while a page being deleted still has them, and a transaction
    that publishes many pages (an import) purges each address once."""
    batch = PurgeBatch()
    batch.add_pages(pages)
    batch.add_urls(extra_paths)
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        batch.purge()
        return
    # Each call asks for a purge on commit; the first to run purges every pending address, the
    # rest find nothing left.
    connection.__dict__.setdefault("wimc_pending_purge", set()).update(batch.urls)
    transaction.on_commit(_purge_pending)


def _purge_pending():
    urls = transaction.get_connection().__dict__.pop("wimc_pending_purge", set())
    if urls:
        purge_urls_from_cache(sorted(urls))


def _site_paths():
    """Documents every page's change may alter: the sitemap and robots.txt."""
    from wimc_site.links import absolute_url

    return [absolute_url("/sitemap.xml"), absolute_url("/robots.txt")]


# Signal handlers

def _page_changed(sender, instance, **kwargs):
    forget_everything()
    if proxy_in_front():
        purge(page_and_listings(instance), _site_paths())


def _page_moved(sender, instance, parent_page_before=None, url_path_before=None, **kwargs):
    forget_everything()
    if not proxy_in_front():
        return
    pages = page_and_listings(instance)
    if parent_page_before is not None:
        pages += page_and_listings(parent_page_before)
    purge(pages, _old_urls(instance, url_path_before))


def _old_urls(page, url_path_before):
    """The moved page's former address: visitors still holding it must not get the old copy."""
    if not url_path_before or not page.live:
        return _site_paths()
    moved = Page(url_path=url_path_before, locale_id=page.locale_id)
    old = moved.get_full_url()
    return _site_paths() + ([old] if old else [])


def _page_deleted(sender, instance, **kwargs):
    # Once per page: a page's delete also sends this for its specific class's row.
    if sender is Page and instance.live:
        forget_everything()
        # Before the row goes: its ancestors and address are still known.
        if proxy_in_front():
            purge(page_and_listings(instance), _site_paths())


def _restriction_changed(sender, instance, raw=False, **kwargs):
    """A page put behind a password or sign-in (or let out again) must not stay cached openly."""
    if raw:
        return
    forget_everything()
    if proxy_in_front():
        purge(page_and_listings(instance.page), _site_paths())


def _site_changed(sender, instance=None, raw=False, **kwargs):
    if raw or sender not in _site_wide_models():
        return
    forget_everything()
    if proxy_in_front():
        purge(list(section_pages()), _site_paths())


@functools.cache
def _site_wide_models():
    models = set(get_snippet_models()) | {get_image_model()}
    for model in apps.get_models():
        if issubclass(model, (BaseSiteSetting, BaseGenericSetting)):
            models.add(model)
    # Inline rows (menu items, an edition's organizers and figures) saved with their snippet.
    for model in list(models):
        for relation in model._meta.related_objects:
            if getattr(relation.field, "remote_field", None) and _is_parental(relation.field):
                models.add(relation.related_model)
    return models


def _is_parental(field):
    from modelcluster.fields import ParentalKey

    return isinstance(field, ParentalKey)


def connect_signals():
    page_published.connect(_page_changed, dispatch_uid="wimc_invalidate_published")
    page_unpublished.connect(_page_changed, dispatch_uid="wimc_invalidate_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="wimc_invalidate_moved")
    pre_delete.connect(_page_deleted, dispatch_uid="wimc_invalidate_deleted")
    post_save.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="wimc_invalidate_restricted"
    )
    post_delete.connect(
        _restriction_changed, sender=PageViewRestriction, dispatch_uid="wimc_invalidate_unrestricted"
    )
    post_save.connect(_site_changed, dispatch_uid="wimc_invalidate_saved")
    post_delete.connect(_site_changed, dispatch_uid="wimc_invalidate_removed")
