"""How long a page stays right by the clock alone (wimc_site.freshness)."""

import datetime

import time_machine
from django.test import SimpleTestCase
from django.utils import timezone

from wimc_site import freshness

NOON = timezone.make_aware(datetime.datetime(2021, 12, 8, 12, 0))


@time_machine.travel(NOON, tick=False)
class FreshnessTests(SimpleTestCase):
    def test_the_earliest_future_moment_wins(self):
        with freshness.collect() as found:
            freshness.changes_at(NOON + datetime.timedelta(hours=2))
            freshness.changes_at(NOON + datetime.timedelta(minutes=5))
            freshness.changes_at(NOON - datetime.timedelta(minutes=5))  # already past: ignored
        self.assertEqual(freshness.seconds_left(found, 3600), 300)

    def test_nothing_noted_keeps_the_limit(self):
        with freshness.collect() as found:
            pass
        self.assertEqual(freshness.seconds_left(found, 3600), 3600)

    def test_a_date_means_its_midnight_in_nanjing(self):
        with freshness.collect() as found:
            self.assertEqual(freshness.changes_tomorrow(), datetime.date(2021, 12, 8))
        self.assertEqual(freshness.seconds_left(found, 86400), 12 * 3600)

    def test_outside_a_request_nothing_is_recorded(self):
        freshness.changes_at(NOON + datetime.timedelta(minutes=1))  # no collector: no error
        with freshness.collect() as found:
            pass
        self.assertIsNone(found.moment)
