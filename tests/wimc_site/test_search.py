from django.test import TestCase

from wimc_site import demo


class SiteSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        demo.load_menu()

    def test_finds_pages_by_their_words(self):
        response = self.client.get("/search/", {"query": "sub-forums in four modules"})
        self.assertContains(response, 'href="/forums/"')
        self.assertContains(response, "Forums")

    def test_chinese_search_stays_in_chinese_pages(self):
        response = self.client.get("/zh-hans/search/", {"query": "关于大会"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'href="/about/"')

    def test_no_match_says_so(self):
        self.assertContains(self.client.get("/search/", {"query": "zzzqqqxx"}), "No pages match")

    def test_empty_query_shows_the_form_only(self):
        response = self.client.get("/search/")
        self.assertContains(response, 'name="query"')
        self.assertNotContains(response, "No pages match")

    def test_hostile_input_never_errors(self):
        for params in (
            {"query": "' OR 1=1; --"},
            {"query": "<script>alert(1)</script>"},
            {"query": "x" * 5000},
            {"query": "expo", "page": "abc"},
            {"query": "expo", "page": "-1"},
            {"query": "expo", "page": "99999"},
            {"query": 'AND OR NOT ( ) * " :'},
        ):
            response = self.client.get("/search/", params)
            self.assertEqual(response.status_code, 200, params)
            self.assertNotIn(b"<script>alert(1)</script>", response.content)
