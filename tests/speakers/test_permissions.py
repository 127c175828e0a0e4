import importlib

from django.apps import apps
from django.contrib.auth.models import Group, User
from django.test import TestCase
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission
from wagtail.permissions import policy_registry

from speakers.permissions import GUESTS_COLLECTION, ORGANIZERS_GROUP
from wimc_site.factories import get_root_collection, make_placeholder_image
from wimc_site.permissions import get_or_create_child_collection, grant_collection_permissions

from .helpers import GuestDataMixin


class OrganizerImageTests(GuestDataMixin, TestCase):
    """Organizers manage the images in the Guests collection and may only choose the others."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.organizer = User.objects.create_user("organizer", password="pw")
        cls.organizer.groups.add(Group.objects.get(name=ORGANIZERS_GROUP))
        cls.guests = Collection.objects.get(name=GUESTS_COLLECTION)
        cls.news = get_or_create_child_collection("News")
        cls.logo = make_placeholder_image("MIIT logo", size=(40, 20))
        cls.news_photo = make_placeholder_image("Opening ceremony", size=(40, 20), collection=cls.news)
        cls.guest_photo = make_placeholder_image("Guest photo", size=(40, 20), collection=cls.guests)

    def test_organizers_change_guest_photos_only(self):
        policy = policy_registry.get_by_type(get_image_model())
        for image, can_change in ((self.logo, False), (self.news_photo, False), (self.guest_photo, True)):
            with self.subTest(image=image.title):
                self.assertTrue(policy.user_has_permission_for_instance(self.organizer, "choose", image))
                self.assertEqual(policy.user_has_permission_for_instance(self.organizer, "change", image),
                                 can_change)
                self.assertEqual(policy.user_has_permission_for_instance(self.organizer, "delete", image),
                                 can_change)
        uploads_to = policy.collections_user_has_permission_for(self.organizer, "add")
        self.assertEqual(list(uploads_to), [self.guests])

    def test_organizer_cannot_edit_or_delete_a_logo_in_the_admin(self):
        self.client.force_login(self.organizer)
        response = self.client.post(reverse("wagtailimages:edit", args=(self.logo.pk,)),
                                    {"title": "Renamed", "collection": self.guests.pk})
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        response = self.client.post(reverse("wagtailimages:delete", args=(self.logo.pk,)))
        self.assertRedirects(response, reverse("wagtailadmin_home"))
        self.logo.refresh_from_db()
        self.assertEqual(self.logo.title, "MIIT logo")

    def test_organizer_can_rename_a_guest_photo(self):
        self.client.force_login(self.organizer)
        response = self.client.post(reverse("wagtailimages:edit", args=(self.guest_photo.pk,)),
                                    {"title": "Portrait of the guest", "collection": self.guests.pk})
        self.assertRedirects(response, reverse("wagtailimages:index"))
        self.guest_photo.refresh_from_db()
        self.assertEqual(self.guest_photo.title, "Portrait of the guest")


class OrganizerMigrationTests(GuestDataMixin, TestCase):
    """The migration takes back the organizers' rights on every image and moves guest photos."""

    def test_migration_limits_an_existing_group_and_moves_guest_photos(self):
        group = Group.objects.get(name=ORGANIZERS_GROUP)
        root = get_root_collection()
        grant_collection_permissions(group, root, [("wagtailimages", "image", "change_image", "Can change")])
        photo = make_placeholder_image("Old guest photo", size=(40, 20))
        logo = make_placeholder_image("A logo", size=(40, 20))
        self.guest("Zhang Sample", photo=photo)
        migration = importlib.import_module("speakers.migrations.0005_organizers_images_in_guests_collection")
        migration.limit_organizers_to_guests(apps, None)
        on_root = GroupCollectionPermission.objects.filter(group=group, collection=root)
        self.assertEqual(
            set(on_root.filter(permission__codename__endswith="_image").values_list("permission__codename",
                                                                                    flat=True)),
            {"choose_image"},
        )
        photo.refresh_from_db()
        logo.refresh_from_db()
        self.assertEqual(photo.collection.name, GUESTS_COLLECTION)
        self.assertEqual(logo.collection, root)
