"""A visitor builds a personal agenda without an account, and the programme's statuses follow the
visitor's clock even when the page was rendered at another time (as from a cache)."""

import datetime
import re

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

TIMEOUT = 15_000


@pytest.fixture
def programme(demo_site):
    """Four 2021 forums (the demo site's current edition) under /forums/."""
    from forums.factories import at, build_forum, build_forum_index, ensure_default_modules
    from forums.models import ForumKind
    from wimc_site.models import ConferenceEdition

    ensure_default_modules()
    index = build_forum_index()
    edition = ConferenceEdition.objects.get(year=2021, locale__language_code="en")
    forums = [
        ("Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10), ForumKind.LAUNCH_CEREMONY, None),
        ("Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12), ForumKind.MAIN_FORUM, None),
        ("Sub-forum on Industrial Internet Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17),
         ForumKind.SUB_FORUM, "key-technologies"),
        ("Intelligent Manufacturing Talent Development Forum", at(2021, 12, 9, 9), at(2021, 12, 9, 12),
         ForumKind.SUB_FORUM, "social-ecology"),
    ]
    for title, start, end, kind, module in forums:
        build_forum(index, title, edition, start, end, kind=kind, module=module,
                    live_stream_url="https://live.wimc.example/2021/stream/")
    return index


def forum_item(page, title):
    return page.locator("li[data-forum-key]", has=page.get_by_role("link", name=title, exact=True))


def test_visitor_stars_two_forums_and_downloads_their_calendar(page, live_server, programme):
    page.goto(live_server.url + "/forums/")
    for title in ("Main Forum", "Intelligent Manufacturing Talent Development Forum"):
        star = forum_item(page, title).get_by_role("button", name=f"Star {title}")
        expect(star).to_have_attribute("aria-pressed", "false")
        star.click()
        expect(star).to_have_attribute("aria-pressed", "true")

    page.get_by_role("link", name="My agenda").click()
    expect(page.locator("h1")).to_contain_text("My agenda")
    visible = page.locator("li[data-forum-key]:visible .forum-item__title")
    expect(visible).to_have_text(["Main Forum", "Intelligent Manufacturing Talent Development Forum"])
    expect(page.locator("[data-agenda-count]")).to_have_text("2 forums starred.")

    with page.expect_download(timeout=TIMEOUT) as download_info:
        page.get_by_role("link", name="Download my agenda (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "my-wimc-agenda.ics"
    with open(download.path(), "rb") as calendar_file:
        calendar = Calendar.from_ical(calendar_file.read())
    events = calendar.events
    assert len(events) == 2
    assert [str(event["SUMMARY"]) for event in events] == [
        "Main Forum", "Intelligent Manufacturing Talent Development Forum"
    ]
    assert events[0].start.astimezone(datetime.UTC) == datetime.datetime(2021, 12, 8, 2, tzinfo=datetime.UTC)

    # Unstarring on the agenda page removes the forum there and then.
    forum_item(page, "Main Forum").get_by_role("button", name="Star Main Forum").click()
    expect(visible).to_have_text(["Intelligent Manufacturing Talent Development Forum"])


def test_status_follows_the_visitors_clock_not_the_servers(page, live_server, programme):
    """The server renders the 2021 forums as over; a visitor whose clock says 10:30 on December 8
    in Nanjing (a cached page) sees the Main Forum live with its stream link."""
    page.clock.set_fixed_time(datetime.datetime(2021, 12, 8, 2, 30, tzinfo=datetime.UTC))
    page.goto(live_server.url + "/forums/")
    main = forum_item(page, "Main Forum")
    expect(main.locator("[data-status-label]")).to_have_text("Live now")
    expect(main.get_by_role("link", name=re.compile(r"^Watch live\s*: Main Forum$"))).to_be_visible()
    later = forum_item(page, "Sub-forum on Industrial Internet Platforms")
    expect(forum_item(page, "Launch Ceremony").locator("[data-status-label]")).to_have_text("Ended")
    expect(later.locator("[data-status-label]")).to_have_text("Upcoming")
    page.get_by_role("link", name="Main Forum", exact=True).click()
    expect(page.locator(".forum-page__header [data-status-label]")).to_have_text("Live now")


@pytest.mark.parametrize("width", [360, 1280])
def test_highlighted_ceremonies_line_up_with_the_other_forums(page, live_server, programme, width):
    """The ceremonies' wider left border does not push their times and titles out of line."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + "/forums/")
    ceremony = forum_item(page, "Launch Ceremony")
    sub_forum = forum_item(page, "Sub-forum on Industrial Internet Platforms")
    for part in (".forum-item__when", ".forum-item__title"):
        left = [item.locator(part).bounding_box()["x"] for item in (ceremony, sub_forum)]
        assert abs(left[0] - left[1]) < 0.5, (part, left)
