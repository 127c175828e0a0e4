"""A release from an editor's keyboard to a visitor's screen, through moderation."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from news.factories import build_news_index, ensure_default_categories
from news.permissions import NEWS_EDITORS, PUBLISHERS
from wimc_site.factories import make_placeholder_image

TITLE = "Browser test: the Cloud Expo adds a sixth area"
CAPTION = "The new exhibition area, seen from the entrance"
TIMEOUT = 30_000


@pytest.fixture
def newsroom(demo_site):
    """The news index (which creates both groups' permissions), a photo, an editor and a publisher."""
    from wimc_site.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    ensure_default_categories(home.locale)
    index = build_news_index(home)
    make_placeholder_image("Browser test photo", size=(800, 500))
    users = {}
    for username, group in (("newseditor", NEWS_EDITORS), ("publisher", PUBLISHERS)):
        user = get_user_model().objects.create_user(username, f"{username}@example.com", "correct horse")
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return index


def log_in(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "correct horse")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=TIMEOUT)


def test_editor_writes_publisher_approves_visitor_reads(browser, live_server, newsroom):
    base = live_server.url

    # A news editor writes a release with a captioned photo and submits it for moderation.
    editor = browser.new_context(viewport={"width": 1400, "height": 1000})
    editor.set_default_timeout(TIMEOUT)
    page = editor.new_page()
    log_in(page, base, "newseditor")
    page.goto(f"{base}/admin/pages/add/news/newspage/{newsroom.pk}/")
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", label="News Release")
    body = page.locator("[data-contentpath=body]")
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Image with caption").click()
    body.get_by_role("button", name="Choose an image").click()
    page.locator(".modal").get_by_role("link", name="Browser test photo").click()
    expect(body.locator("input[name$='-value-caption']")).to_be_visible()
    body.locator("input[name$='-value-caption']").fill(CAPTION)
    page.locator("footer").get_by_role("button", name="More actions").click()
    expect(page.locator("footer button[name=action-publish]")).to_have_count(0)  # editors cannot publish
    page.get_by_role("button", name=re.compile("Submit to News moderation")).click()
    expect(page.locator(".messages")).to_contain_text("submitted")

    # A publisher approves it, which publishes it.
    publisher = browser.new_context(viewport={"width": 1400, "height": 1000})
    publisher.set_default_timeout(TIMEOUT)
    page = publisher.new_page()
    log_in(page, base, "publisher")
    from news.models import NewsPage

    release = NewsPage.objects.get(title=TITLE)
    page.goto(f"{base}/admin/pages/{release.pk}/edit/")
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator("footer").get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been updated")
    release.refresh_from_db()
    assert release.live

    # A visitor finds it at the top of the news and in the feed.
    visitor = browser.new_context()
    visitor.set_default_timeout(TIMEOUT)
    page = visitor.new_page()
    page.goto(base + "/news/")
    expect(page.locator(".news-list .card__title").first).to_have_text(TITLE)
    page.locator(".news-list .card__title a").first.click()
    expect(page.locator("h1")).to_have_text(TITLE)
    expect(page.locator("figcaption")).to_have_text(CAPTION)
    expect(page.locator("nav.breadcrumbs")).to_contain_text("News Release")
    feed = page.request.get(base + "/news/feed/rss/")
    assert feed.ok
    assert f"<title>{TITLE}</title>" in feed.text()
    for context in (editor, publisher, visitor):
        context.close()
