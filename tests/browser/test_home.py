import pytest
from playwright.sync_api import expect

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
MENU_LINKS = ".main-nav__list > li:not(.main-nav__close) > a"


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_home_page_shows_the_current_edition_at_every_width(page, live_server, demo_site, viewport):
    page.set_viewport_size(viewport)
    page.goto(live_server.url + "/")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator(".site-header .brand__name")).to_have_text("2021 WIMC")
    footer = page.locator("footer.site-footer")
    expect(footer).to_contain_text("Nanjing · China")
    expect(footer).to_contain_text("December 8–10, 2021")
    # Nothing spills sideways on a 360 px phone.
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.fixture
def site_with_programme(demo_site):
    """The skeleton plus the (empty) programme at /forums/, which the forums app provides."""
    from forums.factories import build_forum_index, ensure_default_modules
    from wimc_site import demo

    ensure_default_modules()
    build_forum_index()
    demo.load_menu()


def test_main_navigation_leads_to_every_section(page, live_server, site_with_programme):
    page.goto(live_server.url + "/")
    labels = page.locator(MENU_LINKS).all_inner_texts()
    assert labels[0] == "Home"
    assert {"Forums", "Cloud Expo", "About WIMC"} <= set(labels)
    for label in labels[1:]:
        page.locator(MENU_LINKS, has_text=label).first.click()
        expect(page.locator("h1")).to_have_count(1)
        expect(page.locator("nav.main-nav a[aria-current=page]")).to_have_text(label)
        expect(page.locator("nav.breadcrumbs")).to_contain_text("The Current Location:")
    page.locator(MENU_LINKS, has_text="Home").click()
    expect(page).to_have_url(live_server.url + "/")


def test_keyboard_user_can_skip_to_content(page, live_server, demo_site):
    page.goto(live_server.url + "/about/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    expect(page).to_have_url(live_server.url + "/about/#main")


def test_language_switcher_opens_the_chinese_page(page, live_server, demo_site):
    page.goto(live_server.url + "/about/")
    page.locator(".language-switcher a[hreflang=zh-hans]").click()
    expect(page).to_have_url(live_server.url + "/zh-hans/about/")
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
    expect(page.locator("h1")).to_have_text("关于大会")


def test_phone_menu_button_opens_and_closes_the_menu(page, live_server, demo_site):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator(".main-nav__list")
    expect(menu).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.focus()
    page.keyboard.press("Enter")
    expect(menu).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.locator(MENU_LINKS, has_text="About WIMC").click()
    expect(page).to_have_url(live_server.url + "/about/")
    expect(page.locator(".main-nav__list")).to_be_hidden()


def test_phone_menu_works_without_javascript(browser, live_server, demo_site):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    menu = page.locator(".main-nav__list")
    expect(menu).to_be_hidden()
    page.locator(".main-nav__toggle").click()
    expect(menu).to_be_visible()
    page.locator(".main-nav__close a").click()
    expect(menu).to_be_hidden()
    page.locator(".main-nav__toggle").click()
    page.locator(MENU_LINKS, has_text="About WIMC").click()
    expect(page.locator("h1")).to_have_text("About WIMC")
    context.close()
