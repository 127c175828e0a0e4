from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from wimc_site.models import AboutPage, ContentPage, HomePage


class PageTreeTests(WagtailPageTestCase):
    """Editors can only build the tree the site's URLs and menus expect."""

    def test_home_page_sits_at_the_root_only(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(ContentPage, HomePage)

    def test_about_page_lives_under_home(self):
        self.assertCanCreateAt(HomePage, AboutPage)
        self.assertCanNotCreateAt(ContentPage, AboutPage)
        self.assertCanNotCreateAt(Page, AboutPage)

    def test_content_pages_nest_under_home_about_and_each_other(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, AboutPage, ContentPage})
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})


class SingletonTests(WagtailPageTestCase):
    """There is one home page, and one About page per home page."""

    @classmethod
    def setUpTestData(cls):
        from wimc_site.factories import add_page, build_home_page

        cls.home = build_home_page()
        add_page(cls.home, AboutPage(title="About", slug="about"))

    def test_no_second_home_page(self):
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))

    def test_no_second_about_page(self):
        self.assertFalse(AboutPage.can_create_at(self.home))
