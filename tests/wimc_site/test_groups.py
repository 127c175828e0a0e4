from django.contrib.auth.models import Group
from django.test import TestCase
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from wimc_site.factories import build_home_page
from wimc_site.permissions import _historical_child_collection

# Each content app's staff group, made by its migrations.
SITE_GROUPS = ["Expo organizers", "News editors", "Organizers", "Programme editors", "Publishers"]


class StaffGroupTests(TestCase):
    """Only the site's own groups exist; nobody but administrators has rights at the tree's root."""

    @classmethod
    def setUpTestData(cls):
        build_home_page()

    def test_wagtail_default_groups_are_removed(self):
        self.assertFalse(Group.objects.filter(name__in=["Editors", "Moderators"]).exists())
        self.assertEqual(
            sorted(Group.objects.values_list("name", flat=True)), SITE_GROUPS
        )

    def test_no_group_may_change_the_whole_tree(self):
        self.assertFalse(GroupPagePermission.objects.filter(page__depth__lte=2).exists())
        at_root = GroupCollectionPermission.objects.filter(collection__depth=1)
        self.assertEqual(set(at_root.values_list("permission__codename", flat=True)),
                         {"choose_image", "choose_document"})


class CollectionMigrationHelperTests(TestCase):
    """Data migrations add collections without tree methods; the tree stays valid."""

    def test_historical_child_collections_make_a_valid_tree(self):
        first = _historical_child_collection(Collection, "Press kit")
        second = _historical_child_collection(Collection, "Venue maps")
        self.assertEqual(_historical_child_collection(Collection, "Press kit"), first)
        root = Collection.get_first_root_node()
        self.assertEqual(sorted(c.name for c in root.get_children()), ["Guests", "Press kit", "Venue maps"])
        self.assertEqual(second.get_parent(), root)
        self.assertEqual([problems for problems in Collection.find_problems() if problems], [])
