"""axe-core (WCAG 2.x A and AA rules) finds nothing wrong on the pages visitors see, in English and
Chinese, no page scrolls sideways on a 360 px phone, and the Content-Security-Policy blocks nothing."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def full_demo(transactional_db):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115


def visitor_urls():
    """Each page type in English and in Chinese."""
    from wagtail.models import Page

    urls = [
        "/", "/about/", "/search/?query=manufacturing", "/no-such-page/",
        "/zh-hans/", "/zh-hans/about/", "/zh-hans/search/?q=%E6%99%BA%E8%83%BD%E5%88%B6%E9%80%A0",
        "/zh-hans/no-such-page/",
    ]
    models = ("newsindexpage", "newspage", "guestindexpage", "guestpage", "forumindexpage", "expoindexpage",
              "expoareapage", "exhibitorpage", "expolistingpage")
    for language in ("en", "zh-hans"):
        for model in models:
            pages = Page.objects.live().filter(content_type__model=model, locale__language_code=language)
            page = pages.order_by("path").first()
            if page is not None:
                urls.append(page.url)
    # A forum with an agenda, guests and organizations; the programme's filters and personal agenda.
    forum = Page.objects.live().filter(content_type__model="forumpage", slug__endswith="main-forum").first()
    if forum is not None:
        urls += [forum.url, "/forums/?day=2021-12-09&format=online", "/forums/my-agenda/"]
    return urls


def test_no_accessibility_violations(page, live_server, full_demo):
    # Both widths in one test: the full demo takes a minute or more to load, once is enough.
    axe = Axe()
    problems, overflowing = {}, {}
    # axe is injected through Playwright's evaluate (DevTools), which the page's CSP does not govern.
    blocked = []
    page.on("console", lambda message: blocked.append(message.text)
            if "Content Security Policy" in message.text else None)
    urls = visitor_urls()
    for width in (360, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        for url in urls:
            page.goto(live_server.url + url)
            results = axe.run(page, options=WCAG_AA)
            if results.violations_count:
                problems[f"{width}px {url}"] = results.generate_snapshot()
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                overflowing[f"{width}px {url}"] = overflow
    assert problems == {}
    assert overflowing == {}
    assert blocked == []
