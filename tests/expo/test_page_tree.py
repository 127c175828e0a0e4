from wagtail.test.utils import WagtailPageTestCase

from expo.models import ExhibitorPage, ExpoAreaPage, ExpoIndexPage, ExpoListingPage
from wimc_site.models import ContentPage, HomePage

from .helpers import ExpoSiteMixin


class ExpoPageTreeTests(WagtailPageTestCase):
    """/expo/ → areas → exhibitors and listings, and nothing else."""

    def test_index_lives_under_home_only(self):
        self.assertAllowedParentPageTypes(ExpoIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ExpoIndexPage, {ExpoAreaPage})

    def test_areas_live_under_the_index(self):
        self.assertAllowedParentPageTypes(ExpoAreaPage, {ExpoIndexPage})
        self.assertAllowedSubpageTypes(ExpoAreaPage, {ExhibitorPage, ExpoListingPage})
        self.assertCanNotCreateAt(HomePage, ExpoAreaPage)

    def test_exhibitors_and_listings_are_leaves_under_an_area(self):
        for model in (ExhibitorPage, ExpoListingPage):
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, {ExpoAreaPage})
                self.assertAllowedSubpageTypes(model, set())
                self.assertCanNotCreateAt(ExpoIndexPage, model)
                self.assertCanNotCreateAt(ContentPage, model)


class ExpoSingletonTests(ExpoSiteMixin, WagtailPageTestCase):
    def test_one_expo_per_home(self):
        self.assertFalse(ExpoIndexPage.can_create_at(self.home))

    def test_pages_answer_at_their_addresses(self):
        exhibitor = self.exhibitor("Jiangning Precision Robotics")
        for url in ("/expo/", "/expo/solutions/", exhibitor.url, "/expo/supply-and-demand/"):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 200)
