import re

from django.db import connection
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Locale

from wimc_site.paging import long_list_paginator
from wimc_site.publishing import published_pages
from wimc_site.segments import query_terms

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_SUGGESTIONS = 4
RANKED_RESULTS = 50


def search_words(text):
    """Only words reach the backend: SQLite's and PostgreSQL's full-text syntaxes differ, and a
    stray quote or operator must not turn a visitor's typo into an error."""
    return re.findall(r"\w+", text)


def searchable_pages():
    return (
        # Specific rows (not deferred): each result shows its type's description, which a deferred
        # page would fetch with a query of its own. Bodies stay unread.
        published_pages()
        .filter(locale=Locale.get_active())
        .exclude(depth__lte=1)
        .defer_streamfields()
        .specific()
    )


def find(words):
    """Pages with every word, most relevant first; the last word may be the start of a word
    ("robot" finds "Robotics"). Chinese words are matched as the two-character terms they were
    indexed as (智能制造 finds pages with 智能, 能制 and 制造), since neither database segments Chinese.

    SQLite's search backend scores each result in a subquery of its own, which takes seconds once a
    word is on thousands of pages (bench/chinese_search.py: 26 s for 大会 on 5,000 pages). On
    SQLite, only result lists of up to RANKED_RESULTS pages are ordered by relevance; longer ones
    come newest first. PostgreSQL ranks every result in the same query, so it always ranks.
    """
    terms = " ".join(query_terms(words))
    if connection.vendor == "sqlite":
        newest_first = searchable_pages().order_by("-first_published_at", "path")
        unranked = newest_first.autocomplete(terms, order_by_relevance=False)
        if unranked.count() > RANKED_RESULTS:
            return unranked
    return searchable_pages().autocomplete(terms)


def paginate(results):
    """Pages of `results`: on PostgreSQL a count query would search (join the index, match every
    entry) a second time, 40 ms at archive scale."""
    queryset = results.get_queryset() if hasattr(results, "get_queryset") else None
    return long_list_paginator(results, RESULTS_PER_PAGE, queryset)


def search(request):
    """Full-text search over the live, public pages in the visitor's language."""
    query = (request.GET.get("q") or request.GET.get("query") or "").replace("\x00", "").strip()
    query = query[:MAX_QUERY_LENGTH]
    words = search_words(query)
    results = find(words) if words else searchable_pages().none()
    page_obj = paginate(results).get_page(request.GET.get("page"))
    suggestions = []
    if len(words) > 1 and not page_obj.paginator.count:
        # Nothing has every word: offer the words that do find something on their own.
        suggestions = [w for w in words[:MAX_SUGGESTIONS] if find([w])[:1]]
    context = {"query": query, "searched": bool(words), "page_obj": page_obj, "suggestions": suggestions}
    return TemplateResponse(request, "search/search.html", context)


def favicon(request):
    # Resolved per request: the hashed static name only exists after collectstatic.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request, exception=None):
    """The site's 404 page; `not_found` tells the language switcher to lead to each language's home,
    since a missing page has no translation."""
    return render(request, "404.html", {"not_found": True}, status=404)
