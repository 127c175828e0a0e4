import re

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Locale

from wimc_site.publishing import published_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_SUGGESTIONS = 4


def search_words(text):
    """Only words reach the backend: SQLite's and PostgreSQL's full-text syntaxes differ, and a
    stray quote or operator must not turn a visitor's typo into an error."""
    return re.findall(r"\w+", text)


def searchable_pages():
    return (
        published_pages().filter(locale=Locale.get_active()).exclude(depth__lte=1).specific(defer=True)
    )


def search(request):
    """Full-text search over the live, public pages in the visitor's language; the last word may be
    the start of a word ("robot" finds "Robotics")."""
    query = (request.GET.get("q") or request.GET.get("query") or "").replace("\x00", "").strip()
    query = query[:MAX_QUERY_LENGTH]
    words = search_words(query)
    results = searchable_pages().autocomplete(" ".join(words)) if words else searchable_pages().none()
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    suggestions = []
    if len(words) > 1 and not page_obj.paginator.count:
        # Nothing has every word: offer the words that do find something on their own.
        suggestions = [w for w in words[:MAX_SUGGESTIONS] if searchable_pages().autocomplete(w)[:1]]
    context = {"query": query, "searched": bool(words), "page_obj": page_obj, "suggestions": suggestions}
    return TemplateResponse(request, "search/search.html", context)


def favicon(request):
    # Resolved per request: the hashed static name only exists after collectstatic.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
