"""The newsroom's demo content: the real 2020 press-conference release and releases from 2016 to 2021.

The seed release is reproduced word for word from `demo_content/`; the other releases restate
public facts about the conference in our own words. Idempotent: pages are looked up by slug.
"""

import datetime
from pathlib import Path

from django.db import transaction
from wagtail.models import Collection

from news.factories import build_news_index, build_news_page, ensure_default_categories, paragraphs
from news.models import NewsPersonLink
from news.permissions import NEWS_COLLECTION, grant_news_permissions
from wimc_site.factories import make_placeholder_image
from wimc_site.models import HomePage

SEED_FILE = Path(__file__).parent / "demo_content" / "2020-wimc-press-conference.txt"
SEED_SLUG = "2020-wimc-press-conference"
FIRST_CAPTION = "At the Site of the Press Conference"
SEED_FOOTER = "2021 WMIC"  # the original page's footer, with its typo; not part of the release


def parse_seed(path=SEED_FILE):
    """Title, paragraphs and photo captions of the seed release, exactly as written."""
    chunks = [chunk.strip() for chunk in path.read_text(encoding="utf-8").split("\n\n")]
    chunks = [chunk for chunk in chunks if chunk]
    start = next(i for i, chunk in enumerate(chunks) if chunk.startswith("The Current Location")) + 1
    first_caption = chunks.index(FIRST_CAPTION)
    footer = chunks.index(SEED_FOOTER)
    return {
        "title": chunks[start],
        "paragraphs": chunks[start + 1 : first_caption],
        "captions": chunks[first_caption:footer],
    }


def news_collection():
    return Collection.objects.filter(name=NEWS_COLLECTION, depth=2).first()


def seed_release(index_page):
    seed = parse_seed()
    photos = [
        make_placeholder_image(
            f"Photo: {caption.split(',')[0]}",
            text=caption,
            size=(1600, 1000) if number == 0 else (1200, 900),
            color=(10, 58, 122) if number == 0 else (24, 84, 150),
            collection=news_collection(),
        )
        for number, caption in enumerate(seed["captions"])
    ]
    body = paragraphs(*seed["paragraphs"])
    body.append(("image", {"image": photos[0], "caption": seed["captions"][0], "alt_text": ""}))
    body.append(
        (
            "gallery",
            {
                "title": "",
                "images": [
                    {"image": photo, "caption": caption, "alt_text": ""}
                    for photo, caption in zip(photos[1:], seed["captions"][1:], strict=True)
                ],
            },
        )
    )
    page = build_news_page(
        index_page,
        seed["title"],
        date=datetime.date(2020, 11, 6),
        category="news-release",
        slug=SEED_SLUG,
        summary="The organizers presented the features and preparations of the 2020 WIMC, to be held "
        "online and offline in Nanjing from November 26 to 28, 2020.",
        body=body,
        image=photos[0],
    )
    link_officials(page, seed["captions"][1:])
    return page


def link_officials(page, captions):
    """Link the officials in the captions to their guest pages, once the guests section has them."""
    names = [caption.split(",")[0] for caption in captions]
    # The guest page model, reached through the relation rather than imported from its app.
    guest_model = NewsPersonLink.person.field.related_model
    guests = {p.title: p for p in guest_model.objects.filter(title__in=names)}
    linked = set(page.related_people.values_list("person_id", flat=True))
    for order, name in enumerate(names):
        guest = guests.get(name)
        if guest is not None and guest.pk not in linked:
            NewsPersonLink.objects.create(page=page, person=guest, sort_order=order)


# (date, category, title, summary, paragraphs): facts from FACTS.md, sentences our own.
RELEASES = [
    (
        (2016, 10, 21),
        "news-release",
        "Beijing Press Conference Announces the World Intelligent Manufacturing Summit",
        "The first edition will be a summit with an exhibition, held in Nanjing from December 6 to 8, 2016.",
        [
            "A press conference in Beijing announced the 2016 World Intelligent Manufacturing Summit, "
            "co-hosted by the Ministry of Industry and Information Technology and the Jiangsu "
            "Provincial People's Government.",
            "The summit will take place at Nanjing International Expo Center from December 6 to 8, "
            "2016, pairing high-level talks with an exhibition of intelligent manufacturing.",
        ],
    ),
    (
        (2016, 11, 21),
        "notices",
        "Dates and Venue of the 2016 World Intelligent Manufacturing Summit",
        "December 6 to 8, 2016, at Nanjing International Expo Center.",
        [
            "The 2016 World Intelligent Manufacturing Summit runs from December 6 to 8, 2016 at "
            "Nanjing International Expo Center in Nanjing, Jiangsu.",
            "The summit and the exhibition are held side by side, so visitors can move between the "
            "talks and the exhibits.",
        ],
    ),
    (
        (2016, 12, 6),
        "conference-trends",
        "“More Cooperation, Smarter Manufacturing”: the Summit Opens in Nanjing",
        "The first World Intelligent Manufacturing Summit opened with a theme calling for cooperation.",
        [
            "The World Intelligent Manufacturing Summit opened in Nanjing under the theme “More "
            "Cooperation, Smarter Manufacturing”.",
            "Its “summit + exhibition” format brings the people who shape policy and research "
            "together with the companies that build and use intelligent equipment.",
        ],
    ),
    (
        (2016, 12, 7),
        "media-reports",
        "A 26,000 m² Exhibition Shows Intelligent Manufacturing at Work",
        "Reporters toured the exhibition that accompanies the first summit.",
        [
            "Media visiting the summit described an exhibition of 26,000 square metres at Nanjing "
            "International Expo Center.",
            "Exhibitors showed intelligent equipment and production solutions alongside the summit's "
            "discussions.",
        ],
    ),
    (
        (2016, 12, 8),
        "news-release",
        "The 2016 World Intelligent Manufacturing Summit Closes",
        "Three days of talks and exhibits ended in Nanjing on December 8, 2016.",
        [
            "The first World Intelligent Manufacturing Summit closed in Nanjing on December 8, 2016.",
            "The summit laid the ground for an event held in Jiangsu every year.",
        ],
    ),
    (
        (2017, 3, 1),
        "notices",
        "The Summit Becomes the World Intelligent Manufacturing Conference",
        "From 2017 the event is held in Jiangsu as the World Intelligent Manufacturing Conference.",
        [
            "After the 2016 summit, the event continues in Jiangsu as the World Intelligent "
            "Manufacturing Conference (WIMC).",
            "Dates and programme of the 2017 edition are announced on this site.",
        ],
    ),
    (
        (2017, 9, 1),
        "conference-trends",
        "WIMC Returns to Jiangsu for Its Second Year",
        "The 2017 edition continues the conference's tradition in Jiangsu.",
        [
            "The 2017 World Intelligent Manufacturing Conference is held in Jiangsu, the province "
            "that hosted the first summit.",
            "It keeps the pairing of forums and exhibition that the first edition introduced.",
        ],
    ),
    (
        (2017, 12, 1),
        "media-reports",
        "Second Edition Keeps Jiangsu at the Centre of Intelligent Manufacturing",
        "Coverage of the 2017 edition of the conference.",
        [
            "Media coverage of the 2017 World Intelligent Manufacturing Conference highlighted that "
            "the event has taken root in Jiangsu.",
        ],
    ),
    (
        (2018, 9, 10),
        "notices",
        "The 2018 WIMC Will Be Held in Nanjing from October 11 to 13",
        "Three days of summit, launch event, expo and themed sub-forums in Nanjing.",
        [
            "The 2018 World Intelligent Manufacturing Conference takes place in Nanjing from October "
            "11 to 13, 2018.",
            "The programme comprises a summit, a launch event, an expo, themed sub-forums and "
            "carnival events.",
        ],
    ),
    (
        (2018, 10, 11),
        "news-release",
        "2018 WIMC Opens: “Empowering the Future through Intelligent Manufacturing”",
        "The 2018 conference opened in Nanjing with its summit and launch event.",
        [
            "The 2018 World Intelligent Manufacturing Conference opened in Nanjing on October 11 under "
            "the theme “Empowering the future through intelligent manufacturing”.",
            "The opening day brought the summit and the launch event together with the start of the expo.",
        ],
    ),
    (
        (2018, 10, 12),
        "conference-trends",
        "Eleven Themed Sub-forums Go Deep into Intelligent Manufacturing",
        "The 2018 conference held 11 themed sub-forums alongside its summit.",
        [
            "Eleven themed sub-forums took place during the 2018 conference, each on one part of "
            "intelligent manufacturing.",
            "They complemented the summit with detailed discussions among researchers and enterprises.",
        ],
    ),
    (
        (2018, 10, 13),
        "news-release",
        "2018 WIMC Closes with over 100,000 Visitors",
        "Nearly 10,000 forum attendees and over 100,000 visitors came to the 2018 conference.",
        [
            "The 2018 World Intelligent Manufacturing Conference closed in Nanjing on October 13, 2018.",
            "Nearly 10,000 people attended its forums and more than 100,000 visitors came to the expo.",
        ],
    ),
    (
        (2018, 10, 15),
        "media-reports",
        "Nearly 2,000 Exhibitors Fill the 2018 Expo",
        "Reports on the scale of the 2018 expo in Nanjing.",
        [
            "Reports on the 2018 conference noted that nearly 2,000 exhibitors took part in its expo.",
        ],
    ),
    (
        (2019, 3, 1),
        "notices",
        "The 2019 WIMC Will Be Held in Jiangsu",
        "The conference meets in Jiangsu for the fourth year running.",
        [
            "The 2019 World Intelligent Manufacturing Conference is held in Jiangsu, as every edition "
            "since 2016.",
        ],
    ),
    (
        (2019, 9, 1),
        "conference-trends",
        "Four Years in Jiangsu: How the Conference Has Grown",
        "From a summit with an exhibition to a conference with forums, an expo and a carnival.",
        [
            "Since 2016 the conference has been held in Jiangsu every year.",
            "It grew from a summit with an exhibition into a conference with a summit, sub-forums, "
            "an expo and carnival events.",
        ],
    ),
    (
        (2019, 12, 1),
        "media-reports",
        "Intelligent Manufacturing Conference Marks Its Fourth Edition",
        "Coverage of the 2019 edition in Jiangsu.",
        [
            "Media reports on the 2019 edition described a conference that has become a fixture of "
            "Jiangsu's calendar.",
        ],
    ),
    (
        (2020, 10, 20),
        "notices",
        "The 2020 WIMC Will Be Held Online and Offline",
        "Key events will be held online and offline at the same time, with live broadcast.",
        [
            "The 2020 World Intelligent Manufacturing Conference will be held online and offline "
            "together, from November 26 to 28, 2020.",
            "Its ceremonies, Main Forum, sub-forums and carnival will be broadcast live.",
        ],
    ),
    (
        (2020, 11, 16),
        "notices",
        "The Cloud Expo Opens in Mid-November",
        "Five exhibition areas open online ahead of the 2020 conference.",
        [
            "The Cloud Expo of the 2020 WIMC opens in mid-November with five exhibition areas: "
            "intelligent manufacturing solutions, demonstration applications, equipment and public "
            "service platform, talent exchange, and financial docking.",
            "It stays open after the conference, offering supply–demand matchmaking and business "
            "negotiation all year.",
        ],
    ),
    (
        (2020, 11, 26),
        "news-release",
        "The 2020 WIMC Opens in Nanjing",
        "“Intelligent Manufacturing Leads Development” opened at Nanjing International Expo "
        "Conference Center.",
        [
            "The 2020 World Intelligent Manufacturing Conference opened on November 26 at Nanjing "
            "International Expo Conference Center under the theme “Intelligent Manufacturing Leads "
            "Development”.",
            "It is co-hosted by the Jiangsu Provincial People's Government, the Ministry of Industry "
            "and Information Technology, the Chinese Academy of Engineering and the China Association "
            "for Science and Technology.",
        ],
    ),
    (
        (2020, 11, 27),
        "conference-trends",
        "Sub-forums in Four Modules Meet Online and Offline",
        "Eleven sub-forums cover progress and applications, key technologies, industry and society.",
        [
            "The 2020 conference holds 11 sub-forums, organised in four modules: comprehensive "
            "progress and demonstration applications, key technologies, industrial applications, and "
            "social ecology.",
            "Speakers take part in person in Nanjing or join online.",
        ],
    ),
    (
        (2020, 11, 27),
        "conference-trends",
        "The WIMC Industrial Brands Festival Brings the Conference to the Public",
        "The festival and the Carnival invite visitors to interact with intelligent manufacturing.",
        [
            "Alongside the forums, the WIMC Industrial Brands Festival and the Carnival invite the "
            "public to meet the brands and products of intelligent manufacturing.",
        ],
    ),
    (
        (2020, 11, 28),
        "news-release",
        "2020 WIMC Closes: 30 Major Projects Worth RMB 53.63 Billion Signed",
        "Over 320 important guests took part online and offline; 30 projects were signed on site.",
        [
            "The 2020 World Intelligent Manufacturing Conference closed in Nanjing on November 28, 2020.",
            "Over 320 important guests took part online and offline, among them 24 Chinese and foreign "
            "academicians, over 100 experts and over 200 representatives of leading enterprises.",
            "Thirty major projects worth RMB 53.63 billion in total were signed on site.",
        ],
    ),
    (
        (2020, 11, 29),
        "media-reports",
        "Conference News Read over 120 Million Times",
        "The online-and-offline format carried the 2020 conference to a large audience.",
        [
            "News about the 2020 conference was read more than 120 million times, and its online "
            "platforms received over 8 million visits.",
        ],
    ),
    (
        (2020, 11, 30),
        "media-reports",
        "Over 3,200 Enterprises Exhibit on the Cloud",
        "The Cloud Expo drew more than 3,200 exhibiting enterprises.",
        [
            "More than 3,200 enterprises exhibited at the 2020 Cloud Expo, across its five exhibition areas.",
        ],
    ),
    (
        (2021, 9, 1),
        "notices",
        "The 2021 WIMC Will Be Held in Nanjing from December 8 to 10",
        "The sixth edition returns to Nanjing, China, in December 2021.",
        [
            "The 2021 World Intelligent Manufacturing Conference takes place in Nanjing, China, from "
            "December 8 to 10, 2021.",
        ],
    ),
    (
        (2021, 10, 15),
        "conference-trends",
        "A Cloud Expo That Never Closes",
        "Launched in 2020, the Cloud Expo keeps exhibitors and buyers in touch between editions.",
        [
            "The Cloud Expo launched in 2020 remains open, so exhibitors and visitors can keep "
            "matching supply and demand between conferences.",
        ],
    ),
    (
        (2021, 11, 1),
        "media-reports",
        "Looking Back on Five Editions in Jiangsu",
        "From the 2016 summit to the 2020 conference, the event has met in Jiangsu every year.",
        [
            "Ahead of the 2021 edition, reports looked back on five editions held in Jiangsu since 2016.",
        ],
    ),
    (
        (2021, 12, 8),
        "news-release",
        "The 2021 WIMC Opens in Nanjing",
        "The conference opened on December 8, 2021, online and offline.",
        [
            "The 2021 World Intelligent Manufacturing Conference opened in Nanjing on December 8, 2021.",
            "Its events are held online and offline, continuing the format introduced in 2020.",
        ],
    ),
]

CATEGORY_COLOURS = {
    "news-release": (10, 58, 122),
    "conference-trends": (14, 92, 64),
    "media-reports": (90, 50, 130),
    "notices": (150, 30, 30),
}


@transaction.atomic
def load():
    """The news index, its categories, the seed release and the other demo releases."""
    home = HomePage.objects.get(locale__language_code="en")
    ensure_default_categories(home.locale)
    index_page = build_news_index(home)
    grant_news_permissions(index_page)  # heals databases whose index predates the News collection
    seed_release(index_page)
    for (year, month, day), category, title, summary, texts in RELEASES:
        image = make_placeholder_image(
            f"News: {title}",
            text=title,
            size=(1200, 750),
            color=CATEGORY_COLOURS[category],
            collection=news_collection(),
        )
        build_news_page(
            index_page,
            title,
            date=datetime.date(year, month, day),
            category=category,
            summary=summary,
            body=paragraphs(*texts),
            image=image,
        )
    return index_page
