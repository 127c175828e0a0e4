import datetime
import json
import re

from django.test import TestCase

from news import demo
from news.factories import build_news_page
from news.models import NewsPersonLink
from speakers.factories import build_guest, build_guest_index, ensure_default_categories
from tests.news.helpers import NewsSiteMixin, visible_text
from wimc_site.factories import make_placeholder_image

SEED_CAPTIONS = [
    "At the Site of the Press Conference",
    "Miao Changxing, first-class inspector of the Equipment Division of the Ministry of Industry and "
    "Information Technology",
    "Zhang Lefu, deputy secretary-general of the Jiangsu Provincial People's Government",
    "Li Qingshan, deputy director of the General Office of the Chinese Academy of Engineering",
    "Lin Runhua, vice director of the Academic Department of the China Association for Science and "
    "Technology",
    "Huang Ping, deputy director of the Jiangsu Provincial Department of Industry and Information Technology",
    "Bao Hongxin, deputy secretary-general of the Nanjing Municipal People's Governmen",
]


class SeedArticleTests(NewsSiteMixin, TestCase):
    """The 2020 press-conference release is reproduced word for word, with its seven captioned photos."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = demo.seed_release(cls.index)

    def setUp(self):
        self.response = self.client.get("/news/2020-wimc-press-conference/")
        self.text = visible_text(self.response.content)

    def test_title_date_and_category(self):
        self.assertEqual(self.response.status_code, 200)
        self.assertContains(
            self.response, "<h1>The Press Conference of the 2020 WIMC Is Held in Beijing</h1>"
        )
        self.assertIn("November 6, 2020", self.text)
        self.assertEqual(self.article.category.name, "News Release")

    def test_every_paragraph_word_for_word(self):
        seed = demo.parse_seed()
        self.assertEqual(len(seed["paragraphs"]), 8)
        self.assertTrue(
            seed["paragraphs"][0].startswith("On November 6, the Press Conference of the 2020 World")
        )
        self.assertTrue(seed["paragraphs"][-1].endswith("latest trends of global intelligent manufacturing."))
        for paragraph in seed["paragraphs"]:
            self.assertIn(paragraph, self.text)
        self.assertIn(
            "help transform China into a major player in manufacturing, cyber power, and high- quality "
            "production.",
            self.text,
        )
        self.assertIn("the mode of “online-based, online-offline combined”", self.text)

    def test_all_seven_captions(self):
        self.assertEqual(demo.parse_seed()["captions"], SEED_CAPTIONS)
        captions = [
            visible_text(c.encode()).strip()
            for c in re.findall(r"<figcaption>(.*?)</figcaption>", self.response.content.decode(), flags=re.S)
        ]
        self.assertEqual(captions, SEED_CAPTIONS)

    def test_captioned_photos_do_not_repeat_their_caption_as_alt_text(self):
        figures = re.findall(r"<figure.*?</figure>", self.response.content.decode(), flags=re.S)
        self.assertEqual(len(figures), 7)
        for figure in figures:
            self.assertRegex(figure, r'<img [^>]*alt=""')

    def test_the_original_page_chrome_is_not_content(self):
        body = visible_text(self.response.content)
        self.assertNotIn("WMIC", body)

    def test_photos_are_renditions_with_srcset_never_originals(self):
        content = self.response.content.decode()
        sources = re.findall(r'<img[^>]* src="([^"]+)"', content)
        body_sources = [s for s in sources if s.startswith("/media/")]
        self.assertGreaterEqual(len(body_sources), 7)
        for src in body_sources:
            self.assertRegex(src, r"^/media/images/[^/]+\.(width|fill)-\d+(x\d+)?\.format-jpeg\.jpg$")
        self.assertNotIn("original_images", content)
        self.assertGreaterEqual(content.count("srcset="), 7)

    def test_placeholder_photos_carry_the_caption_names(self):
        self.assertEqual(self.article.listing_image.title, "Photo: At the Site of the Press Conference")
        gallery = self.article.body[-1].value["images"]
        self.assertEqual(
            [item["image"].title for item in gallery][:2], ["Photo: Miao Changxing", "Photo: Zhang Lefu"]
        )


class ArticleMetadataTests(NewsSiteMixin, TestCase):
    """Articles carry Open Graph, Twitter card and schema.org NewsArticle data with the lead image."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = build_news_page(
            cls.index,
            "Metadata release",
            date=datetime.date(2020, 11, 28),
            summary="What it says.",
            image=cls.thumbnail(),
            source="Xinhua",
            author="Li Ming",
        )

    def setUp(self):
        self.content = self.client.get(self.article.url).content.decode()

    def test_json_ld_is_a_news_article(self):
        raw = re.search(
            r'<script type="application/ld\+json">(.*?)</script>', self.content, flags=re.S
        ).group(1)
        data = json.loads(raw)
        self.assertEqual(data["@type"], "NewsArticle")
        self.assertEqual(data["headline"], "Metadata release")
        self.assertEqual(data["datePublished"], "2020-11-28T00:00:00+08:00")
        self.assertEqual(data["author"], {"@type": "Person", "name": "Li Ming"})
        self.assertEqual(data["articleSection"], "News Release")
        self.assertRegex(data["image"][0], r"^http://localhost/media/images/.+\.fill-1200x630\.jpg$")

    def test_open_graph_and_twitter_card(self):
        self.assertIn('<meta property="og:type" content="article">', self.content)
        self.assertRegex(
            self.content,
            r'<meta property="og:image" content="http://localhost/media/images/[^"]+'
            r'\.fill-1200x630\.jpg">',
        )
        self.assertIn('<meta name="twitter:card" content="summary_large_image">', self.content)
        self.assertIn('<meta property="og:description" content="What it says.">', self.content)

    def test_source_and_author_are_shown(self):
        self.assertIn("Source: Xinhua", self.content)
        self.assertIn("Author: Li Ming", self.content)

    def test_json_ld_cannot_break_out_of_its_script(self):
        self.article.title = "</script><script>alert(1)</script>"
        script = str(self.article.get_json_ld(None, "", None))
        self.assertEqual(script.count("</script>"), 1)
        self.assertTrue(script.endswith("</script>"))


class RelatedNewsTests(NewsSiteMixin, TestCase):
    """At an article's foot: related releases of its category and the previous and next one."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.releases = cls.add_releases(5)
        build_news_page(cls.index, "A notice", date=datetime.date(2020, 1, 4), category="notices")

    def test_previous_and_next_in_the_category(self):
        middle = self.releases[2]
        self.assertEqual(middle.get_previous_news(), self.releases[1])
        self.assertEqual(middle.get_next_news(), self.releases[3])
        self.assertIsNone(self.releases[0].get_previous_news())
        self.assertIsNone(self.releases[4].get_next_news())
        response = self.client.get(middle.url)
        self.assertContains(response, f'rel="prev" href="{self.releases[1].url}"')
        self.assertContains(response, f'rel="next" href="{self.releases[3].url}"')

    def test_a_new_release_is_linked_at_once(self):
        """The neighbours are kept between visits and found again when a release is published."""
        latest = self.releases[4]
        self.assertNotContains(self.client.get(latest.url), 'rel="next"')
        newer = build_news_page(self.index, "Release 6", date=datetime.date(2020, 1, 7))
        response = self.client.get(latest.url)
        self.assertContains(response, f'rel="next" href="{newer.url}"')
        related = [page.title for page in response.context["related_news"]]
        self.assertEqual(related, ["Release 6", "Release 4", "Release 3"])

    def test_related_releases_are_the_latest_others_of_the_category(self):
        related = list(self.releases[0].get_related_news())
        self.assertEqual([p.title for p in related], ["Release 5", "Release 4", "Release 3"])
        response = self.client.get(self.releases[0].url)
        self.assertContains(response, "Related releases")
        self.assertNotContains(response, "A notice")


class SameDayReleasesTests(NewsSiteMixin, TestCase):
    """Releases of one day follow each other in the order they were added; drafts and other
    categories are never linked from an article's foot."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        day = datetime.date(2020, 5, 1)
        cls.earlier = build_news_page(cls.index, "Earlier", date=datetime.date(2020, 4, 1))
        cls.first, cls.second, cls.third = (
            build_news_page(cls.index, title, date=day) for title in ("First", "Second", "Third")
        )
        cls.later = build_news_page(cls.index, "Later", date=datetime.date(2020, 6, 1))
        build_news_page(cls.index, "Same-day draft", date=day, publish=False)
        build_news_page(cls.index, "Same-day notice", date=day, category="notices")

    def test_previous_and_next_on_the_same_day(self):
        self.assertEqual(self.second.get_previous_news(), self.first)
        self.assertEqual(self.second.get_next_news(), self.third)
        self.assertEqual(self.first.get_previous_news(), self.earlier)
        self.assertEqual(self.third.get_next_news(), self.later)

    def test_related_releases_are_the_latest_of_the_category(self):
        related = [page.title for page in self.second.get_related_news()]
        self.assertEqual(related, ["Later", "Third", "First"])
        response = self.client.get(self.second.url)
        self.assertContains(response, f'rel="prev" href="{self.first.url}"')
        self.assertContains(response, f'rel="next" href="{self.third.url}"')
        self.assertNotContains(response, "Same-day draft")
        self.assertNotContains(response, "Same-day notice")


class RelatedPeopleTests(NewsSiteMixin, TestCase):
    """Releases can list the guests they name, and a guest page can find its releases."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        ensure_default_categories()
        guests = build_guest_index(cls.home)
        cls.guest = build_guest(guests, "Miao Changxing", "government-officials")
        cls.article = build_news_page(cls.index, "Release naming a guest")
        cls.draft = build_news_page(cls.index, "Draft naming the guest", publish=False)
        NewsPersonLink.objects.create(page=cls.article, person=cls.guest)
        NewsPersonLink.objects.create(page=cls.draft, person=cls.guest)

    def test_people_are_shown_on_the_article(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, '<a href="/guests/miao-changxing/">Miao Changxing</a>', html=True)

    def test_guest_page_lists_the_live_releases_that_name_the_guest(self):
        response = self.client.get(self.guest.url)
        self.assertContains(response, "In the news")
        self.assertContains(response, f'<a href="{self.article.url}">Release naming a guest</a>', html=True)
        self.assertNotContains(response, "Draft naming the guest")

    def test_only_guest_pages_can_be_linked(self):
        with self.assertRaises(ValueError):
            NewsPersonLink(page=self.article, person=self.home)


class DescriptionFallbackTests(NewsSiteMixin, TestCase):
    """Without a summary, an article describes itself with the start of its first paragraph."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.article = build_news_page(
            cls.index,
            "No summary",
            body=[
                ("heading", {"text": "A heading", "level": "h2"}),
                ("paragraph", "<p>The <b>first</b> paragraph &amp; its words.</p>"),
            ],
        )

    def test_meta_description_from_the_first_paragraph(self):
        response = self.client.get(self.article.url)
        self.assertContains(
            response, '<meta name="description" content="The first paragraph &amp; its words.">'
        )


class TeaserFallbackTests(NewsSiteMixin, TestCase):
    """A release published without summary or listing image still gets a full card and feed entry."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.photo = make_placeholder_image("Teaser photo", size=(900, 600))
        cls.article = build_news_page(
            cls.index,
            "Bare release",
            body=[
                ("heading", {"text": "Not this", "level": "h2"}),
                ("gallery", {"title": "", "images": [{"image": cls.photo, "caption": "Hall"}]}),
                ("paragraph", "<p>Opening words of the <i>release</i>.</p>"),
            ],
        )

    def test_card_on_the_listing_uses_the_first_paragraph_and_photo(self):
        html = self.client.get("/news/").content.decode()
        card = html.split("Bare release")[0].rsplit('<article class="card news-card">', 1)[1]
        self.assertRegex(card, r'src="/media/images/teaser-photo[^"]*\.fill-400x250\.format-jpeg\.jpg"')
        self.assertIn("Opening words of the release.", html.split("Bare release")[1].split("</article>")[0])

    def test_feed_describes_it_with_the_first_paragraph(self):
        rss = self.client.get("/news/feed/rss/").content.decode()
        self.assertIn("<description>Opening words of the release.</description>", rss)

    def test_editors_summary_and_image_win_once_set(self):
        other = make_placeholder_image("Chosen photo", size=(900, 600))
        self.article.listing_summary = "The editor's own summary."
        self.article.listing_image = other
        self.article.save_revision().publish()
        html = self.client.get("/news/").content.decode()
        self.assertIn("The editor&#x27;s own summary.", html)
        self.assertRegex(html, r'src="/media/images/chosen-photo[^"]*\.fill-400x250\.format-jpeg\.jpg"')
