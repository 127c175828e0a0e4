import csv
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from expo.factories import build_listing, build_request
from expo.models import NegotiationRequest, RequestStatus
from expo.permissions import EXPO_ORGANIZERS
from news.permissions import NEWS_EDITORS
from speakers.permissions import ORGANIZERS_GROUP

from .helpers import ExpoSiteMixin, visible_text

LIST_URL = "/admin/negotiation_requests/"


def make_user(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "password")
    user.groups.add(Group.objects.get(name=group_name))
    return user


class RequestAdminTests(ExpoSiteMixin, TestCase):
    """Expo organizers handle requests in the admin; other staff never see them (personal data)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.robots = cls.exhibitor("Jiangning Precision Robotics")
        cls.fund = cls.exhibitor("Jiangsu Smart Manufacturing Industry Fund", area=cls.finance)
        listing = build_listing(cls.finance, "Series B round", exhibitor=cls.fund)
        cls.purchase = build_request(cls.robots, name="Wang Lei", kind="purchase")
        cls.investment = build_request(
            listing,
            name="Chen Jing",
            organization="Lingang Ventures",
            kind="investment",
            status=RequestStatus.IN_NEGOTIATION,
            message='=HYPERLINK("http://evil.example")',
        )
        cls.organizer = make_user("expo-organizer", EXPO_ORGANIZERS)
        cls.news_editor = make_user("news-editor", NEWS_EDITORS)
        cls.guest_organizer = make_user("guest-organizer", ORGANIZERS_GROUP)

    def test_expo_organizers_see_the_requests(self):
        self.client.force_login(self.organizer)
        response = self.client.get(LIST_URL)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Wang Lei")
        self.assertContains(response, "Chen Jing")
        self.assertContains(response, "Jiangning Precision Robotics")

    def test_other_staff_get_403(self):
        for user in (self.news_editor, self.guest_organizer):
            self.client.force_login(user)
            with self.subTest(user=user.username):
                self.assertEqual(self.client.get(LIST_URL).status_code, 403)
                self.assertEqual(self.client.get(f"{LIST_URL}edit/{self.purchase.pk}/").status_code, 403)
                self.assertEqual(self.client.get(LIST_URL + "?export=csv").status_code, 403)

    def test_organizer_marks_a_request_forwarded(self):
        self.client.force_login(self.organizer)
        url = f"{LIST_URL}edit/{self.purchase.pk}/"
        page = self.client.get(url)
        self.assertEqual(page.status_code, 200)
        self.assertContains(page, "Please send us a quotation.")
        response = self.client.post(url, {"status": RequestStatus.FORWARDED})
        self.assertEqual(response.status_code, 302)
        self.purchase.refresh_from_db()
        self.assertEqual(self.purchase.status, "forwarded")
        self.assertEqual(self.purchase.name, "Wang Lei")  # the visitor's words are read-only

    def test_organizers_cannot_delete_or_add(self):
        self.client.force_login(self.organizer)
        self.assertEqual(self.client.get(f"{LIST_URL}delete/{self.purchase.pk}/").status_code, 403)
        self.assertEqual(self.client.get(f"{LIST_URL}new/").status_code, 403)

    def test_filters_and_search(self):
        self.client.force_login(self.organizer)
        by_status = self.client.get(LIST_URL, {"status": "in_negotiation"})
        self.assertContains(by_status, "Chen Jing")
        self.assertNotContains(by_status, "Wang Lei")
        by_area = self.client.get(LIST_URL, {"area": self.solutions.pk})
        self.assertContains(by_area, "Wang Lei")
        self.assertNotContains(by_area, "Chen Jing")
        by_kind = self.client.get(LIST_URL, {"kind": "investment"})
        self.assertContains(by_kind, "Chen Jing")
        self.assertNotContains(by_kind, "Wang Lei")
        search = self.client.get(LIST_URL, {"q": "Lingang"})
        self.assertContains(search, "Chen Jing")
        self.assertNotContains(search, "Wang Lei")

    def test_csv_export(self):
        self.client.force_login(self.organizer)
        response = self.client.get(LIST_URL, {"export": "csv", "status": "in_negotiation"})
        self.assertEqual(response.status_code, 200)
        self.assertIn('filename="negotiation-requests.csv"', response["Content-Disposition"])
        rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
        self.assertEqual(
            rows[0],
            [
                "Received",
                "Status",
                "Kind",
                "Exhibition area",
                "Exhibitor",
                "Supply or demand listing",
                "Name",
                "Organization",
                "E-mail",
                "Phone",
                "Message",
                "E-mails sent",
            ],
        )
        self.assertEqual(len(rows), 2)
        row = dict(zip(rows[0], rows[1], strict=True))
        self.assertEqual(row["Name"], "Chen Jing")
        self.assertEqual(row["Status"], "In negotiation")
        self.assertEqual(row["Exhibition area"], "Financial Docking")
        self.assertEqual(row["Supply or demand listing"], "Series B round")
        # A visitor's "=..." reaches the spreadsheet as text, not as a formula.
        self.assertEqual(row["Message"], '\'=HYPERLINK("http://evil.example")')

    def test_group_gets_page_permissions_on_the_expo_index(self):
        permissions = GroupPagePermission.objects.filter(group__name=EXPO_ORGANIZERS)
        self.assertEqual(
            sorted(permissions.values_list("permission__codename", flat=True)),
            ["add_page", "change_page", "publish_page"],
        )
        self.assertEqual(set(permissions.values_list("page_id", flat=True)), {self.index.pk})
        perms = self.robots.permissions_for_user(self.organizer)
        self.assertTrue(perms.can_edit())
        self.assertTrue(perms.can_publish())
        self.assertFalse(self.home.permissions_for_user(self.organizer).can_edit())

    def test_organizer_can_add_an_exhibitor_in_the_admin(self):
        from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

        self.client.force_login(self.organizer)
        url = reverse("wagtailadmin_pages:add", args=("expo", "exhibitorpage", self.talent.pk))
        data = nested_form_data(
            {
                "title": "Kunshan Yaoda Electronics",
                "slug": "kunshan-yaoda",
                "products": inline_formset([{"name": "SMT assembly", "kind": "solution", "description": ""}]),
                "scenarios": streamfield([]),
                "achievements": streamfield([]),
                "calls_for": streamfield(
                    [("need", {"title": "Partners", "description": "Wrong block here."})]
                ),
                "action-publish": "publish",
            }
        )
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)  # the talent area calls for open positions
        self.assertContains(response, "In this area, use only")
        data.update(
            nested_form_data(
                {
                    "calls_for": streamfield(
                        [
                            (
                                "position",
                                {
                                    "title": "SMT engineer",
                                    "location": "Kunshan",
                                    "openings": "2",
                                    "description": "",
                                },
                            ),
                        ]
                    )
                }
            )
        )
        self.assertEqual(self.client.post(url, data).status_code, 302)
        self.assertContains(self.client.get("/expo/talent-exchange/kunshan-yaoda/"), "SMT engineer")

    def test_request_admin_is_in_the_organizers_menu(self):
        self.client.force_login(self.organizer)
        self.assertContains(self.client.get("/admin/"), "Negotiation requests")
        self.client.force_login(self.news_editor)
        self.assertNotContains(self.client.get("/admin/"), "Negotiation requests")

    def test_requests_are_stored_in_the_default_languages_area(self):
        self.assertEqual(NegotiationRequest.objects.get(pk=self.investment.pk).area, self.finance)


class ChineseAdminTests(ExpoSiteMixin, TestCase):
    """An editor who chose Chinese for the admin reads the site's own labels in Chinese too."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.robots = cls.exhibitor("Jiangning Precision Robotics")
        cls.editor = get_user_model().objects.create_superuser("wang", "wang@example.com", "x")

    def edit_page(self, language):
        profile = UserProfile.get_for_user(self.editor)
        profile.preferred_language = language
        profile.save()
        self.client.force_login(self.editor)
        response = self.client.get(f"/admin/pages/{self.robots.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        return visible_text(response)

    def test_field_labels_and_help_follow_the_editors_language(self):
        chinese = self.edit_page("zh-hans")
        for text in ("展商标识", "一句话简介", "在展区的展商列表中显示在名称下方的一行文字。", "需求"):
            self.assertIn(text, chinese)
        self.assertNotIn("Exhibitor key", chinese)
        english = self.edit_page("en")
        self.assertIn("Exhibitor key", english)
        self.assertIn("One line under the name in the area's list of exhibitors.", english)
        self.assertNotIn("展商标识", english)
