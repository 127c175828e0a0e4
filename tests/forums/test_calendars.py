"""iCalendar files: one forum, the whole programme, a guest's forums and a personal agenda, each
parsed back with `icalendar` and read in other time zones."""

import datetime
import uuid
from zoneinfo import ZoneInfo

from django.test import TestCase, override_settings
from icalendar import Calendar

from forums.models import ForumPage

from .helpers import ForumDataMixin, ForumKind, ForumRole, at

UTC = datetime.UTC
NEW_YORK = ZoneInfo("America/New_York")


def parse(response):
    return Calendar.from_ical(response.content)


class CalendarDataMixin(ForumDataMixin):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ann = cls.guest("Ann Sample")
        cls.bo = cls.guest("Bo Example")
        cls.launch = cls.forum(
            "Launch Ceremony", at(2021, 12, 8, 9), at(2021, 12, 8, 10), kind=ForumKind.LAUNCH_CEREMONY,
            room="Grand Hall, Conference Center Level 1", guests=[(cls.ann, ForumRole.HOST)],
            live_stream_url="https://live.wimc.example/2021/launch/", introduction="The conference opens.",
        )
        cls.platforms = cls.forum(
            "Sub-forum on Industrial Internet Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17, 30),
            module="key-technologies", guests=[(cls.ann, ForumRole.KEYNOTE), (cls.bo, ForumRole.PANELIST)],
        )
        cls.carnival = cls.forum("Carnival", at(2021, 12, 9, 23, 30), at(2021, 12, 10, 0, 30),
                                 kind=ForumKind.CARNIVAL)
        cls.old = cls.forum("2020 Main Forum", at(2020, 11, 26, 10), edition=cls.edition_2020,
                            kind=ForumKind.MAIN_FORUM, guests=[(cls.ann, ForumRole.KEYNOTE)])


class ForumCalendarTests(CalendarDataMixin, TestCase):
    def test_one_forum(self):
        response = self.client.get("/forums/2021-launch-ceremony/calendar.ics")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        self.assertEqual(response["Content-Disposition"], 'attachment; filename="2021-launch-ceremony.ics"')
        (event,) = parse(response).events
        self.assertEqual(str(event["SUMMARY"]), "Launch Ceremony")
        self.assertEqual(str(event["URL"]), "http://localhost/forums/2021-launch-ceremony/")
        self.assertEqual(
            str(event["LOCATION"]),
            "Grand Hall, Conference Center Level 1 · Nanjing International Expo Conference Center",
        )
        self.assertIn("https://live.wimc.example/2021/launch/", str(event["DESCRIPTION"]))
        self.assertIn("Ann Sample", str(event["DESCRIPTION"]))

    def test_nine_oclock_in_nanjing_is_one_oclock_utc_and_the_evening_before_in_new_york(self):
        (event,) = parse(self.client.get(self.launch.calendar_url())).events
        start, end = event.start, event.end
        self.assertEqual(start.astimezone(UTC), datetime.datetime(2021, 12, 8, 1, 0, tzinfo=UTC))
        self.assertEqual(end.astimezone(UTC), datetime.datetime(2021, 12, 8, 2, 0, tzinfo=UTC))
        in_new_york = start.astimezone(NEW_YORK)
        self.assertEqual((in_new_york.date(), in_new_york.hour), (datetime.date(2021, 12, 7), 20))

    def test_times_carry_the_shanghai_zone_with_its_definition(self):
        calendar = parse(self.client.get(self.launch.calendar_url()))
        (event,) = calendar.events
        self.assertEqual(event["DTSTART"].params["TZID"], "Asia/Shanghai")
        self.assertEqual(event["DTSTART"].to_ical(), b"20211208T090000")
        (zone,) = calendar.timezones
        self.assertEqual(zone.tz_name, "Asia/Shanghai")
        offsets = {component["TZOFFSETTO"].td for component in zone.standard}
        self.assertEqual(offsets, {datetime.timedelta(hours=8)})
        self.assertEqual(calendar.get_missing_tzids(), set())
        # The zone read back from the file itself (not the local zone database) places it right too.
        offset = zone.to_tz().utcoffset(datetime.datetime(2021, 12, 8, 9))
        self.assertEqual(offset, datetime.timedelta(hours=8))

    def test_uid_is_stable_and_shared_by_translations(self):
        first = parse(self.client.get(self.launch.calendar_url())).events[0]["UID"]
        second = parse(self.client.get(self.launch.calendar_url())).events[0]["UID"]
        self.assertEqual(first, second)
        self.assertEqual(first, f"forum-{self.launch.translation_key}@wimc")

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_an_unchanged_calendar_is_the_same_file_each_time(self):
        """Calendar apps polling a feed get the same file until a forum changes (and a 304 for its
        ETag); each calendar has a UID of its own."""
        first = self.client.get("/forums/programme.ics")
        second = self.client.get("/forums/programme.ics")
        self.assertEqual(first.content, second.content)
        unchanged = self.client.get("/forums/programme.ics", headers={"if-none-match": first["ETag"]})
        self.assertEqual(unchanged.status_code, 304)
        past = self.client.get("/forums/2020/programme.ics")
        self.assertNotEqual(parse(first)["UID"], parse(past)["UID"])

    def test_programme_of_the_current_edition(self):
        response = self.client.get("/forums/programme.ics")
        calendar = parse(response)
        self.assertEqual(
            [str(e["SUMMARY"]) for e in calendar.events],
            ["Launch Ceremony", "Sub-forum on Industrial Internet Platforms", "Carnival"],
        )
        carnival = calendar.events[2]
        self.assertEqual(carnival.end - carnival.start, datetime.timedelta(hours=1))
        self.assertEqual(carnival.end.astimezone(UTC), datetime.datetime(2021, 12, 9, 16, 30, tzinfo=UTC))

    def test_programme_of_a_past_edition(self):
        calendar = parse(self.client.get("/forums/2020/programme.ics"))
        self.assertEqual([str(e["SUMMARY"]) for e in calendar.events], ["2020 Main Forum"])
        self.assertEqual(self.client.get("/forums/1999/programme.ics").status_code, 404)

    def test_a_guests_forums(self):
        response = self.client.get(f"/forums/guest/{self.ann.guest_key}.ics")
        self.assertEqual(response.status_code, 200)
        summaries = [str(e["SUMMARY"]) for e in parse(response).events]
        self.assertEqual(
            summaries, ["2020 Main Forum", "Launch Ceremony", "Sub-forum on Industrial Internet Platforms"]
        )
        response = self.client.get(f"/forums/guest/{self.bo.guest_key}.ics")
        bo = [str(e["SUMMARY"]) for e in parse(response).events]
        self.assertEqual(bo, ["Sub-forum on Industrial Internet Platforms"])

    def test_unknown_guest_or_guest_without_forums_is_404(self):
        nobody = self.guest("Cai Nobody")
        self.assertEqual(self.client.get(f"/forums/guest/{nobody.guest_key}.ics").status_code, 404)
        self.assertEqual(self.client.get("/forums/guest/no-such-guest.ics").status_code, 404)

    def test_unpublished_forums_stay_out_of_calendars(self):
        ForumPage.objects.get(pk=self.platforms.pk).unpublish()
        summaries = [str(e["SUMMARY"]) for e in parse(self.client.get("/forums/programme.ics")).events]
        self.assertNotIn("Sub-forum on Industrial Internet Platforms", summaries)
        self.assertEqual(self.client.get(self.platforms.url + "calendar.ics").status_code, 404)


class AgendaCalendarTests(CalendarDataMixin, TestCase):
    """/forums/agenda.ics?forum=<key>&forum=<key>: the starred forums, whatever else is asked."""

    def agenda(self, *keys):
        return parse(self.client.get("/forums/agenda.ics", {"forum": [str(k) for k in keys]}))

    def test_starred_forums(self):
        calendar = self.agenda(self.carnival.translation_key, self.launch.translation_key)
        self.assertEqual([str(e["SUMMARY"]) for e in calendar.events], ["Launch Ceremony", "Carnival"])

    def test_unknown_and_malformed_keys_are_ignored(self):
        calendar = self.agenda(
            self.launch.translation_key, uuid.uuid4(), "12", "x" * 10_000, "\x00", "'; DROP TABLE x; --",
        )
        self.assertEqual([str(e["SUMMARY"]) for e in calendar.events], ["Launch Ceremony"])

    def test_no_keys_gives_an_empty_calendar(self):
        response = self.client.get("/forums/agenda.ics")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(parse(response).events, [])

    def test_the_number_of_keys_read_is_capped(self):
        keys = [uuid.uuid4() for _ in range(100)] + [self.launch.translation_key]
        self.assertEqual(self.agenda(*keys).events, [])  # the real key came after the cap
