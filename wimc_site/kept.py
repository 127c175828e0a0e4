"""Answers that change only when an editor saves something (a page, a snippet, an image), for what
one page shows and the chrome does not hold: the home page's key visual and its figures.

They are kept in the "default" cache, all under one key, until the next change (see
`wimc_site.invalidation`), and once per request on top of that. What they depend on goes into their
name; what depends on the time of day (an edition's status) is worked out from them per request.
"""

from django.core.cache import caches

from wimc_site import invalidation
from wimc_site.request_memo import remembered

CACHE_ALIAS = "default"
# Bump when the shape of what is kept changes, so a deploy never reads the old shape.
KEY = "wimc-kept:1"
SECONDS = 24 * 60 * 60  # forgotten on every change anyway; the limit only bounds a missed signal


def kept(name, compute):
    """`compute()`, kept until the next change; `name` (a tuple of what the answer depends on)
    tells the answers apart."""

    def cached():
        cache = caches[CACHE_ALIAS]
        answers = cache.get(KEY) or {}
        if name not in answers:
            answers[name] = compute()
            cache.set(KEY, answers, SECONDS)
        return answers[name]

    return remembered(("kept", name), cached)


@invalidation.on_change
def forget_kept():
    caches[CACHE_ALIAS].delete(KEY)
