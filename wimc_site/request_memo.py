"""Answers that stay the same for the whole of one visitor's request, looked up once.

What stays the same between requests, until an editor changes something, is kept in the cache on
top of this (`wimc_site.kept`). Outside a visitor's request (commands, tests, the admin, where
editors add locales) nothing is remembered.
"""

import contextvars

_memo = contextvars.ContextVar("wimc_request_memo", default=None)
SKIPPED_PREFIXES = ("/admin/",)


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(SKIPPED_PREFIXES):
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def remembered(key, compute):
    """`compute()`, once per request; outside a request, every time."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def in_request():
    """Whether a visitor's request is being answered (a memo is open)."""
    return _memo.get() is not None
