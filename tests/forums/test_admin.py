"""Building the programme in the admin: validation, double-booking warnings, agenda speakers."""

import re

from django.contrib.auth.models import Group, User
from django.test import TestCase
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from forums.models import ForumPage, ForumPageForm, ForumSpeaker
from forums.permissions import PROGRAMME_EDITORS
from wimc_site.factories import get_locale

from .helpers import ForumDataMixin, ForumKind, ForumRole, at


def make_user(username, group_name):
    user = User.objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def errors(response):
    found = re.findall(r'class="error-message"[^>]*>\s*(?:<[^>]+>\s*)*([^<]+)', response.content.decode())
    return [message.strip() for message in found]


class ForumFormMixin(ForumDataMixin):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ann = cls.guest("Ann Sample")
        cls.bo = cls.guest("Bo Example")
        cls.platforms = cls.forum(
            "Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="key-technologies",
            guests=[(cls.ann, ForumRole.KEYNOTE)],
        )
        cls.editor = make_user("programme", PROGRAMME_EDITORS)

    def setUp(self):
        self.client.force_login(self.editor)

    def form_data(self, title="Talent Forum", start="2021-12-08 14:30", end="2021-12-08 16:00", guests=(),
                  agenda=(), **fields):
        from forums.factories import get_module

        return nested_form_data({
            "title": title,
            "slug": re.sub(r"\W+", "-", title.lower()),
            "edition": self.edition_2021.pk,
            "kind": ForumKind.SUB_FORUM,
            "module": get_module("social-ecology").pk,
            "start": start,
            "end": end,
            "format": "hybrid",
            "speakers": inline_formset([{"guest": guest.pk, "role": role} for guest, role in guests]),
            "organizations": inline_formset([]),
            "agenda": streamfield(list(agenda)),
            "action-publish": "publish",
            **fields,
        })

    def add(self, data):
        url = reverse("wagtailadmin_pages:add", args=("forums", "forumpage", self.index.pk))
        return self.client.post(url, data, follow=True)


class ForumValidationTests(ForumFormMixin, TestCase):
    def test_a_forum_is_added_and_published(self):
        response = self.add(self.form_data(guests=[(self.bo, ForumRole.HOST)]))
        self.assertEqual(response.status_code, 200)
        forum = ForumPage.objects.get(title="Talent Forum")
        self.assertTrue(forum.live)
        self.assertEqual(forum.local_start.strftime("%Y-%m-%d %H:%M"), "2021-12-08 14:30")
        self.assertEqual([(s.guest, s.role) for s in forum.speakers.all()], [(self.bo, ForumRole.HOST)])

    def test_end_before_start_is_refused(self):
        response = self.add(self.form_data(start="2021-12-08 14:00", end="2021-12-08 13:00"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ForumPage.objects.filter(title="Talent Forum").exists())
        self.assertIn("A forum must end after it starts.", errors(response))
        self.assertIs(response.context["form"].has_error("end"), True)

    def test_end_equal_to_start_is_refused(self):
        response = self.add(self.form_data(start="2021-12-08 14:00", end="2021-12-08 14:00"))
        self.assertFalse(ForumPage.objects.filter(title="Talent Forum").exists())
        self.assertIn("A forum must end after it starts.", errors(response))

    def test_the_database_refuses_it_too(self):
        from django.db import IntegrityError, transaction

        with self.assertRaises(IntegrityError), transaction.atomic():
            ForumPage.objects.filter(pk=self.platforms.pk).update(end=self.platforms.start)

    def test_a_sub_forum_needs_a_module(self):
        response = self.add(self.form_data(module=""))
        self.assertFalse(ForumPage.objects.filter(title="Talent Forum").exists())
        self.assertIn("Choose the module this sub-forum belongs to.", errors(response))


class DoubleBookingTests(ForumFormMixin, TestCase):
    """A guest booked in two forums at the same time is allowed, with a warning."""

    def messages(self, response):
        return [str(m) for m in response.context["messages"]]

    def test_overlap_warns_but_saves(self):
        guests = [(self.ann, ForumRole.HOST), (self.bo, ForumRole.PANELIST)]
        response = self.add(self.form_data(guests=guests))
        self.assertTrue(ForumPage.objects.filter(title="Talent Forum", live=True).exists())
        self.assertIn(
            "Ann Sample is also booked at “Platforms” (December 8, 14:00–17:00) at the same time.",
            self.messages(response),
        )
        self.assertFalse(any("Bo Example" in m for m in self.messages(response)))

    def test_back_to_back_forums_do_not_warn(self):
        response = self.add(self.form_data(start="2021-12-08 17:00", end="2021-12-08 18:00",
                                           guests=[(self.ann, ForumRole.HOST)]))
        self.assertFalse(any("also booked" in m for m in self.messages(response)))

    def test_editing_warns_too(self):
        other = self.forum("Sensors", at(2021, 12, 8, 15), at(2021, 12, 8, 16), module="key-technologies")
        url = reverse("wagtailadmin_pages:edit", args=(other.pk,))
        data = self.form_data(title="Sensors", start="2021-12-08 15:00", end="2021-12-08 16:00",
                              guests=[(self.ann, ForumRole.MODERATOR)], module=other.module_id)
        response = self.client.post(url, data, follow=True)
        self.assertIn(
            "Ann Sample is also booked at “Platforms” (December 8, 14:00–17:00) at the same time.",
            self.messages(response),
        )

    def test_a_forums_own_translation_is_not_a_clash(self):
        chinese = get_locale("zh-hans")
        self.home.copy_for_translation(chinese).save_revision().publish()
        self.index.copy_for_translation(chinese).save_revision().publish()
        self.platforms.copy_for_translation(chinese).save_revision().publish()
        self.assertEqual(ForumSpeaker.objects.filter(guest=self.ann).count(), 2)
        self.assertEqual(ForumPage.objects.get(pk=self.platforms.pk).get_double_bookings(), [])


class AgendaTests(ForumFormMixin, TestCase):
    def test_agenda_speakers_join_the_guests_and_list_the_forum(self):
        agenda = [("item", {"start": "14:30", "end": "14:50", "title": "Keynote: Skills", "description": "",
                            "speakers": streamfield([("item", self.bo.pk)])})]
        # A ListBlock posts like a stream of "item" children.
        self.add(self.form_data(guests=[], agenda=agenda))
        forum = ForumPage.objects.get(title="Talent Forum")
        self.assertEqual([(s.guest, s.role) for s in forum.speakers.all()], [(self.bo, ForumRole.SPEAKER)])
        self.assertContains(self.client.get(self.bo.url), forum.title)
        page = self.client.get(forum.url)
        self.assertContains(page, "Keynote: Skills")
        self.assertContains(page, f'<a href="{self.bo.url}">Bo Example</a>')

    def test_agenda_keeps_the_editors_order(self):
        forum = self.forum(
            "Ordered", at(2021, 12, 9, 9), at(2021, 12, 9, 12), module="key-technologies",
            agenda=[
                ("item", {"start": "09:00", "end": "09:10", "title": "Opening remarks", "speakers": []}),
                ("item", {"start": "09:10", "title": "First keynote", "speakers": [self.ann]}),
                ("item", {"start": "09:40", "end": "10:10", "title": "Second keynote", "speakers": []}),
            ],
        )
        html = self.client.get(forum.url).content.decode()
        titles = re.findall(r'<h3 class="agenda-item__title">([^<]+)</h3>', html)
        self.assertEqual(titles, ["Opening remarks", "First keynote", "Second keynote"])

    def test_unpublished_agenda_speakers_are_not_linked(self):
        forum = self.forum(
            "Ordered", at(2021, 12, 9, 9), at(2021, 12, 9, 12), module="key-technologies",
            agenda=[("item", {"start": "09:00", "title": "Keynote", "speakers": [self.bo]})],
        )
        self.bo.unpublish()
        self.assertNotContains(self.client.get(forum.url), "Bo Example")


class AdminScreenTests(ForumFormMixin, TestCase):
    def test_add_and_edit_screens_open(self):
        add = self.client.get(reverse("wagtailadmin_pages:add", args=("forums", "forumpage", self.index.pk)))
        self.assertEqual(add.status_code, 200)
        self.assertContains(add, 'name="speakers-TOTAL_FORMS"')
        self.assertContains(add, "speakers.guestpage")  # the guest chooser offers guest pages only
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=(self.platforms.pk,)))
        self.assertEqual(edit.status_code, 200)

    def test_editions_and_modules_in_the_forums_language(self):
        chinese = get_locale("zh-hans")
        self.edition_2021.copy_for_translation(chinese).save()
        form_class = ForumPage.get_edit_handler().get_form_class()
        self.assertTrue(issubclass(form_class, ForumPageForm))
        forum = ForumPage(locale=get_locale())
        form = form_class(instance=forum, for_user=self.editor, parent_page=self.index)
        self.assertEqual({e.locale.language_code for e in form.fields["edition"].queryset}, {"en"})
        self.assertEqual({m.locale.language_code for m in form.fields["module"].queryset}, {"en"})

    def test_modules_are_edited_as_snippets(self):
        response = self.client.get("/admin/snippets/forums/forummodule/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Key technologies")
