"""The site-wide part of the demo content: editions, organizers, the page skeleton, menu and settings.

Every function here is idempotent: it looks objects up by a natural key before creating them.
"""

import datetime

from django.db import transaction
from wagtail.models import Site

from wimc_site.factories import (
    add_page,
    build_home_page,
    get_locale,
    make_artwork,
    make_placeholder_image,
    translate_page,
    translate_snippet,
)
from wimc_site.models import (
    AboutPage,
    ConferenceEdition,
    ContentPage,
    EditionFigure,
    EditionFormat,
    EditionOrganizer,
    HomePage,
    MainMenu,
    MenuItem,
    Organizer,
    OrganizerRole,
    SiteSettings,
)
from wimc_site.translations import grant_language_editors

CURRENT_YEAR = 2021

EDITIONS = [
    {
        "year": 2016,
        "name": "2016 WIMS",
        "full_name": "2016 World Intelligent Manufacturing Summit",
        "theme": "More Cooperation, Smarter Manufacturing",
        "start_date": datetime.date(2016, 12, 6),
        "end_date": datetime.date(2016, 12, 8),
        "venue": "Nanjing International Expo Center",
        "format": EditionFormat.OFFLINE,
        "summary": "The first edition, a summit paired with a 26,000 m² exhibition, announced at a "
        "press conference in Beijing on October 21, 2016.",
    },
    {"year": 2017, "name": "2017 WIMC", "full_name": "2017 World Intelligent Manufacturing Conference"},
    {
        "year": 2018,
        "name": "2018 WIMC",
        "full_name": "2018 World Intelligent Manufacturing Conference",
        "theme": "Empowering the future through intelligent manufacturing",
        "start_date": datetime.date(2018, 10, 11),
        "end_date": datetime.date(2018, 10, 13),
        "format": EditionFormat.OFFLINE,
        "summary": "A summit, a launch event, an expo of nearly 2,000 exhibitors and 11 themed "
        "sub-forums drew nearly 10,000 forum attendees and over 100,000 visitors.",
    },
    {"year": 2019, "name": "2019 WIMC", "full_name": "2019 World Intelligent Manufacturing Conference"},
    {
        "year": 2020,
        "name": "2020 WIMC",
        "full_name": "2020 World Intelligent Manufacturing Conference",
        "theme": "Intelligent Manufacturing Leads Development",
        "start_date": datetime.date(2020, 11, 26),
        "end_date": datetime.date(2020, 11, 28),
        "venue": "Nanjing International Expo Conference Center",
        "format": EditionFormat.HYBRID,
        "summary": "Held online and offline with a Cloud Expo of five exhibition areas. Over 3,200 "
        "enterprises exhibited on the cloud, and 30 projects worth RMB 53.63 billion were signed.",
    },
    {
        "year": 2021,
        "name": "2021 WIMC",
        "full_name": "2021 World Intelligent Manufacturing Conference",
        "start_date": datetime.date(2021, 12, 8),
        "end_date": datetime.date(2021, 12, 10),
        "format": EditionFormat.HYBRID,
    },
]

ORGANIZERS = [
    ("Jiangsu Provincial People's Government", "Jiangsu", OrganizerRole.HOST, (14, 92, 64)),
    ("Ministry of Industry and Information Technology", "MIIT", OrganizerRole.HOST, (150, 30, 30)),
    ("Chinese Academy of Engineering", "CAE", OrganizerRole.CO_HOST, (10, 58, 122)),
    ("China Association for Science and Technology", "CAST", OrganizerRole.CO_HOST, (90, 50, 130)),
]

# The 2020 edition's closing figures (FACTS.md), in English and Chinese.
FIGURES_2020 = [
    ("320+", "important guests online and offline", "位重要嘉宾线上线下参会"),
    ("24", "Chinese and foreign academicians", "位中外院士"),
    ("3,200+", "enterprises exhibiting on the Cloud Expo", "家企业云上参展"),
    ("8 million+", "online visits", "人次线上访问"),
    ("120 million+", "reads of conference news", "人次阅读大会新闻"),
    ("30", "major projects signed, worth RMB 53.63 billion", "个重大项目现场签约，总额536.3亿元"),
]
FIGURES_2020_ZH_VALUES = {"3,200+": "3200+", "8 million+": "800万+", "120 million+": "1.2亿+"}

# The Chinese site: every edition, organizer and page above, written in Chinese.
ZH_PLACE = {"city": "南京", "region": "江苏", "country": "中国"}
CHINESE = {
    "editions": {
        2016: {
            **ZH_PLACE,
            "name": "2016世界智能制造峰会",
            "full_name": "2016世界智能制造峰会",
            "theme": "加强合作 让制造更智能",
            "venue": "南京国际博览中心",
            "summary": "首届活动以“峰会+展览”的形式举办，展览面积2.6万平方米；2016年10月21日在北京召开"
            "新闻发布会对外发布。",
        },
        2017: {**ZH_PLACE, "city": "", "name": "2017世界智能制造大会", "full_name": "2017世界智能制造大会"},
        2018: {
            **ZH_PLACE,
            "name": "2018世界智能制造大会",
            "full_name": "2018世界智能制造大会",
            "theme": "智能制造 赋能未来",
            "summary": "设一场峰会、一场发布活动、一个博览会和11场主题分论坛，近2000家企业参展，论坛参会近"
            "万人，观众超过10万人次。",
        },
        2019: {**ZH_PLACE, "city": "", "name": "2019世界智能制造大会", "full_name": "2019世界智能制造大会"},
        2020: {
            **ZH_PLACE,
            "name": "2020世界智能制造大会",
            "full_name": "2020世界智能制造大会",
            "theme": "智能制造 引领发展",
            "venue": "南京国际博览会议中心",
            "summary": "线上线下同步举办，云展会设五大展区。3200余家企业云上参展，现场签约30个项目，"
            "总额536.3亿元。",
        },
        2021: {**ZH_PLACE, "name": "2021世界智能制造大会", "full_name": "2021世界智能制造大会"},
    },
    "organizers": {
        "Jiangsu": "江苏省人民政府",
        "MIIT": "工业和信息化部",
        "CAE": "中国工程院",
        "CAST": "中国科学技术协会",
    },
    "home": {
        "title": "世界智能制造大会",
        "hero_intro": "全球智能制造领域的年度盛会，自2016年起每年在江苏南京举办：开幕式、主论坛、"
        "专题分论坛、嘉年华，以及永不落幕的云展会。",
        "listing_summary": "世界智能制造大会官方网站。",
    },
    "about": {
        "title": "关于大会",
        "introduction": "<p>世界智能制造大会每年在江苏南京举办。大会经国务院批准，汇聚各国政府、院士专家、"
        "企业和科研人员，共同探讨制造业的未来。</p>",
        "listing_summary": "大会简介、主办单位及2016年以来的历届大会。",
        "body": [
            ("heading", {"text": "从峰会到世界大会", "level": "h2"}),
            (
                "paragraph",
                "<p>大会起步于2016年12月在南京国际博览中心举办的世界智能制造峰会，以“峰会+展览”的形式"
                "举行，此后每年在江苏举办。</p>",
            ),
            (
                "paragraph",
                "<p>每届大会设开幕式、主论坛、专题分论坛、嘉年华和展览。自2020年起，各项活动线上线下"
                "同步举办并全程网络直播，云展会全年开放。</p>",
            ),
        ],
    },
    "forums": {
        "title": "论坛",
        "introduction": "开幕式暨主论坛拉开大会序幕，分论坛围绕四大板块深入研讨，闭幕式和嘉年华为大会"
        "收官。各项活动线上线下同步举办，全程网络直播。",
        "listing_summary": "主论坛及四大板块分论坛。",
        "body": [
            ("heading", {"text": "分论坛四大板块", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>综合进展与示范应用</li><li>关键技术</li><li>行业应用</li><li>社会生态</li></ul>",
            ),
        ],
    },
    "expo": {
        "title": "云展会",
        "introduction": "永不落幕的智能制造线上展会，为展商和观众提供供需对接与商务洽谈服务。",
        "listing_summary": "五大展区，全年开放。",
        "body": [
            ("heading", {"text": "五大展区", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>智能制造解决方案</li><li>示范应用</li><li>装备及公共服务平台</li><li>人才交流</li>"
                "<li>金融对接</li></ul>",
            ),
        ],
    },
    "privacy": (
        "隐私政策",
        "大会网站收集哪些访客信息、用途是什么，以及如何咨询。",
        [
            ("我们收集的信息", "我们只保存您主动提交的内容，例如商务洽谈申请或致组委会的留言。这些信息"
             "仅提供给您联系的展商或主办方，不会出售，也不会向其他方提供。"),
            ("Cookie", "公共网站不设置任何跟踪类Cookie。登录后台编辑网站的工作人员会获得一个会话Cookie；"
             "访客收藏的论坛列表只保存在其本人的浏览器中。"),
            ("您的权利", "如需查阅、更正或删除我们保存的您的信息，请按页脚所列地址联系大会组委会。我们将在"
             "15个工作日内答复。"),
        ],
    ),
    "terms": (
        "使用条款",
        "使用大会网站及云展会的规则。",
        [
            ("内容", "本网站发布的新闻稿、图片和日程信息由大会组委会发布。媒体引用新闻稿时，请注明来源为"
             "世界智能制造大会。"),
            ("展商", "展商对其在云展会中发布的介绍、产品和信息的准确性负责。观众与展商之间的洽谈由双方"
             "自行负责。"),
            ("变更", "大会日程可能调整；论坛页面始终显示最新时间，均为北京时间。"),
        ],
    ),
    "menu": {"name": "主菜单", "home_label": "首页"},
}


# Demo contacts: plausible, on reserved example domains and numbers, never a real mailbox.
FOOTER = {
    "contact_address": "Organizing Committee of the World Intelligent Manufacturing Conference, "
    "Nanjing International Expo Conference Center, Jianye District, Nanjing, Jiangsu 210019, China",
    "contact_address_zh": "江苏省南京市建邺区 南京国际博览会议中心 世界智能制造大会组委会（邮编210019）",
    "contact_email": "info@wimc.example",
    "contact_phone": "+86 25 5555 0123",
    "media_email": "press@wimc.example",
    "media_phone": "+86 25 5555 0188",
    "wechat_account": "世界智能制造大会",
    "weibo_url": "https://weibo.example/wimc",
    "linkedin_url": "https://linkedin.example/company/wimc",
    "copyright_holder": "Organizing Committee of the World Intelligent Manufacturing Conference",
    "copyright_holder_zh": "世界智能制造大会组委会",
    "icp_licence": "苏ICP备2016000000号-1",
}

PRIVACY = (
    "Privacy policy",
    "privacy",
    "What the conference website collects about visitors, why, and how to ask about it.",
    [
        ("What we collect", "We keep what you send us: the details in a business negotiation request "
         "or a message to the organizing committee. We do not sell or share them beyond the exhibitor "
         "or organizer you wrote to."),
        ("Cookies", "The public site sets no tracking cookies. Staff who log in to edit the site get a "
         "session cookie; visitors who star forums keep that list in their own browser only."),
        ("Your rights", "Write to the organizing committee at the address in the footer to see, correct "
         "or delete what we hold about you. We answer within 15 working days."),
    ],
)

TERMS = (
    "Terms of use",
    "terms",
    "The rules for using the conference website and its Cloud Expo.",
    [
        ("Content", "Releases, photos and programme information on this site are published by the "
         "organizing committee. Media may quote releases with attribution to the World Intelligent "
         "Manufacturing Conference."),
        ("Exhibitors", "Exhibitors are responsible for the accuracy of their profiles, products and "
         "listings in the Cloud Expo. Negotiations between visitors and exhibitors are their own."),
        ("Changes", "The programme may change; the forum pages always show the latest times, in China "
         "Standard Time."),
    ],
)


def _legal_body(sections):
    body = []
    for heading, text in sections:
        body += [("heading", {"text": heading, "level": "h2"}), ("paragraph", f"<p>{text}</p>")]
    return body


def _legal_page(title, slug, introduction, sections):
    return ContentPage(title=title, slug=slug, introduction=introduction, listing_summary=introduction,
                       body=_legal_body(sections), show_in_menus=False)


@transaction.atomic
def load_site():
    """Editions, organizers, home and about pages, the legal pages, site settings. The programme
    and the Cloud Expo are their apps' (forums.demo, expo.demo)."""
    english = get_locale("en")
    chinese = get_locale("zh-hans")
    editions = {data["year"]: _edition(english, data) for data in EDITIONS}
    organizers = [_organizer(english, *row) for row in ORGANIZERS]
    for year in (2020, 2021):
        _link_organizers(editions[year], organizers)
    _set_figures(editions[2020], [(value, label) for value, label, _zh in FIGURES_2020])

    key_visual = make_artwork(
        "Key visual: intelligent manufacturing", seed=2021,
        alt="Abstract blue artwork of circuit traces and glowing nodes",
    )
    home = build_home_page(
        hero_image=key_visual,
        hero_intro="The global gathering for intelligent manufacturing, held every year in Nanjing, "
        "Jiangsu since 2016: ceremonies, a main forum, sub-forums, a carnival and a Cloud Expo "
        "that never closes.",
        listing_summary="Official website of the World Intelligent Manufacturing Conference (WIMC).",
    )
    if home.hero_image_id is None:  # a home page from before the key visual existed
        home.hero_image = key_visual
        home.save_revision().publish()
    about = add_page(home, _about_page())

    site = Site.objects.get(is_default_site=True)
    # The address `make run` serves, so sitemap and feed links work out of the box.
    site.site_name, site.hostname, site.port = "WIMC", "127.0.0.1", 8000
    site.save()
    site_settings = SiteSettings.for_site(site)
    site_settings.current_edition = editions[CURRENT_YEAR]
    site_settings.default_meta_description = (
        "Official website of the World Intelligent Manufacturing Conference (WIMC), "
        "held every year in Nanjing, Jiangsu, China."
    )
    site_settings.default_meta_description_zh = "世界智能制造大会官方网站。大会每年在中国江苏南京举办。"
    for name, value in FOOTER.items():
        setattr(site_settings, name, value)
    site_settings.privacy_page = add_page(home, _legal_page(*PRIVACY))
    site_settings.terms_page = add_page(home, _legal_page(*TERMS))
    site_settings.save()

    _translate_to_chinese(chinese, editions, organizers, home, about)


def _edition(locale, data):
    defaults = {"city": "Nanjing", "region": "Jiangsu", "country": "China", **data}
    if data["year"] in (2017, 2019):  # only the province is known for these years
        defaults["city"] = ""
    edition, _ = ConferenceEdition.objects.update_or_create(
        year=data["year"], locale=locale, defaults=defaults
    )
    return edition


def _organizer(locale, name, short_name, role, color):
    organizer = Organizer.objects.filter(name=name, locale=locale).first()
    if organizer is None:
        logo = make_placeholder_image(f"Logo: {short_name}", text=short_name, size=(320, 160), color=color)
        organizer = Organizer.objects.create(name=name, short_name=short_name, locale=locale, logo=logo)
    organizer.demo_role = role
    return organizer


def _set_figures(edition, figures):
    edition.figures.all().delete()
    for order, (value, label) in enumerate(figures):
        EditionFigure.objects.create(edition=edition, value=value, label=label, sort_order=order)


def _link_organizers(edition, organizers):
    for order, organizer in enumerate(organizers):
        EditionOrganizer.objects.update_or_create(
            edition=edition, organizer=organizer, defaults={"role": organizer.demo_role, "sort_order": order}
        )


def _about_page():
    return AboutPage(
        title="About WIMC",
        slug="about",
        introduction="<p>The World Intelligent Manufacturing Conference is held every year in Nanjing, "
        "Jiangsu. Approved by the State Council, it brings governments, academicians, "
        "enterprises and researchers together around the future of manufacturing.</p>",
        listing_summary="What the conference is, who hosts it and every edition since 2016.",
        body=[
            ("heading", {"text": "From a summit to a world conference", "level": "h2"}),
            (
                "paragraph",
                "<p>It began in December 2016 as the World Intelligent Manufacturing Summit, a "
                "summit with an exhibition at Nanjing International Expo Center, and has been held in "
                "Jiangsu every year since.</p>",
            ),
            (
                "paragraph",
                "<p>Each edition combines a launch ceremony, a main forum, themed sub-forums, "
                "a carnival and an exhibition. Since 2020 the events run online and offline together, "
                "broadcast live, with a Cloud Expo that stays open all year.</p>",
            ),
        ],
    )


def _translate_to_chinese(chinese, editions, organizers, home, about):
    for year, fields in CHINESE["editions"].items():
        zh_edition = translate_snippet(editions[year], chinese, **fields)
        if year == 2020:
            _set_figures(zh_edition, [(FIGURES_2020_ZH_VALUES.get(value, value), zh)
                                      for value, _label, zh in FIGURES_2020])
    for organizer in organizers:
        translate_snippet(organizer, chinese, name=CHINESE["organizers"][organizer.short_name])
    zh_home = translate_page(home, chinese, **CHINESE["home"])
    grant_language_editors(zh_home)  # done when the page is created; heals older databases
    translate_page(about, chinese, **CHINESE["about"])
    for slug in ("forums", "expo"):
        page = home.get_children().filter(slug=slug).first()
        if page is not None:
            translate_page(page.specific, chinese, **CHINESE[slug])
    for slug in ("privacy", "terms"):
        title, introduction, sections = CHINESE[slug]
        page = home.get_children().get(slug=slug).specific
        translate_page(page, chinese, title=title, introduction=introduction, listing_summary=introduction,
                       body=_legal_body(sections))


# The main menu, in this order, for the sections that exist once every demo step has run.
MENU_SLUGS = ["home", "news", "forums", "guests", "expo", "about"]


@transaction.atomic
def load_menu():
    """The main menu of the sections that exist, and its Chinese translation to the Chinese pages."""
    home = HomePage.objects.get(locale=get_locale("en"))
    pages = {p.slug: p for p in home.get_children().live()}
    pages["home"] = home
    menu, _ = MainMenu.objects.get_or_create(name="Main menu", locale=get_locale("en"))
    menu.items.all().delete()
    slugs = [s for s in MENU_SLUGS if s in pages]
    for order, slug in enumerate(slugs):
        label = "Home" if slug == "home" else ""
        MenuItem.objects.create(menu=menu, link_page=pages[slug], link_text=label, sort_order=order)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.main_menu = menu
    site_settings.save()

    chinese = get_locale("zh-hans")
    zh_menu = translate_snippet(menu, chinese, name=CHINESE["menu"]["name"])
    zh_menu.items.all().delete()
    for order, slug in enumerate(slugs):
        page = pages[slug].get_translation_or_none(chinese) or pages[slug]
        label = CHINESE["menu"]["home_label"] if slug == "home" else ""
        MenuItem.objects.create(menu=zh_menu, link_page=page, link_text=label, sort_order=order)
