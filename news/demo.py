"""The newsroom's demo content: the real 2020 press-conference release and releases from 2016 to 2021.

The seed release is reproduced word for word from `demo_content/`; the other releases restate
public facts about the conference in our own words. Idempotent: pages are looked up by slug.
"""

import datetime
from pathlib import Path

from django.db import transaction
from wagtail.models import Collection

from news.factories import build_news_index, build_news_page, ensure_default_categories, paragraphs
from news.models import NewsCategory, NewsPage, NewsPersonLink
from news.permissions import NEWS_COLLECTION, grant_news_permissions
from wimc_site.factories import get_locale, make_placeholder_image, translate_page, translate_snippet
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


# The Chinese newsroom: categories, index, the seed release translated in full, and releases below
# written in Chinese (keyed by the English release's title).
CHINESE_CATEGORIES = {
    "news-release": "新闻发布",
    "conference-trends": "大会动态",
    "media-reports": "媒体报道",
    "notices": "通知公告",
}
CHINESE_INDEX = {
    "title": "新闻中心",
    "introduction": "世界智能制造大会发布的新闻稿、大会动态、媒体报道和通知公告。",
    "listing_summary": "世界智能制造大会的新闻稿、大会动态、媒体报道和通知公告。",
}
CHINESE_SEED = {
    "title": "2020世界智能制造大会新闻发布会在北京举行",
    "summary": "主办方介绍了2020世界智能制造大会的特点和筹备情况。大会将于2020年11月26日至28日在南京以线上"
    "线下相结合的方式举办。",
    "paragraphs": [
        "11月6日，2020世界智能制造大会新闻发布会在北京举行。发布会上，工业和信息化部装备工业一司一级巡视员"
        "苗长兴发布了2020世界智能制造大会总体情况、特点和亮点；2020世界智能制造大会组委会秘书长、江苏省人民"
        "政府副秘书长张乐夫介绍了大会筹备情况。中国工程院办公厅副主任李青山，中国科学技术协会学会学术部副部长"
        "林润华，南京市人民政府副秘书长包洪新等领导以及中央、省、市媒体记者近50人出席发布会。",
        "智能制造作为新一轮科技革命和产业变革的重要驱动力，是推动制造业高质量发展的主攻方向。在今年统筹推进"
        "疫情防控和经济社会发展中，智能制造在复工复产、畅通产业链、稳定供应链、提升产业竞争力等方面发挥了重要"
        "作用。为推动实体经济高质量发展，深化智能制造领域国际合作与交流，经国务院批准，2020世界智能制造大会将"
        "于2020年11月26日至28日在南京国际博览会议中心举办，由江苏省人民政府、工业和信息化部、中国工程院、中国"
        "科学技术协会共同主办。",
        "2020世界智能制造大会将深入贯彻党的十九届五中全会精神，围绕加快构建以国内大循环为主体、国内国际双循环"
        "相互促进的新发展格局，着力推进产业基础高级化和产业链现代化，助力制造强国、网络强国和质量强国建设。"
        "大会以“智能制造 引领发展”为主题，开幕式、闭幕式、主论坛、分论坛和嘉年华等重点活动将线上线下同步"
        "举行，同期还将推出云展会。2020世界智能制造大会将突出以下特点：",
        "一是境内外嘉宾共同参与，办会更加国际化。大会将邀请一批国内外高层官员、院士、企业家以及国际知名机构"
        "负责人、世界500强企业负责人等嘉宾，共同研判未来趋势、发布权威报告、分享最新成果，打造全球智能制造领域"
        "规模大、层次高、信息量丰富的顶级盛会。目前已初步确定重点嘉宾59位，其中国际组织代表13位、国内外院士"
        "33位、世界500强企业代表13位，国际化、专业化水平进一步提升。",
        "二是主论坛与分论坛相结合，办会更加专业化。开幕式暨主论坛将集中展示全球智能制造领域的最新成果、领先技术"
        "和高端产品，权威机构将发布一批成果、政策和前沿技术报告等，多维度展示数字化制造、网络化制造、智能化制造"
        "的解决方案和应用案例。分论坛聚焦科技与产业融合，设置综合进展与示范应用、关键技术、行业应用、社会生态"
        "四大板块，广泛邀请国内外智能制造领域的科学家和学者，专题研讨智能制造发展路径、智能制造塑造未来生活等"
        "内容，掀起智能制造头脑风暴。",
        "三是线上线下相结合，办会更加互动化。严格按照疫情常态化防控要求，2020世界智能制造大会采取“线上为主、"
        "线上线下相结合”的方式，全程网络直播，全方位呈现大会盛况。通过搭建云展会、举办世界智能制造大会工业品牌"
        "节，吸引具备专业知识的观众互动参与，实现全方位、多层次、高效率、立体化宣传推广。",
        "四是搭建平台与促进合作相结合，办会更加长效化。2020世界智能制造大会将通过云展会，全方位展示涉及企业、"
        "产品、人才、资本、技术成果和应用场景的智能制造生态体系，同时提供精准供需对接、商务洽谈等功能，帮助企业"
        "实现更深层次的交流与合作。云展会将于11月中旬上线，设置智能制造解决方案、示范应用、装备及公共服务平台、"
        "人才交流、金融对接共5个展区，并长期向公众开放，打造永不落幕的“云上博览会”。",
        "自2016年以来，世界智能制造大会已连续四年在江苏举办。2020世界智能制造大会将延续历届大会传统，努力打造"
        "立足中国、面向世界，全面展示和交流全球智能制造最新成果、最新技术、最新模式和最新趋势的国际化平台。",
    ],
    "captions": [
        "发布会现场",
        "工业和信息化部装备工业一司一级巡视员苗长兴",
        "江苏省人民政府副秘书长张乐夫",
        "中国工程院办公厅副主任李青山",
        "中国科学技术协会学会学术部副部长林润华",
        "江苏省工业和信息化厅副厅长黄平",
        "南京市人民政府副秘书长包洪新",
    ],
}
# English title: (Chinese title, summary, paragraphs).
CHINESE_RELEASES = {
    "Beijing Press Conference Announces the World Intelligent Manufacturing Summit": (
        "北京新闻发布会宣布举办世界智能制造峰会",
        "首届活动将以峰会加展览的形式，于2016年12月6日至8日在南京举办。",
        [
            "在北京举行的新闻发布会宣布，2016世界智能制造峰会将由工业和信息化部与江苏省人民政府共同主办。",
            "峰会将于2016年12月6日至8日在南京国际博览中心举行，高层对话与智能制造展览同期举办。",
        ],
    ),
    "“More Cooperation, Smarter Manufacturing”: the Summit Opens in Nanjing": (
        "“加强合作 让制造更智能”：世界智能制造峰会在南京开幕",
        "首届世界智能制造峰会开幕，主题呼吁加强合作。",
        [
            "世界智能制造峰会在南京开幕，主题为“加强合作 让制造更智能”。",
            "“峰会+展览”的形式，让制定政策、从事研究的人士与制造和使用智能装备的企业汇聚一堂。",
        ],
    ),
    "The 2018 WIMC Will Be Held in Nanjing from October 11 to 13": (
        "2018世界智能制造大会将于10月11日至13日在南京举办",
        "三天时间里将举行峰会、发布活动、博览会和主题分论坛。",
        [
            "2018世界智能制造大会将于2018年10月11日至13日在南京举行。",
            "大会内容包括峰会、发布活动、博览会、主题分论坛以及嘉年华活动。",
        ],
    ),
    "2018 WIMC Opens: “Empowering the Future through Intelligent Manufacturing”": (
        "2018世界智能制造大会开幕：“智能制造 赋能未来”",
        "2018世界智能制造大会在南京开幕，峰会与发布活动同日举行。",
        [
            "2018世界智能制造大会于10月11日在南京开幕，主题为“智能制造 赋能未来”。",
            "开幕当天，峰会和发布活动相继举行，博览会同步开展。",
        ],
    ),
    "2018 WIMC Closes with over 100,000 Visitors": (
        "2018世界智能制造大会闭幕 观众超过10万人次",
        "论坛参会近万人，博览会观众超过10万人次。",
        [
            "2018世界智能制造大会于2018年10月13日在南京闭幕。",
            "大会各场论坛参会人数近万人，博览会观众超过10万人次。",
        ],
    ),
    "The 2020 WIMC Will Be Held Online and Offline": (
        "2020世界智能制造大会将线上线下同步举办",
        "重点活动线上线下同步举行，并进行网络直播。",
        [
            "2020世界智能制造大会将于2020年11月26日至28日以线上线下相结合的方式举办。",
            "开幕式、闭幕式、主论坛、分论坛和嘉年华等活动将全程网络直播。",
        ],
    ),
    "The Cloud Expo Opens in Mid-November": (
        "云展会11月中旬上线",
        "2020世界智能制造大会开幕前，云展会五大展区率先在线开放。",
        [
            "2020世界智能制造大会云展会于11月中旬上线，设智能制造解决方案、示范应用、装备及公共服务平台、"
            "人才交流、金融对接五大展区。",
            "云展会在大会结束后继续开放，全年提供供需对接和商务洽谈服务。",
        ],
    ),
    "The 2020 WIMC Opens in Nanjing": (
        "2020世界智能制造大会在南京开幕",
        "大会以“智能制造 引领发展”为主题，在南京国际博览会议中心开幕。",
        [
            "2020世界智能制造大会于11月26日在南京国际博览会议中心开幕，主题为“智能制造 引领发展”。",
            "大会由江苏省人民政府、工业和信息化部、中国工程院、中国科学技术协会共同主办。",
        ],
    ),
    "Sub-forums in Four Modules Meet Online and Offline": (
        "四大板块分论坛线上线下同步举行",
        "11场分论坛涵盖综合进展与示范应用、关键技术、行业应用和社会生态四大板块。",
        [
            "2020世界智能制造大会共举办11场分论坛，分为综合进展与示范应用、关键技术、行业应用、社会生态"
            "四大板块。",
            "演讲嘉宾有的在南京现场出席，有的通过网络在线参与。",
        ],
    ),
    "The WIMC Industrial Brands Festival Brings the Conference to the Public": (
        "世界智能制造大会工业品牌节让公众走近大会",
        "工业品牌节和嘉年华邀请观众与智能制造近距离互动。",
        ["在各场论坛之外，世界智能制造大会工业品牌节和嘉年华邀请公众近距离了解智能制造的品牌与产品。"],
    ),
    "2020 WIMC Closes: 30 Major Projects Worth RMB 53.63 Billion Signed": (
        "2020世界智能制造大会闭幕 现场签约30个重大项目 总额536.3亿元",
        "320余位重要嘉宾线上线下参会，30个项目现场签约。",
        [
            "2020世界智能制造大会于2020年11月28日在南京闭幕。",
            "320余位重要嘉宾线上线下参会，其中包括24位中外院士、100余位专家和200余位龙头企业代表。",
            "现场签约重大项目30个，总额536.3亿元。",
        ],
    ),
    "Conference News Read over 120 Million Times": (
        "大会新闻阅读量超过1.2亿人次",
        "线上线下相结合的办会方式，让2020世界智能制造大会触达广泛受众。",
        ["2020世界智能制造大会相关新闻阅读量超过1.2亿人次，线上平台访问量超过800万人次。"],
    ),
    "Over 3,200 Enterprises Exhibit on the Cloud": (
        "3200余家企业云上参展",
        "云展会吸引3200余家企业参展。",
        ["2020世界智能制造大会云展会五大展区共有3200余家企业参展。"],
    ),
    "The 2021 WIMC Will Be Held in Nanjing from December 8 to 10": (
        "2021世界智能制造大会将于12月8日至10日在南京举办",
        "第六届大会将于2021年12月在中国南京举行。",
        ["2021世界智能制造大会将于2021年12月8日至10日在中国南京举行。"],
    ),
    "The 2021 WIMC Opens in Nanjing": (
        "2021世界智能制造大会在南京开幕",
        "大会于2021年12月8日开幕，线上线下同步举办。",
        [
            "2021世界智能制造大会于2021年12月8日在南京开幕。",
            "大会活动线上线下同步举行，延续了2020年开创的办会方式。",
        ],
    ),
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
    zh_home = home.get_translation_or_none(get_locale("zh-hans"))
    if zh_home is not None:
        load_chinese(index_page)
    return index_page


def load_chinese(index_page):
    """The Chinese newsroom: categories, index, the seed release and the releases in CHINESE_RELEASES."""
    chinese = get_locale("zh-hans")
    categories = {}
    for category in NewsCategory.objects.filter(locale=index_page.locale):
        name = CHINESE_CATEGORIES.get(category.slug, category.name)
        categories[category.slug] = translate_snippet(category, chinese, name=name)
    translate_page(index_page, chinese, **CHINESE_INDEX)
    seed = NewsPage.objects.get(slug=SEED_SLUG, locale=index_page.locale)
    translate_page(seed, chinese, title=CHINESE_SEED["title"], listing_summary=CHINESE_SEED["summary"],
                   category=categories[seed.category.slug], body=chinese_seed_body(seed))
    for page in NewsPage.objects.child_of(index_page).filter(title__in=CHINESE_RELEASES):
        title, summary, texts = CHINESE_RELEASES[page.title]
        translate_page(page, chinese, title=title, listing_summary=summary,
                       category=categories[page.category.slug], body=paragraphs(*texts))


def chinese_seed_body(seed):
    """The seed release in Chinese, with the English release's photos and Chinese captions."""
    blocks = {block.block_type: block.value for block in seed.body}
    photos = [blocks["image"]["image"], *(item["image"] for item in blocks["gallery"]["images"])]
    captions = CHINESE_SEED["captions"]
    body = paragraphs(*CHINESE_SEED["paragraphs"])
    body.append(("image", {"image": photos[0], "caption": captions[0], "alt_text": ""}))
    body.append((
        "gallery",
        {
            "title": "",
            "images": [
                {"image": photo, "caption": caption, "alt_text": ""}
                for photo, caption in zip(photos[1:], captions[1:], strict=True)
            ],
        },
    ))
    return body
