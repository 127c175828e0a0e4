import re

from django.core.paginator import Paginator
from django.http import HttpResponsePermanentRedirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from wagtail.models import Locale, Page

from wimc_site.publishing import published_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Full-text search over the live, public pages in the visitor's language."""
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    # Only words reach the backend: SQLite's and PostgreSQL's full-text syntaxes differ, and a
    # stray quote or operator must not turn a visitor's typo into an error.
    words = " ".join(re.findall(r"\w+", query))
    results = Page.objects.none()
    if words:
        results = (
            published_pages()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific(defer=True)
            .search(words)
        )
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(request, "search/search.html", {"query": query, "page_obj": page_obj})


def favicon(request):
    # Resolved per request: the hashed static name only exists after collectstatic.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))
