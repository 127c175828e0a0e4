"""An organizer imports guests from a CSV file in the admin; a visitor then finds them on /guests/."""

import pytest
from django.contrib.auth.models import Group, User

from speakers.factories import build_guest_index, ensure_default_categories, ensure_organizers_group
from speakers.permissions import ORGANIZERS_GROUP

CSV = (
    "guest_key,name,chinese_name,position,organization,category,editions\n"
    "wang-sample,Wang Sample,王示例,Professor,Sample University of Robotics,academicians,2021\n"
    "mia-example,Mia Example,,CEO,Example Motors,entrepreneurs,2021\n"
)


@pytest.fixture
def organizer(demo_site):
    ensure_default_categories()
    ensure_organizers_group()
    build_guest_index()
    user = User.objects.create_user("organizer", password="organizer-password")
    user.groups.add(Group.objects.get(name=ORGANIZERS_GROUP))
    return user


def test_organizer_imports_guests_and_visitor_finds_them(page, live_server, organizer, tmp_path):
    csv_file = tmp_path / "guests.csv"
    csv_file.write_text(CSV, encoding="utf-8")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "organizer")
    page.fill("#id_password", "organizer-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/guests/import/")
    page.set_input_files("#id_csv_file", str(csv_file))
    page.click("text=Upload and preview")

    preview = page.locator("#speakers-import-preview")
    preview.wait_for()
    assert "2 to create, 0 to update, 0 unchanged, 0 rejected" in page.content()
    assert preview.locator("tr[data-action=create]").count() == 2
    assert "王示例" in preview.inner_text()
    page.click("text=Apply the import")
    page.wait_for_url(f"{live_server.url}/admin/guests/import/jobs/**")
    assert "Imported: 2 created, 0 updated, 0 unchanged." in page.content()

    visitor = page.context.browser.new_page()
    visitor.goto(f"{live_server.url}/guests/")
    academicians = visitor.locator("#category-academicians")
    assert "Wang Sample" in academicians.inner_text()
    assert "Mia Example" not in academicians.inner_text()
    assert "Mia Example" in visitor.locator("#category-entrepreneurs").inner_text()
    assert "2 key guests: 1 Academician, 1 Entrepreneur" in visitor.locator("#guest-counts").inner_text()
    visitor.close()
