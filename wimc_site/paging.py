"""Paging a listing whose size is already known."""

from django.core.paginator import Paginator


class CountedPaginator(Paginator):
    """A paginator told how many items there are, by a query the page makes anyway (a summary or
    an aggregate), so it asks no COUNT of its own."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


def paginator(object_list, per_page, count=None):
    """A `CountedPaginator` where `count` is known, else Django's."""
    if count is None:
        return Paginator(object_list, per_page)
    return CountedPaginator(object_list, per_page, count)
