"""The programme for machines: JSON, frab schedule.xml (read back with json and xml.etree) and the
schema.org Event on forum pages."""

import json
import re
from xml.etree import ElementTree

from django.test import TestCase

from wimc_site.models import EditionFormat

from .helpers import ForumDataMixin, ForumKind, ForumRole, at


class MachineDataMixin(ForumDataMixin):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.ann = cls.guest("Ann Sample")
        cls.main = cls.forum(
            "Main Forum", at(2021, 12, 8, 10), at(2021, 12, 8, 12, 30), kind=ForumKind.MAIN_FORUM,
            room="Grand Hall", guests=[(cls.ann, ForumRole.KEYNOTE)], introduction="Keynotes & <dialogue>.",
            live_stream_url="https://live.wimc.example/2021/main/",
        )
        cls.platforms = cls.forum(
            "Platforms", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="key-technologies", room="Hall B",
            format=EditionFormat.ONLINE,
        )
        cls.talent = cls.forum("Talent", at(2021, 12, 8, 14), at(2021, 12, 8, 17), module="social-ecology",
                               room="Hall A", format=EditionFormat.OFFLINE)
        cls.carnival = cls.forum("Carnival", at(2021, 12, 9, 23, 30), at(2021, 12, 10, 0, 30),
                                 kind=ForumKind.CARNIVAL, room="Expo Plaza")


class ProgrammeJsonTests(MachineDataMixin, TestCase):
    def test_json_reads_back(self):
        response = self.client.get("/forums/programme.json")
        self.assertEqual(response["Content-Type"], "application/json")
        data = json.loads(response.content)
        self.assertEqual(data["conference"]["name"], "2021 WIMC")
        self.assertEqual(data["conference"]["time_zone"], "Asia/Shanghai")
        titles = [forum["title"] for forum in data["forums"]]
        self.assertEqual(titles, ["Main Forum", "Platforms", "Talent", "Carnival"])
        main = data["forums"][0]
        self.assertEqual(main["start"], "2021-12-08T10:00:00+08:00")
        self.assertEqual(main["end"], "2021-12-08T12:30:00+08:00")
        self.assertEqual(main["kind"], "main-forum")
        self.assertEqual(main["url"], "http://localhost/forums/2021-main-forum/")
        self.assertEqual(main["live_stream_url"], "https://live.wimc.example/2021/main/")
        self.assertEqual(main["guests"], [{
            "name": "Ann Sample", "url": "http://localhost/guests/ann-sample/", "role": "keynote",
            "role_label": "Keynote speaker",
        }])
        module = {"slug": "key-technologies", "name": "Key technologies"}
        self.assertEqual(data["forums"][1]["module"], module)
        self.assertEqual(data["forums"][3]["day"], "2021-12-09")

    def test_past_edition(self):
        self.forum("Old", at(2020, 11, 26, 10), edition=self.edition_2020)
        data = json.loads(self.client.get("/forums/2020/programme.json").content)
        self.assertEqual([f["title"] for f in data["forums"]], ["Old"])
        self.assertEqual(self.client.get("/forums/0/programme.json").status_code, 404)
        self.assertEqual(self.client.get("/forums/02020/programme.json").status_code, 404)


class FrabScheduleTests(MachineDataMixin, TestCase):
    """schedule.xml in the frab format conference apps (Giggity, ConfClerk...) read."""

    def schedule(self, url="/forums/schedule.xml"):
        response = self.client.get(url)
        self.assertEqual(response["Content-Type"], "application/xml; charset=utf-8")
        return ElementTree.fromstring(response.content)  # noqa: S314 (our own response)

    def test_conference(self):
        conference = self.schedule().find("conference")
        self.assertEqual(conference.findtext("title"), "2021 WIMC")
        self.assertEqual(conference.findtext("start"), "2021-12-08")
        self.assertEqual(conference.findtext("end"), "2021-12-10")
        self.assertEqual(conference.findtext("days"), "3")
        self.assertEqual(conference.findtext("time_zone_name"), "Asia/Shanghai")

    def test_days_rooms_and_events(self):
        root = self.schedule()
        days = root.findall("day")
        self.assertEqual([(d.get("index"), d.get("date")) for d in days],
                         [("1", "2021-12-08"), ("2", "2021-12-09"), ("3", "2021-12-10")])
        self.assertEqual(days[0].get("start"), "2021-12-08T10:00:00+08:00")
        rooms = [room.get("name") for room in days[0].findall("room")]
        self.assertEqual(rooms, [
            "Grand Hall · Nanjing International Expo Conference Center",
            "Hall B · Nanjing International Expo Conference Center",
            "Hall A · Nanjing International Expo Conference Center",
        ])
        event = days[0].find("room/event")
        self.assertEqual(event.get("guid"), str(self.main.translation_key))
        self.assertEqual(event.get("id"), str(self.main.pk))
        self.assertEqual(event.findtext("title"), "Main Forum")
        self.assertEqual(event.findtext("start"), "10:00")
        self.assertEqual(event.findtext("duration"), "02:30")
        self.assertEqual(event.findtext("date"), "2021-12-08T10:00:00+08:00")
        self.assertEqual(event.findtext("type"), "Main forum")
        self.assertEqual(event.findtext("abstract"), "Keynotes & <dialogue>.")
        self.assertEqual([p.text for p in event.find("persons")], ["Ann Sample"])
        links = [link.get("href") for link in event.find("links")]
        self.assertIn("https://live.wimc.example/2021/main/", links)

    def test_a_forum_past_midnight_is_on_the_day_it_starts(self):
        days = self.schedule().findall("day")
        (carnival,) = days[1].iter("event")
        self.assertEqual(carnival.findtext("title"), "Carnival")
        self.assertEqual((carnival.findtext("start"), carnival.findtext("duration")), ("23:30", "01:00"))
        self.assertEqual(list(days[2].iter("event")), [])

    def test_module_is_the_track(self):
        events = {e.findtext("title"): e for e in self.schedule().iter("event")}
        self.assertEqual(events["Platforms"].findtext("track"), "Key technologies")

    def test_text_that_xml_cannot_carry_is_dropped(self):
        self.talent.introduction = "Bell\x07 and form feed\x0c"
        self.talent.save_revision().publish()
        events = {e.findtext("title"): e for e in self.schedule().iter("event")}
        self.assertEqual(events["Talent"].findtext("abstract"), "Bell and form feed")


class EventJsonLdTests(MachineDataMixin, TestCase):
    """schema.org Event on forum pages, as search engines read it."""

    def json_ld(self, forum):
        html = self.client.get(forum.url).content.decode()
        script = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        return json.loads(script.group(1))

    def test_mixed_event_with_place_stream_and_performers(self):
        data = self.json_ld(self.main)
        self.assertEqual(data["@type"], "Event")
        self.assertEqual(data["startDate"], "2021-12-08T10:00:00+08:00")
        self.assertEqual(data["endDate"], "2021-12-08T12:30:00+08:00")
        self.assertEqual(data["eventAttendanceMode"], "https://schema.org/MixedEventAttendanceMode")
        place, virtual = data["location"]
        self.assertEqual(place["@type"], "Place")
        self.assertEqual(place["name"], "Grand Hall · Nanjing International Expo Conference Center")
        self.assertEqual(place["address"]["addressLocality"], "Nanjing")
        self.assertEqual(virtual, {"@type": "VirtualLocation", "url": "https://live.wimc.example/2021/main/"})
        self.assertEqual(data["performer"], [
            {"@type": "Person", "name": "Ann Sample", "url": "http://localhost/guests/ann-sample/"}
        ])
        self.assertEqual(data["description"], "Keynotes & <dialogue>.")

    def test_online_and_offline_modes(self):
        online = self.json_ld(self.platforms)
        self.assertEqual(online["eventAttendanceMode"], "https://schema.org/OnlineEventAttendanceMode")
        self.assertEqual(online["location"]["@type"], "VirtualLocation")
        offline = self.json_ld(self.talent)
        self.assertEqual(offline["eventAttendanceMode"], "https://schema.org/OfflineEventAttendanceMode")
        self.assertEqual(offline["location"]["@type"], "Place")
