"""What `wimc_site.kept` keeps is computed once, until the next editor change forgets all of it."""

from django.test import TestCase

from wimc_site import invalidation
from wimc_site.kept import kept


class KeptTests(TestCase):
    def setUp(self):
        self.calls = []

    def answer(self, name="figures"):
        def compute():
            self.calls.append(name)
            return f"{name} #{len(self.calls)}"

        return kept((name, 2021), compute)

    def test_computed_once_until_a_change(self):
        self.assertEqual(self.answer(), "figures #1")
        self.assertEqual(self.answer(), "figures #1")
        self.assertEqual(self.calls, ["figures"])

    def test_a_change_forgets_every_answer(self):
        self.answer("figures"), self.answer("hero")
        invalidation.forget_everything()
        self.assertEqual(self.answer("figures"), "figures #3")
        self.assertEqual(self.answer("hero"), "hero #4")

    def test_names_keep_answers_apart(self):
        self.assertEqual(self.answer("figures"), "figures #1")
        self.assertEqual(self.answer("hero"), "hero #2")
