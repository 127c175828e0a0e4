"""How long a response stays right: the earliest moment its content changes by the clock alone.

A forum page says "Live now" only until the forum ends, the home page counts days until the
edition starts. Code that shows such a state calls `changes_at(moment)` with the next moment the
state flips; the page cache and the proxy then keep the response no longer than that (see
`wimc_site.page_cache`). Each request starts with a fresh collector, so nothing leaks between
requests, and code running outside a request (tests, commands) records into nothing.
"""

import contextvars
import datetime

from django.utils import timezone

_earliest = contextvars.ContextVar("wimc_changes_at", default=None)


class collect:
    """`with collect() as found:` gathers the moments noted inside; `found.moment` is the earliest."""

    moment = None

    def __enter__(self):
        self._token = _earliest.set(self)
        return self

    def __exit__(self, *exc):
        _earliest.reset(self._token)
        return False


def changes_at(moment):
    """Note that what is being shown changes at `moment` (an aware datetime, or a date meaning its
    start in the site's time zone). Moments in the past are ignored."""
    found = _earliest.get()
    if found is None or moment is None:
        return
    if isinstance(moment, datetime.date) and not isinstance(moment, datetime.datetime):
        moment = timezone.make_aware(datetime.datetime.combine(moment, datetime.time.min))
    if moment <= timezone.now():
        return
    if found.moment is None or moment < found.moment:
        found.moment = moment


def seconds_left(found, limit):
    """Seconds until `found`'s earliest moment, capped at `limit` (never below 1 when capped)."""
    if found is None or found.moment is None:
        return limit
    left = int((found.moment - timezone.now()).total_seconds())
    return max(1, min(limit, left))


def changes_tomorrow(today=None):
    """Note that what is shown changes at the next midnight in the site's time zone (a listing
    that expires today, a count of days to go). Returns today's date."""
    today = today or timezone.localdate()
    changes_at(today + datetime.timedelta(days=1))
    return today
