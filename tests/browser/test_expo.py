"""A visitor finds an exhibitor through the area search and sends a business negotiation request;
an organizer finds it in the admin and marks it forwarded."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from expo.factories import build_exhibitor
from expo.models import ExpoAreaPage, NegotiationRequest
from expo.permissions import EXPO_ORGANIZERS

TIMEOUT = 30_000


@pytest.fixture
def expo_site(demo_site):
    solutions = ExpoAreaPage.objects.get(slug="solutions", locale__language_code="en")
    build_exhibitor(
        solutions,
        "Suzhou Lianxin Industrial Software",
        chinese_name="苏州联信工业软件有限公司",
        pitch="MES for discrete manufacturers.",
        contact_email="sales@lianxin.example.com",
        products=[("LianMES", "Manufacturing execution with battery traceability.")],
    )
    build_exhibitor(solutions, "Jiangning Precision Robotics", pitch="Welding robot cells.")
    user = get_user_model().objects.create_user("expo-organizer", "expo@example.com", "correct horse")
    user.groups.add(Group.objects.get(name=EXPO_ORGANIZERS))


def test_visitor_sends_a_request_and_an_organizer_forwards_it(page, live_server, expo_site):
    page.goto(live_server.url + "/expo/solutions/")
    page.fill("#expo-q", "battery traceability")
    page.click("form.expo-filters button[type=submit]")
    cards = page.locator(".expo-exhibitor-list .card__title a")
    expect(cards).to_have_count(1)
    cards.first.click()
    expect(page.locator("h1")).to_contain_text("Suzhou Lianxin Industrial Software")

    page.click("text=Send a negotiation request")
    page.fill("#id_name", "Wang Lei")
    page.fill("#id_organization", "Changzhou Xinneng Battery Technology")
    page.fill("#id_email", "wang.lei@example.com")
    page.select_option("#id_kind", "purchase")
    page.fill("#id_message", "Could you present LianMES to our project team next month?")
    page.click("text=Send the request")
    expect(page.locator(".expo-thanks")).to_contain_text("your request has been received", timeout=TIMEOUT)
    assert NegotiationRequest.objects.get().notified_at is not None

    page.goto(live_server.url + "/admin/login/")
    page.fill("#id_username", "expo-organizer")
    page.fill("#id_password", "correct horse")
    page.click("button[type=submit]")
    expect(page).to_have_url(re.compile(r"/admin/$"), timeout=TIMEOUT)
    page.goto(live_server.url + "/admin/negotiation_requests/?q=Xinneng")
    row = page.locator("table.listing tbody tr", has_text="Wang Lei")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Suzhou Lianxin Industrial Software")
    row.locator("a", has_text="Wang Lei").click()
    page.select_option("#id_status", "forwarded")
    page.click("button[type=submit]:has-text('Save')")
    expect(page.locator(".messages")).to_contain_text("updated", timeout=TIMEOUT)
    assert NegotiationRequest.objects.get().status == "forwarded"
