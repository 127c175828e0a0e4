"""Search and reference index updates for a batch of saves, made once per object at the end.

Publishing one page saves it three or four times, and each save updates the search index and
Wagtail's reference index (about 25 queries). An import of 5,000 guests would do that 20,000
times; inside `deferred_indexing()` the saves of the given models are only noted, and each object
is indexed once when the block ends (search entries in bulk), in the caller's transaction.

Only the current thread's saves are deferred: other requests served by the same process index
as usual. Child objects (a guest's links) are indexed with their page, as Wagtail does.
"""

import threading
from contextlib import contextmanager

from asgiref.local import Local
from django.db.models.signals import post_save
from modelsearch.index import class_is_indexed
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

CHUNK = 500  # objects per query when indexing (SQLite limits the parameters of one query)

_batch = Local()
_lock = threading.Lock()
_prepared = set()


def _index_unless_deferred(sender, instance, raw=False, **kwargs):
    """Stands in for the search index's own post_save handler on models that can be deferred."""
    if getattr(_batch, "saved", None) is None:
        search_index_on_save(sender=sender, instance=instance, raw=raw, **kwargs)


def _note_save(sender, instance, raw=False, **kwargs):
    saved = getattr(_batch, "saved", None)
    if saved is not None and not raw:
        saved.setdefault(sender, set()).add(instance.pk)


def _prepare(model):
    """Route `model`'s search index updates through `_index_unless_deferred` (once per process)."""
    with _lock:
        if model in _prepared:
            return
        if post_save.disconnect(search_index_on_save, sender=model):
            post_save.connect(_index_unless_deferred, sender=model, weak=False)
        uid = f"wimc-batch-{model._meta.label}"
        post_save.connect(_note_save, sender=model, weak=False, dispatch_uid=uid)
        _prepared.add(model)


@contextmanager
def deferred_indexing(models):
    """Index the objects of `models` saved inside the block once each, when it ends without error.

    Nested blocks join the outermost one.
    """
    for model in models:
        _prepare(model)
    if getattr(_batch, "saved", None) is not None:
        yield
        return
    _batch.saved = {}
    try:
        with disable_reference_index_auto_update():
            yield
        saved = _batch.saved
    finally:
        del _batch.saved
    update_indexes(saved)


def update_indexes(saved):
    """Search and reference index entries for {model: primary keys}."""
    for model, pks in saved.items():
        pks = sorted(pks)
        for start in range(0, len(pks), CHUNK):
            chunk = pks[start:start + CHUNK]
            if class_is_indexed(model):
                objects = list(model.get_indexed_objects().filter(pk__in=chunk))
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(model, objects)
            if ReferenceIndex.is_indexed(model):
                for obj in model._default_manager.filter(pk__in=chunk):
                    ReferenceIndex.create_or_update_for_object(obj)
