from django.test import TestCase

from wimc_site import demo


class SiteSearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        demo.load_site()
        demo.load_menu()

    def test_finds_pages_by_their_words(self):
        response = self.client.get("/search/", {"query": "launch ceremony main forum"})
        self.assertContains(response, 'href="/about/"')
        self.assertContains(response, "About WIMC")

    def test_chinese_search_stays_in_chinese_pages(self):
        response = self.client.get("/zh-hans/search/", {"query": "关于大会"})
        self.assertEqual(response.status_code, 200)
        self.assertNotContains(response, 'href="/about/"')

    def test_no_match_says_so(self):
        response = self.client.get("/search/", {"query": "zzzqqqxx"})
        self.assertContains(response, "No pages match")
        self.assertContains(response, "Try fewer or different words")

    def test_empty_query_invites_a_search(self):
        response = self.client.get("/search/")
        self.assertContains(response, 'name="q"')
        self.assertContains(response, "Type a word or the start of one")
        self.assertNotContains(response, "No pages match")

    def test_q_and_query_both_search(self):
        for name in ("q", "query"):
            with self.subTest(parameter=name):
                response = self.client.get("/search/", {name: "world conference"})
                self.assertContains(response, 'href="/about/"')
                self.assertContains(response, "for “world conference”")

    def test_the_start_of_a_word_finds_the_whole_word(self):
        response = self.client.get("/search/", {"q": "summ"})  # "a summit with an exhibition"
        self.assertContains(response, 'href="/about/"')
        response = self.client.get("/search/", {"q": "Nanj"})
        self.assertContains(response, 'href="/about/"')

    def test_no_result_for_several_words_suggests_the_words_that_find_something(self):
        response = self.client.get("/search/", {"q": "summit zzzqqqxx"})
        self.assertContains(response, "No pages match")
        self.assertContains(response, '<a href="/search/?q=summit">summit</a>', html=True)
        self.assertNotContains(response, "?q=zzzqqqxx")

    def test_a_query_without_words_says_so(self):
        response = self.client.get("/search/", {"q": "?!*"})
        self.assertContains(response, "has no letters or digits to search for")

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
