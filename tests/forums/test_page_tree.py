from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from forums.models import ForumIndexPage, ForumPage
from speakers.models import GuestIndexPage
from wimc_site.models import ContentPage, HomePage

from .helpers import ForumDataMixin


class ForumPageTreeTests(WagtailPageTestCase):
    """The programme sits right under home; forums live only in it."""

    def test_index_lives_under_home_only(self):
        self.assertAllowedParentPageTypes(ForumIndexPage, {HomePage})
        self.assertCanNotCreateAt(Page, ForumIndexPage)
        self.assertCanNotCreateAt(ContentPage, ForumIndexPage)

    def test_forums_live_under_the_index_only(self):
        self.assertAllowedSubpageTypes(ForumIndexPage, {ForumPage})
        self.assertCanCreateAt(ForumIndexPage, ForumPage)
        self.assertCanNotCreateAt(HomePage, ForumPage)
        self.assertCanNotCreateAt(GuestIndexPage, ForumPage)

    def test_forums_are_leaves(self):
        self.assertAllowedSubpageTypes(ForumPage, set())


class ForumIndexSingletonTests(ForumDataMixin, WagtailPageTestCase):
    def test_one_programme_per_home(self):
        self.assertFalse(ForumIndexPage.can_create_at(self.home))
