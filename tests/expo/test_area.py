import json
import re
from importlib import import_module

from django.apps import apps as django_apps
from django.test import TestCase

from expo.factories import build_exhibitor, build_listing
from expo.models import ExhibitorPage, ExpoIndexPage
from expo.models.pages import EXHIBITORS_PER_PAGE
from wimc_site.factories import get_locale

from .helpers import ExpoSiteMixin, exhibitor_names, visible_text


class AreaListingTests(ExpoSiteMixin, TestCase):
    """An area lists its exhibitors with filters and a search that never fails on bad input."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.robots = cls.exhibitor(
            "Jiangning Precision Robotics",
            chinese_name="江宁精工机器人有限公司",
            industry="machinery",
            region="jiangsu",
            pitch="Welding robot cells.",
            products=[("Palletizing cell", "Stacks 1,200 cartons an hour.")],
        )
        cls.software = cls.exhibitor(
            "Suzhou Lianxin Industrial Software",
            industry="industrial-software",
            region="jiangsu",
            pitch="MES for discrete manufacturers.",
            products=[("LianMES", "Manufacturing execution with battery traceability.")],
        )
        cls.vision = cls.exhibitor(
            "Hefei Zhiyuan Machine Vision", industry="electronics", region="anhui", pitch="Visual inspection."
        )
        cls.elsewhere = cls.exhibitor("Kunshan Yaoda Electronics", area=cls.talent, industry="electronics")
        cls.hidden = cls.exhibitor("Unpublished Works", publish=False)

    def get(self, **params):
        return self.client.get("/expo/solutions/", params)

    def test_lists_the_areas_live_exhibitors_only(self):
        response = self.get()
        self.assertEqual(
            exhibitor_names(response),
            [
                "Hefei Zhiyuan Machine Vision",
                "Jiangning Precision Robotics",
                "Suzhou Lianxin Industrial Software",
            ],
        )
        self.assertContains(response, "江宁精工机器人有限公司")
        self.assertContains(response, "Welding robot cells.")
        self.assertIn("Machinery and equipment · Jiangsu", visible_text(response))

    def test_filters_by_industry_and_region(self):
        self.assertEqual(exhibitor_names(self.get(industry="electronics")), ["Hefei Zhiyuan Machine Vision"])
        self.assertEqual(
            exhibitor_names(self.get(region="jiangsu")),
            ["Jiangning Precision Robotics", "Suzhou Lianxin Industrial Software"],
        )
        self.assertEqual(
            exhibitor_names(self.get(region="jiangsu", industry="machinery")),
            ["Jiangning Precision Robotics"],
        )

    def test_search_covers_names_chinese_names_pitches_and_products(self):
        for query, expected in (
            ("lianxin", ["Suzhou Lianxin Industrial Software"]),
            ("精工", ["Jiangning Precision Robotics"]),  # part of a Chinese name: no word boundaries
            ("visual", ["Hefei Zhiyuan Machine Vision"]),
            ("palletizing", ["Jiangning Precision Robotics"]),
            ("battery traceability", ["Suzhou Lianxin Industrial Software"]),
        ):
            with self.subTest(query=query):
                self.assertEqual(exhibitor_names(self.get(q=query)), expected)

    def test_no_match_says_so(self):
        response = self.get(q="zzzqqq")
        self.assertEqual(exhibitor_names(response), [])
        self.assertContains(response, "No exhibitors match; try another word, industry or region.")

    def test_bad_values_are_ignored_with_a_note(self):
        response = self.get(industry="wizards", region="atlantis", page="abc")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(len(exhibitor_names(response)), 3)
        self.assertContains(response, "There is no such industry; showing every industry.")
        self.assertContains(response, "There is no such region; showing every region.")

    def test_hostile_input_never_errors(self):
        for params in (
            {"q": "x" * 10_000},
            {"q": "robot\x00ics"},
            {"industry": "\x00"},
            {"region": "jiangsu\x00"},
            {"q": "' OR 1=1; --"},
            {"q": "%_"},
            {"q": "<script>alert(1)</script>"},
            {"page": "-1"},
            {"page": "99999"},
            {"page": "0"},
            {"industry": "x" * 10_000, "region": "y" * 10_000},
        ):
            with self.subTest(params={k: v[:20] for k, v in params.items()}):
                response = self.get(**params)
                self.assertEqual(response.status_code, 200)
                self.assertNotIn(b"<script>alert(1)</script>", response.content)

    def test_long_search_is_shortened_with_a_note(self):
        response = self.get(q="robot" * 100)
        self.assertContains(response, "The search was shortened to its first 100 characters.")
        self.assertContains(response, 'value="' + ("robot" * 20) + '"')

    def test_listings_of_the_area_are_shown(self):
        build_listing(self.solutions, "Seeking an MES supplier for a battery plant")
        build_listing(self.talent, "Twenty robot technicians")
        response = self.get()
        self.assertContains(response, "Seeking an MES supplier for a battery plant")
        self.assertNotContains(response, "Twenty robot technicians")
        self.assertContains(response, 'href="/expo/supply-and-demand/?area=solutions"')


class AreaPaginationTests(ExpoSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        for number in range(1, EXHIBITORS_PER_PAGE + 3):
            cls.exhibitor(f"Exhibitor {number:02d}")

    def test_pages_of_exhibitors(self):
        first = self.client.get("/expo/solutions/")
        self.assertEqual(len(exhibitor_names(first)), EXHIBITORS_PER_PAGE)
        self.assertContains(first, "Page 1 of 2")
        second = self.client.get("/expo/solutions/", {"page": 2})
        self.assertEqual(exhibitor_names(second), ["Exhibitor 25", "Exhibitor 26"])
        self.assertEqual(
            exhibitor_names(self.client.get("/expo/solutions/", {"page": 999})), exhibitor_names(second)
        )

    def test_filters_stay_in_the_page_links(self):
        response = self.client.get("/expo/solutions/", {"q": "Exhibitor"})
        self.assertContains(response, "?q=Exhibitor&amp;page=2")


class ChineseAreaTests(ExpoSiteMixin, TestCase):
    """A Chinese area page lists the exhibitors of its English twin until it has its own."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        chinese = get_locale("zh-hans")
        zh_home = cls.home.copy_for_translation(chinese)
        zh_home.save_revision().publish()
        cls.zh_index = cls.index.copy_for_translation(chinese)
        cls.zh_index.title = "云展会"
        cls.zh_index.save_revision().publish()
        cls.zh_area = cls.solutions.copy_for_translation(chinese)
        cls.zh_area.title = "智能制造解决方案展区"
        cls.zh_area.save_revision().publish()
        cls.exhibitor("Jiangning Precision Robotics", chinese_name="江宁精工机器人有限公司")

    def test_chinese_page_lists_the_english_exhibitors(self):
        response = self.client.get("/zh-hans/expo/solutions/")
        self.assertContains(response, "<h1>智能制造解决方案展区</h1>", html=True)
        self.assertEqual(exhibitor_names(response), ["Jiangning Precision Robotics"])
        self.assertContains(
            self.client.get("/zh-hans/expo/solutions/", {"q": "江宁"}), "江宁精工机器人有限公司"
        )

    def test_chinese_index_counts_the_english_exhibitors(self):
        text = visible_text(self.client.get("/zh-hans/expo/"))
        self.assertIn("智能制造解决方案展区 1 家展商", text)
        self.assertIn("1 个展区", text)

    def test_chinese_filters_speak_chinese(self):
        text = visible_text(self.client.get("/zh-hans/expo/solutions/", {"region": "atlantis"}))
        for expected in ("企业或产品", "全部行业", "江苏", "没有该地区，已显示全部地区。"):
            self.assertIn(expected, text)


class ExhibitorOrderTests(ExpoSiteMixin, TestCase):
    """An area lists its exhibitors as readers of its language look names up."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        chinese = get_locale("zh-hans")
        cls.home.copy_for_translation(chinese).save_revision().publish()
        cls.index.copy_for_translation(chinese).save_revision().publish()
        cls.zh_area = cls.solutions.copy_for_translation(chinese)
        cls.zh_area.save_revision().publish()
        # Code-point order (roughly by radical) would list them 中, 安, 重, 长.
        names = ("中国重型汽车集团", "重庆机床集团", "安徽江淮汽车集团", "长沙智能制造研究院")
        for number, name in enumerate(names):
            build_exhibitor(cls.zh_area, name, exhibitor_key=f"zh-exhibitor-{number}")
        for name in ("Beta Robotics", "alpha Machining", "Çelik Automation"):
            cls.exhibitor(name)

    def test_chinese_names_in_pinyin_order(self):
        # 长 reads cháng and 重 chóng in these names: pinyin by phrase, not by single character.
        self.assertEqual(
            exhibitor_names(self.client.get("/zh-hans/expo/solutions/")),
            ["安徽江淮汽车集团", "长沙智能制造研究院", "重庆机床集团", "中国重型汽车集团"],
        )

    def test_latin_names_regardless_of_case(self):
        self.assertEqual(
            exhibitor_names(self.client.get("/expo/solutions/")),
            ["alpha Machining", "Beta Robotics", "Çelik Automation"],
        )

    def test_renamed_exhibitors_move_to_their_new_places(self):
        # Published from the editor, or the title saved alone as a script might.
        alpha = ExhibitorPage.objects.get(title="alpha Machining")
        alpha.title = "Delta Machining"
        alpha.save_revision().publish()
        beta = ExhibitorPage.objects.get(title="Beta Robotics")
        beta.title = "Zeta Robotics"
        beta.save(update_fields=["title"])
        self.assertEqual(
            exhibitor_names(self.client.get("/expo/solutions/")),
            ["Çelik Automation", "Delta Machining", "Zeta Robotics"],
        )

    def test_exhibitors_saved_before_the_order_existed_are_ordered_by_the_migration(self):
        fill_sort_names = import_module("expo.migrations.0004_exhibitor_sort_name").fill_sort_names
        ExhibitorPage.objects.update(sort_name="")
        fill_sort_names(django_apps, None)
        self.assertEqual(
            exhibitor_names(self.client.get("/zh-hans/expo/solutions/"))[0], "安徽江淮汽车集团"
        )
        self.assertEqual(ExhibitorPage.objects.get(title="Beta Robotics").sort_name, "beta robotics")


class IndexTests(ExpoSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.exhibitor("Jiangning Precision Robotics")
        cls.exhibitor("Kunshan Yaoda Electronics", area=cls.talent)
        cls.exhibitor("Wuhan Optics Valley Laser", area=cls.talent)

    def test_index_shows_areas_with_exhibitor_counts(self):
        text = visible_text(self.client.get("/expo/"))
        self.assertIn("3 exhibition areas", text)
        self.assertIn("Intelligent Manufacturing Solutions 1 exhibitor", text)
        self.assertIn("Talent Exchange 2 exhibitors", text)
        self.assertIn("Financial Docking 0 exhibitors", text)

    def test_home_page_has_an_expo_section(self):
        response = self.client.get("/")
        self.assertContains(response, 'id="home-expo"')
        self.assertIn("Talent Exchange 2 exhibitors", visible_text(response))

    def test_home_section_shows_the_expo_introduction_as_last_published(self):
        with self.settings(PAGE_CACHE_SECONDS=0):  # what is kept, without the page cache
            index = ExpoIndexPage.objects.get(pk=self.index.pk)
            self.assertIn(index.introduction, visible_text(self.client.get("/")))
            index.introduction = "Exhibitors online all year round."
            index.save_revision().publish()
            self.assertIn("Exhibitors online all year round.", visible_text(self.client.get("/")))

    def test_counts_follow_publishing_at_once(self):
        with self.settings(PAGE_CACHE_SECONDS=0):  # what is kept, without the page cache
            for url in ("/expo/", "/"):
                self.assertIn("Talent Exchange 2 exhibitors", visible_text(self.client.get(url)))
            newcomer = self.exhibitor("Changzhou Hengli Drives", area=self.talent, publish=False)
            newcomer.get_latest_revision().publish()
            for url in ("/expo/", "/"):
                self.assertIn("Talent Exchange 3 exhibitors", visible_text(self.client.get(url)))
            ExhibitorPage.objects.get(pk=newcomer.pk).unpublish()
            for url in ("/expo/", "/"):
                self.assertIn("Talent Exchange 2 exhibitors", visible_text(self.client.get(url)))

    def test_exhibitors_are_in_the_site_search(self):
        from django.core.management import call_command

        call_command("update_index", verbosity=0)
        response = self.client.get("/search/", {"query": "Jiangning"})
        self.assertContains(
            response, ExhibitorPage.objects.get(exhibitor_key="jiangning-precision-robotics").url
        )


class ExhibitorPageTests(ExpoSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        from wimc_site.factories import make_placeholder_image
        from wimc_site.models import ConferenceEdition

        edition = ConferenceEdition.objects.create(
            year=2020,
            name="2020 WIMC",
            locale=get_locale(),
            full_name="2020 World Intelligent Manufacturing Conference",
        )
        cls.robots = cls.exhibitor(
            "Jiangning Precision Robotics",
            chinese_name="江宁精工机器人有限公司",
            pitch="Welding robot cells.",
            website="https://example.com/jr",
            logo=make_placeholder_image("Logo JR", size=(200, 100)),
            products=[
                ("JR-6 welding robot", "Six axes.", make_placeholder_image("JR-6", size=(300, 200))),
                ("RoboPlan", "Offline programming."),
            ],
            scenarios=[
                (
                    "scenario",
                    {"title": "Subframe welding", "customer": "A supplier", "description": "Eight cells."},
                )
            ],
            achievements=[("achievement", {"title": "Provincial award", "year": 2020, "description": ""})],
            calls_for=[("need", {"title": "Integrators in Vietnam", "description": "Partners."})],
            editions=[edition],
        )
        cls.school = cls.exhibitor(
            "Jiangsu Intelligent Manufacturing Vocational Institute",
            area=cls.talent,
            calls_for=[
                (
                    "position",
                    {
                        "title": "Lecturer, robotics",
                        "location": "Changzhou",
                        "openings": 2,
                        "description": "Teach.",
                    },
                )
            ],
        )
        cls.fund = cls.exhibitor(
            "Jiangsu Smart Manufacturing Industry Fund",
            area=cls.finance,
            calls_for=[
                (
                    "financing",
                    {
                        "direction": "offered",
                        "amount": "RMB 30–200 million",
                        "instrument": "Growth equity",
                        "description": "For growth.",
                    },
                )
            ],
        )

    def test_profile_shows_everything_an_exhibitor_gives(self):
        response = self.client.get(self.robots.url)
        text = visible_text(response)
        for expected in (
            "Jiangning Precision Robotics",
            "江宁精工机器人有限公司",
            "Welding robot cells.",
            "Products and solutions",
            "JR-6 welding robot",
            "Offline programming.",
            "Application scenarios",
            "Subframe welding",
            "Technical achievements",
            "Provincial award (2020)",
            "Cooperation sought",
            "Integrators in Vietnam",
            "Took part in 2020 World Intelligent Manufacturing Conference",
            "Website",
        ):
            self.assertIn(expected, text)
        self.assertEqual(response.content.decode().count("<h1"), 1)
        self.assertContains(response, 'alt="Logo of Jiangning Precision Robotics"')

    def test_what_the_area_calls_for_has_the_areas_heading(self):
        self.assertIn(
            "Open positions Lecturer, robotics Changzhou · 2 openings",
            visible_text(self.client.get(self.school.url)),
        )
        self.assertIn(
            "Financing sought or offered Financing offered: RMB 30–200 million Growth equity",
            visible_text(self.client.get(self.fund.url)),
        )

    def test_json_ld_is_an_organization_with_its_products(self):
        html = self.client.get(self.robots.url).content.decode()
        data = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        )
        self.assertEqual(data["@type"], "Organization")
        self.assertEqual(data["name"], "Jiangning Precision Robotics")
        self.assertEqual(data["alternateName"], "江宁精工机器人有限公司")
        self.assertEqual(data["url"], "http://localhost/expo/solutions/jiangning-precision-robotics/")
        self.assertTrue(data["logo"].startswith("http://localhost/media/images/"))
        offers = [offer["itemOffered"] for offer in data["makesOffer"]]
        self.assertEqual([o["name"] for o in offers], ["JR-6 welding robot", "RoboPlan"])
        self.assertEqual(offers[0]["@type"], "Product")
        self.assertIn("image", offers[0])
        self.assertNotIn("image", offers[1])

    def test_contact_address_is_never_shown(self):
        self.robots.contact_email = "secret-sales@example.com"
        self.robots.save_revision().publish()
        self.assertNotContains(self.client.get(self.robots.url), "secret-sales@example.com")
