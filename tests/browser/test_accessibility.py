"""axe-core (WCAG 2.x A and AA rules) finds nothing wrong on the pages visitors see, in English and
Chinese, and no page scrolls sideways on a 360 px phone."""

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
    for language in ("en", "zh-hans"):
        for model in ("newsindexpage", "newspage", "guestindexpage", "guestpage"):
            pages = Page.objects.live().filter(content_type__model=model, locale__language_code=language)
            page = pages.order_by("path").first()
            if page is not None:
                urls.append(page.url)
    return urls


@pytest.mark.parametrize("width", [360, 1280], ids=["phone", "desktop"])
def test_no_accessibility_violations(page, live_server, full_demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    axe = Axe()
    problems, overflowing = {}, {}
    for url in visitor_urls():
        page.goto(live_server.url + url)
        results = axe.run(page, options=WCAG_AA)
        if results.violations_count:
            problems[url] = results.generate_snapshot()
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            overflowing[url] = overflow
    assert problems == {}
    assert overflowing == {}
