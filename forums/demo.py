"""Demo programme: the 2020 edition (November 26–28, Nanjing International Expo Conference Center:
Launch Ceremony, Main Forum, 11 sub-forums in four modules, Industrial Brands Festival, Carnival,
Closing Ceremony) and the 2021 edition (December 8–10), in English and Chinese.

The seed release names the kinds of events, the four modules, the venue and the online-and-offline
format; titles, rooms, agendas and organizations below are plausible fictions written for the demo.
Guests come from the guests demo (fictional sample guests), found through the relation rather
than by importing the guests app; the one real person placed is Zhang Lefu, reported at the 2020
Closing Ceremony. Idempotent: forums are looked up by slug.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from forums.factories import (
    at,
    build_forum,
    build_forum_index,
    ensure_default_modules,
    ensure_programme_editors,
)
from forums.models import ForumIndexPage, ForumKind, ForumModule, ForumPage, ForumRole, ForumSpeaker
from forums.permissions import grant_programme_permissions
from forums.times import local
from wimc_site.factories import get_locale
from wimc_site.models import ConferenceEdition, EditionFormat, HomePage, Organizer, OrganizerRole

VENUE = ("Nanjing International Expo Conference Center", "南京国际博览会议中心")
LIVE = "https://live.wimc.example"
HYBRID, ONLINE = EditionFormat.HYBRID, EditionFormat.ONLINE

ROOMS = {
    "grand": ("Grand Hall, Conference Center Level 1", "会议中心一层大会堂"),
    "a": ("Hall A, Conference Center Level 2", "会议中心二层A厅"),
    "b": ("Hall B, Conference Center Level 2", "会议中心二层B厅"),
    "301": ("Meeting Room 301, Conference Center Level 3", "会议中心三层301会议室"),
    "302": ("Meeting Room 302, Conference Center Level 3", "会议中心三层302会议室"),
    "plaza": ("Expo Plaza, Hall 5", "5号馆博览广场"),
    "studio": ("Cloud Expo live studio", "云展会直播间"),
}

MODULES = {
    "comprehensive-progress": (
        "Where intelligent manufacturing stands: national progress, standards and demonstration "
        "factories that others can learn from.",
        "综合进展与示范应用",
        "智能制造发展全景：全国进展、标准体系与可复制推广的示范工厂。",
    ),
    "key-technologies": (
        "The technologies underneath: industrial internet platforms, industrial software, robots and "
        "high-end equipment.",
        "关键技术",
        "支撑智能制造的关键技术：工业互联网平台、工业软件、机器人与高端装备。",
    ),
    "industrial-applications": (
        "Intelligent manufacturing at work in automotive, electronics, chemicals, textiles and other "
        "industries.",
        "行业应用",
        "智能制造在汽车、电子、化工、纺织等行业的落地应用。",
    ),
    "social-ecology": (
        "What surrounds the factories: talent, finance, green development and cooperation.",
        "社会生态",
        "智能制造的产业生态：人才、金融、绿色发展与开放合作。",
    ),
}

# Fictional organizations behind the sub-forums (the four co-hosts are the site's real organizers).
DEMO_ORGANIZATIONS = {
    "alliance": ("Nanjing Smart Factory Association", "南京智慧工厂协会"),
    "software": ("Jiangsu Industrial Software Innovation Center", "江苏工业软件创新中心"),
    "robotics": ("East China Robotics Industry Alliance", "华东机器人产业联盟"),
    "talent": ("Intelligent Manufacturing Talent Development Alliance", "智能制造人才发展联盟"),
}
CO_HOSTS = ["Jiangsu", "MIIT", "CAE", "CAST"]

INDEX_CHINESE = (
    "论坛",
    "开幕式和主论坛拉开大会序幕，分论坛分四大板块深入研讨，闭幕式和嘉年华为大会收尾。所有活动线上线下同步举行，全程网络直播。",
)

# Each forum: key, kind, module slug, day offset, start (h, m), end (h, m) (end before start means
# the next day), room, format, English title, Chinese title, English introduction, Chinese
# introduction, keynote topics [(English, Chinese)], panel topic (English, Chinese) or None.
PROGRAMME_2020 = [
    ("launch-ceremony", ForumKind.LAUNCH_CEREMONY, None, 0, (9, 0), (10, 0), "grand", HYBRID,
     "Launch Ceremony", "开幕式",
     "The 2020 WIMC opens in Nanjing and online at once: the co-hosts welcome guests from home and abroad "
     "and launch the Cloud Expo.",
     "2020世界智能制造大会在南京线上线下同步开幕，主办单位欢迎海内外嘉宾并启动云展会。",
     [], None),
    ("main-forum", ForumKind.MAIN_FORUM, None, 0, (10, 0), (12, 30), "grand", HYBRID,
     "Main Forum: Intelligent Manufacturing Leads Development", "主论坛：智能制造 引领发展",
     "Academicians, heads of international organizations and Global 500 companies discuss the trends of "
     "global intelligent manufacturing; authorities release reports and achievements.",
     "院士、国际组织和世界500强企业负责人共话全球智能制造发展趋势，权威机构发布报告与成果。",
     [("Intelligent manufacturing and the new development pattern", "智能制造与新发展格局"),
      ("Resilient supply chains after the pandemic", "疫情之后的韧性供应链"),
      ("Global cooperation in manufacturing standards", "制造业标准的全球合作")],
     ("Manufacturing in the next decade", "未来十年的制造业")),
    ("progress", ForumKind.SUB_FORUM, "comprehensive-progress", 0, (14, 0), (17, 30), "a", HYBRID,
     "Sub-forum on Intelligent Manufacturing Development Progress", "智能制造发展进展分论坛",
     "A review of how far intelligent manufacturing has come across regions and industries, with the "
     "findings of this year's development index.",
     "回顾各地区、各行业智能制造的发展进程，发布年度发展指数。",
     [("The intelligent manufacturing development index 2020", "2020智能制造发展指数"),
      ("Lessons from ten provincial programmes", "十个省级推进计划的经验")],
     ("What holds smaller manufacturers back", "中小制造企业的瓶颈")),
    ("industrial-internet", ForumKind.SUB_FORUM, "key-technologies", 0, (14, 0), (17, 30), "b",
     HYBRID,
     "Sub-forum on Industrial Internet Platforms", "工业互联网平台分论坛",
     "Platform builders and the factories that use them compare notes on connecting equipment, data and "
     "applications at scale.",
     "平台建设者与应用企业交流设备、数据与应用规模化连接的实践。",
     [("Platforms that small factories can afford", "中小工厂用得起的平台"),
      ("Security for connected equipment", "联网设备的安全防护")],
     ("From pilots to everyday use", "从试点到日常应用")),
    ("automotive", ForumKind.SUB_FORUM, "industrial-applications", 0, (14, 0), (17, 0), "301",
     HYBRID,
     "Sub-forum on Intelligent Manufacturing in the Automotive and Equipment Industries",
     "汽车与装备行业智能制造分论坛",
     "Carmakers and equipment builders show flexible lines, digital quality control and the shift to "
     "electric vehicles.",
     "整车与装备企业展示柔性产线、数字化质量管控与新能源转型。",
     [("Flexible lines for mixed-model production", "多车型混线生产的柔性产线"),
      ("Digital quality control on the shop floor", "车间数字化质量管控")],
     None),
    ("talent", ForumKind.SUB_FORUM, "social-ecology", 0, (14, 0), (17, 0), "302", HYBRID,
     "Intelligent Manufacturing Talent Development Forum", "智能制造人才发展论坛",
     "Universities, vocational colleges and employers discuss the skills intelligent factories need and "
     "how to train for them.",
     "高校、职业院校与用人单位探讨智能工厂所需技能及培养路径。",
     [("Engineers for the intelligent factory", "面向智能工厂的工程师培养"),
      ("Apprenticeships in the digital age", "数字时代的学徒制")],
     ("Closing the skills gap", "弥合技能缺口")),
    ("demonstration", ForumKind.SUB_FORUM, "comprehensive-progress", 1, (9, 0), (12, 0), "a",
     HYBRID,
     "Demonstration Factories and Smart Workshops Forum", "示范工厂与智能车间论坛",
     "Managers of demonstration factories open their workshops on screen and explain what paid off.",
     "示范工厂负责人在线展示智能车间，分享投入与成效。",
     [("A year in a lights-out workshop", "无人车间的一年"),
      ("Measuring the return on intelligent upgrades", "智能化改造的投入产出")],
     None),
    ("software", ForumKind.SUB_FORUM, "key-technologies", 1, (9, 0), (12, 0), "b", HYBRID,
     "Sub-forum on Industrial Software and Digital Twins", "工业软件与数字孪生分论坛",
     "Developers of design, simulation and production software on building digital twins that factories "
     "can trust.",
     "设计、仿真与生产软件开发者探讨构建可信赖的数字孪生。",
     [("Digital twins from design to maintenance", "贯穿设计到运维的数字孪生"),
      ("Open standards for industrial software", "工业软件的开放标准")],
     ("Building an industrial software ecosystem", "构建工业软件生态")),
    ("electronics", ForumKind.SUB_FORUM, "industrial-applications", 1, (9, 0), (11, 30), "301",
     ONLINE,
     "Sub-forum on Intelligent Manufacturing in Electronics and Information", "电子信息行业智能制造分论坛",
     "Held online: makers of components and devices on automated inspection and fast product changeovers.",
     "线上举行：元器件与终端制造企业交流自动化检测与快速换线。",
     [("Machine vision for inspection", "机器视觉检测"),
      ("Changeovers in minutes, not hours", "分钟级换线")],
     None),
    ("robots", ForumKind.SUB_FORUM, "key-technologies", 1, (14, 0), (17, 30), "b", HYBRID,
     "Sub-forum on Intelligent Robots and High-end Equipment", "智能机器人与高端装备分论坛",
     "Robot makers and integrators on collaborative robots, precision equipment and the components behind "
     "them.",
     "机器人企业与系统集成商交流协作机器人、精密装备及核心零部件。",
     [("Collaborative robots beside people", "与人协作的机器人"),
      ("Precision reducers and servo systems", "精密减速器与伺服系统")],
     ("Where robots go next", "机器人的下一站")),
    ("finance", ForumKind.SUB_FORUM, "social-ecology", 1, (14, 0), (17, 0), "302", HYBRID,
     "Sub-forum on Industry and Finance Cooperation", "产融合作分论坛",
     "Banks, investors and manufacturers on financing intelligent upgrades, with project matchmaking.",
     "银行、投资机构与制造企业探讨智能化改造融资，并开展项目对接。",
     [("Financing intelligent upgrades", "智能化改造的融资路径"),
      ("Equipment leasing for small manufacturers", "面向中小制造企业的设备租赁")],
     None),
    ("brands-festival", ForumKind.FESTIVAL, None, 1, (10, 0), (17, 0), "studio", ONLINE,
     "WIMC Industrial Brands Festival", "世界智能制造大会工业品牌节",
     "A day of live broadcasts from the Cloud Expo: exhibitors present their brands, products and "
     "application cases.",
     "云展会全天直播：参展企业展示品牌、产品与应用案例。",
     [], None),
    ("carnival", ForumKind.CARNIVAL, None, 1, (19, 0), (21, 30), "plaza", HYBRID,
     "Intelligent Manufacturing Carnival", "智能制造嘉年华",
     "An evening for the public: robot performances, hands-on demonstrations and a science show for "
     "families, broadcast live.",
     "面向公众的夜间活动：机器人表演、互动体验与亲子科普秀，全程直播。",
     [], None),
    ("standards", ForumKind.SUB_FORUM, "comprehensive-progress", 2, (9, 0), (11, 30), "a",
     HYBRID,
     "Sub-forum on Intelligent Manufacturing Standards and Evaluation", "智能制造标准与评估分论坛",
     "Standards bodies and assessors on the maturity model and how factories use it to plan their next "
     "steps.",
     "标准化机构与评估机构解读能力成熟度模型，以及企业如何据此规划下一步。",
     [("The capability maturity model in practice", "能力成熟度模型的应用"),
      ("International alignment of standards", "标准的国际对接")],
     None),
    ("process-industries", ForumKind.SUB_FORUM, "industrial-applications", 2, (9, 0), (11, 30), "301",
     HYBRID,
     "Sub-forum on Intelligent Manufacturing in the Petrochemical and Pharmaceutical Industries",
     "石化与医药行业智能制造分论坛",
     "Process industries on smart plants, safety monitoring and traceable production.",
     "流程行业交流智能工厂、安全监测与全流程追溯。",
     [("Safety monitoring in smart chemical parks", "智慧化工园区的安全监测"),
      ("Traceable production of medicines", "药品生产全程追溯")],
     None),
    ("closing-ceremony", ForumKind.CLOSING_CEREMONY, None, 2, (15, 0), (16, 30), "grand", HYBRID,
     "Closing Ceremony", "闭幕式",
     "The conference closes with its results: guests, exhibitors, online visits and the projects signed "
     "on site.",
     "大会闭幕，发布嘉宾、参展企业、线上访问量及现场签约项目等成果。",
     [], None),
]

PROGRAMME_2021 = [
    ("launch-ceremony", ForumKind.LAUNCH_CEREMONY, None, 0, (9, 0), (10, 0), "grand", HYBRID,
     "Launch Ceremony", "开幕式",
     "The 2021 WIMC opens in Nanjing, online and offline.",
     "2021世界智能制造大会在南京线上线下同步开幕。",
     [], None),
    ("main-forum", ForumKind.MAIN_FORUM, None, 0, (10, 0), (12, 30), "grand", HYBRID,
     "Main Forum", "主论坛",
     "Keynotes on the digital transformation of manufacturing, followed by a high-level dialogue.",
     "围绕制造业数字化转型的主旨演讲与高端对话。",
     [("Digital transformation of manufacturing", "制造业数字化转型"),
      ("Intelligent manufacturing and carbon neutrality", "智能制造与碳中和")],
     ("The factory of 2030", "2030年的工厂")),
    ("progress", ForumKind.SUB_FORUM, "comprehensive-progress", 0, (14, 0), (17, 0), "a", HYBRID,
     "Sub-forum on Intelligent Manufacturing Development Progress", "智能制造发展进展分论坛",
     "This year's development index and what it says about regions and industries.",
     "发布年度发展指数，解读各地区与各行业的发展态势。",
     [("The intelligent manufacturing development index 2021", "2021智能制造发展指数")],
     None),
    ("5g-industrial-internet", ForumKind.SUB_FORUM, "key-technologies", 0, (14, 0), (17, 0), "b",
     HYBRID,
     "Sub-forum on 5G and Industrial Internet Convergence", "5G与工业互联网融合分论坛",
     "Operators and manufacturers on private 5G networks in factories and the applications they enable.",
     "运营商与制造企业交流工厂5G专网及其带来的应用。",
     [("Private 5G networks on the shop floor", "车间里的5G专网"),
      ("Edge computing for real-time control", "面向实时控制的边缘计算")],
     ("Scaling 5G beyond showcases", "5G从样板走向规模")),
    ("new-energy-vehicles", ForumKind.SUB_FORUM, "industrial-applications", 0, (14, 0), (17, 0), "301",
     HYBRID,
     "Sub-forum on Intelligent Manufacturing of New Energy Vehicles", "新能源汽车智能制造分论坛",
     "Battery, motor and vehicle makers on building new energy vehicles at scale and at quality.",
     "电池、电机与整车企业交流新能源汽车的规模化、高质量制造。",
     [("Battery cell production at scale", "电芯规模化生产"),
      ("Digital threads in vehicle assembly", "整车装配的数字主线")],
     None),
    ("smes", ForumKind.SUB_FORUM, "comprehensive-progress", 1, (9, 0), (12, 0), "a", HYBRID,
     "Sub-forum on the Digital Transformation of Small and Medium-sized Enterprises",
     "中小企业数字化转型分论坛",
     "Practical paths for smaller manufacturers: affordable tools, shared services and quick wins.",
     "中小制造企业的务实路径：用得起的工具、共享服务与见效快的改造。",
     [("Quick wins for smaller factories", "小工厂的速效改造")],
     ("Who helps small firms transform", "谁来帮助中小企业转型")),
    ("sensors-chips", ForumKind.SUB_FORUM, "key-technologies", 1, (9, 0), (12, 0), "b", HYBRID,
     "Sub-forum on Intelligent Sensors and Industrial Chips", "智能传感器与工业芯片分论坛",
     "Designers and users of sensors and industrial chips on reliability, supply and new applications.",
     "传感器与工业芯片的设计者和用户交流可靠性、供应保障与新应用。",
     [("Sensors that survive the factory floor", "适应工厂环境的传感器"),
      ("Industrial chips and supply security", "工业芯片与供应安全")],
     None),
    ("textiles", ForumKind.SUB_FORUM, "industrial-applications", 1, (14, 0), (17, 0), "301",
     ONLINE,
     "Sub-forum on Smart Textile and Apparel Manufacturing", "纺织服装智能制造分论坛",
     "Held online: mills and brands on automated spinning, digital printing and made-to-measure clothing.",
     "线上举行：纺织企业与服装品牌交流自动化纺纱、数码印花与服装定制。",
     [("Made-to-measure at mass-production prices", "大规模定制的服装生产")],
     None),
    ("talent", ForumKind.SUB_FORUM, "social-ecology", 1, (14, 0), (17, 0), "302", HYBRID,
     "Intelligent Manufacturing Talent Development Forum", "智能制造人才发展论坛",
     "Educators and employers on new occupations in intelligent manufacturing and how to prepare for them.",
     "教育者与用人单位探讨智能制造新职业及人才储备。",
     [("New occupations in intelligent manufacturing", "智能制造新职业")],
     ("Training together with industry", "产教融合育人")),
    ("green-manufacturing", ForumKind.SUB_FORUM, "social-ecology", 2, (9, 0), (11, 30), "a",
     HYBRID,
     "Sub-forum on Green and Low-carbon Manufacturing", "绿色低碳制造分论坛",
     "Measuring and cutting the carbon footprint of factories with data.",
     "用数据测算并降低工厂的碳足迹。",
     [("Carbon accounting for factories", "工厂碳核算"),
      ("Energy management with industrial data", "基于工业数据的能源管理")],
     None),
    ("brands-festival", ForumKind.FESTIVAL, None, 1, (10, 0), (17, 0), "studio", ONLINE,
     "WIMC Industrial Brands Festival", "世界智能制造大会工业品牌节",
     "Live broadcasts from the Cloud Expo: brands and products of intelligent manufacturing.",
     "云展会直播：智能制造品牌与产品展示。",
     [], None),
    ("carnival", ForumKind.CARNIVAL, None, 1, (20, 0), (0, 30), "plaza", HYBRID,
     "Intelligent Manufacturing Night", "智能制造之夜",
     "The carnival runs past midnight: robot shows, drone lights and hands-on demonstrations for everyone.",
     "嘉年华持续到午夜之后：机器人表演、无人机灯光秀与互动体验。",
     [], None),
    ("closing-ceremony", ForumKind.CLOSING_CEREMONY, None, 2, (14, 0), (15, 30), "grand", HYBRID,
     "Closing Ceremony", "闭幕式",
     "The conference closes with its results and the projects signed on site.",
     "大会闭幕，发布成果及现场签约项目。",
     [], None),
]

EDITIONS = {
    2020: (datetime.date(2020, 11, 26), PROGRAMME_2020),
    2021: (datetime.date(2021, 12, 8), PROGRAMME_2021),
}

# How many guests of each role a forum gets, by kind; guests come round-robin from the edition's
# demo guests, skipping anyone already booked at the same time.
ROLES_BY_KIND = {
    ForumKind.LAUNCH_CEREMONY: [ForumRole.HOST, ForumRole.GUEST_OF_HONOUR, ForumRole.GUEST_OF_HONOUR],
    ForumKind.MAIN_FORUM: [ForumRole.HOST, ForumRole.KEYNOTE, ForumRole.KEYNOTE, ForumRole.KEYNOTE,
                           ForumRole.MODERATOR, ForumRole.PANELIST, ForumRole.PANELIST],
    ForumKind.SUB_FORUM: [ForumRole.HOST, ForumRole.KEYNOTE, ForumRole.KEYNOTE, ForumRole.MODERATOR,
                          ForumRole.PANELIST],
    ForumKind.CLOSING_CEREMONY: [ForumRole.HOST],
    ForumKind.FESTIVAL: [ForumRole.HOST],
    ForumKind.CARNIVAL: [],
}


@transaction.atomic
def load():
    home = HomePage.objects.get(locale=get_locale("en"))
    # Both come from migrations; rebuilt here for databases that were flushed (browser tests).
    modules = {m.slug: m for m in ensure_default_modules(home.locale)}
    ensure_programme_editors()
    index = replace_content_page(home) or build_forum_index(
        home, listing_summary="The Launch Ceremony, Main Forum, sub-forums in four modules, the Carnival "
        "and the Closing Ceremony, online and offline."
    )
    grant_programme_permissions(index)
    for slug, (description, _name, _text) in MODULES.items():
        if not modules[slug].description:
            modules[slug].description = description
            modules[slug].save()
    organizations = _organizations(home.locale)
    for year, (first_day, programme) in EDITIONS.items():
        edition = ConferenceEdition.objects.get(year=year, locale=home.locale)
        _programme(index, edition, first_day, programme, modules, organizations)
    _translate(index, modules, organizations)
    return index


def replace_content_page(home):
    """Turn a plain content page at /forums/ (the site skeleton's stand-in) into the programme,
    in the same place and keeping its title and texts."""
    old = (
        home.get_children()
        .filter(slug="forums")
        .exclude(content_type=ContentType.objects.get_for_model(ForumIndexPage))
        .first()
    )
    if old is None:
        return None
    old = old.specific
    fields = {
        name: getattr(old, name)
        for name in ("title", "seo_title", "search_description", "listing_summary", "introduction")
        if getattr(old, name, "")
    }
    left = old.get_prev_sibling()
    for translation in old.get_translations():
        translation.delete()
    Page.objects.get(pk=old.pk).delete()
    index = build_forum_index(home, **fields)
    if left is not None:
        index.move(left, pos="right")
    else:
        index.move(home, pos="first-child")
    return ForumIndexPage.objects.get(pk=index.pk)


def _organizations(locale):
    found = {o.short_name: o for o in Organizer.objects.filter(locale=locale, short_name__in=CO_HOSTS)}
    for key, (name, _chinese) in DEMO_ORGANIZATIONS.items():
        found[key] = Organizer.objects.get_or_create(
            name=name, locale=locale, defaults={"description": "A fictional organization (demo content)."}
        )[0]
    return found


def _demo_guests(year, locale):
    """The guests demo's guests of `year`, reached through the forum–guest relation (no import)."""
    guest_model = ForumSpeaker.guest.field.related_model
    guests = guest_model.objects.filter(editions__year=year, locale=locale, live=True).order_by("path")
    return [g for g in guests if g.category.slug != "government-officials"]


class _GuestPicker:
    """Round-robin over the guests, never booking one in two forums at the same time."""

    def __init__(self, guests):
        self.guests = guests
        self.next = 0
        self.booked = {}  # guest pk -> [(start, end)]

    def pick(self, start, end):
        for _ in range(len(self.guests)):
            guest = self.guests[self.next % len(self.guests)]
            self.next += 1
            slots = self.booked.setdefault(guest.pk, [])
            if all(end <= s or start >= e for s, e in slots):
                slots.append((start, end))
                return guest
        return None


def _programme(index, edition, first_day, programme, modules, organizations):
    picker = _GuestPicker(_demo_guests(edition.year, index.locale))
    for row in programme:
        key, kind, module, offset, (sh, sm), (eh, em), room, format, title = row[:9]
        intro, keynotes, panel = row[10], row[12], row[13]
        slug = f"{edition.year}-{key}"
        existing = index.get_children().filter(slug=slug).first()
        if existing is not None:
            continue
        day = first_day + datetime.timedelta(days=offset)
        start = at(day.year, day.month, day.day, sh, sm)
        end = at(day.year, day.month, day.day, eh, em)
        if end <= start:
            end += datetime.timedelta(days=1)
        guests = []
        for role in ROLES_BY_KIND[kind]:
            guest = picker.pick(start, end) if picker.guests else None
            if guest is not None:
                guests.append((guest, role))
        if edition.year == 2020 and kind == ForumKind.CLOSING_CEREMONY:
            guests += _reported_closing_guests(index.locale)
        build_forum(
            index,
            title,
            edition,
            start,
            end,
            kind=kind,
            module=modules[module] if module else None,
            slug=slug,
            guests=guests,
            organizations=_forum_organizations(kind, module, organizations),
            venue=VENUE[0],
            room=ROOMS[room][0],
            format=format,
            introduction=intro,
            listing_summary=intro,
            live_stream_url=f"{LIVE}/{edition.year}/{key}/",
            replay_url=f"{LIVE}/{edition.year}/{key}/replay/" if end < timezone.now() else "",
            agenda=_agenda(start, end, guests, keynotes, panel, chinese=False),
        )


def _reported_closing_guests(locale):
    """Zhang Lefu attended the 2020 Closing Ceremony (FACTS.md); the guests demo has his page."""
    guest_model = ForumSpeaker.guest.field.related_model
    guest = guest_model.objects.filter(guest_key="zhang-lefu", locale=locale).first()
    return [(guest, ForumRole.GUEST_OF_HONOUR)] if guest else []


def _forum_organizations(kind, module, organizations):
    if kind in (ForumKind.LAUNCH_CEREMONY, ForumKind.MAIN_FORUM, ForumKind.CLOSING_CEREMONY):
        roles = [OrganizerRole.HOST, OrganizerRole.HOST, OrganizerRole.CO_HOST, OrganizerRole.CO_HOST]
        return [(organizations[k], r) for k, r in zip(CO_HOSTS, roles, strict=True) if k in organizations]
    organizer = {
        "comprehensive-progress": "alliance",
        "key-technologies": "software",
        "industrial-applications": "robotics",
        "social-ecology": "talent",
    }.get(module, "alliance")
    return [(organizations[organizer], OrganizerRole.ORGANIZER)]


def _agenda(start, end, guests, keynotes, panel, chinese):
    """Opening remarks by the host, the keynotes, then a panel with the moderator and panelists."""
    if not keynotes:
        return []
    by_role = {}
    for guest, role in guests:
        by_role.setdefault(role, []).append(guest)
    items = []
    clock = start
    hosts = by_role.get(ForumRole.HOST, [])
    items.append(_item(clock, 10, "开幕致辞" if chinese else "Opening remarks", hosts[:1]))
    clock += datetime.timedelta(minutes=10)
    speakers = by_role.get(ForumRole.KEYNOTE, [])
    for number, (english, zh) in enumerate(keynotes):
        title = f"主旨演讲：{zh}" if chinese else f"Keynote: {english}"
        items.append(_item(clock, 30, title, speakers[number : number + 1]))
        clock += datetime.timedelta(minutes=30)
    if panel:
        title = f"圆桌对话：{panel[1]}" if chinese else f"Panel discussion: {panel[0]}"
        people = by_role.get(ForumRole.MODERATOR, []) + by_role.get(ForumRole.PANELIST, [])
        minutes = max(30, min(60, int((end - clock).total_seconds() // 60) - 10))
        items.append(_item(clock, minutes, title, people))
    return items


def _item(start, minutes, title, speakers):
    start = local(start)
    end = start + datetime.timedelta(minutes=minutes)
    return (
        "item",
        {
            "start": start.time(),
            "end": end.time(),
            "title": title,
            "description": "",
            "speakers": list(speakers),
        },
    )


# Chinese


def _translate(index, modules, organizations):
    chinese = get_locale("zh-hans")
    zh_home = HomePage.objects.filter(locale=chinese).first()
    if zh_home is None:
        return
    for slug, (_description, name, text) in MODULES.items():
        _translate_snippet(modules[slug], chinese, {"name": name, "description": text})
    for key, (_name, zh_name) in DEMO_ORGANIZATIONS.items():
        _translate_snippet(organizations[key], chinese, {"name": zh_name})
    zh_index = index.get_translation_or_none(chinese)
    if zh_index is None:
        zh_index = index.copy_for_translation(chinese)
        zh_index.title, zh_index.introduction = INDEX_CHINESE
        zh_index.listing_summary = "开幕式、主论坛、四大板块分论坛、嘉年华和闭幕式，线上线下同步举行。"
        zh_index.save_revision().publish()
    zh_editions = {e.translation_key: e for e in ConferenceEdition.objects.filter(locale=chinese)}
    zh_modules = {m.translation_key: m for m in ForumModule.objects.filter(locale=chinese)}
    rows = {
        f"{year}-{row[0]}": row for year, (_first, programme) in EDITIONS.items() for row in programme
    }
    for forum in ForumPage.objects.child_of(index).filter(slug__in=rows):
        if forum.get_translation_or_none(chinese) is not None:
            continue
        row = rows[forum.slug]
        translation = forum.copy_for_translation(chinese)
        translation.title, translation.introduction = row[9], row[11]
        translation.listing_summary = row[11]
        translation.venue = VENUE[1]
        translation.room = ROOMS[row[6]][1]
        translation.edition = zh_editions.get(forum.edition.translation_key, forum.edition)
        if forum.module_id:
            translation.module = zh_modules.get(forum.module.translation_key, forum.module)
        guests = [(row_.guest, row_.role) for row_ in forum.speakers.all()]
        translation.agenda = _agenda(forum.start, forum.end, guests, row[12], row[13], chinese=True)
        translation.save_revision().publish()


def _translate_snippet(obj, locale, fields):
    translation = obj.get_translation_or_none(locale)
    if translation is None:
        translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation
