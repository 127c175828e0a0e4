"""The site-wide part of the demo content: editions, organizers, the page skeleton, menu and settings.

Every function here is idempotent: it looks objects up by a natural key before creating them.
"""

import datetime

from django.db import transaction
from wagtail.models import Site

from wimc_site.factories import add_page, build_home_page, get_locale, make_artwork, make_placeholder_image
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
FIGURES_2020_ZH_VALUES = {"8 million+": "800万+", "120 million+": "1.2亿+"}

CHINESE = {
    "editions": {
        2020: {
            "name": "2020世界智能制造大会",
            "full_name": "2020世界智能制造大会",
            "theme": "智能制造 引领发展",
            "city": "南京",
            "country": "中国",
            "venue": "南京国际博览会议中心",
        },
        2021: {
            "name": "2021世界智能制造大会",
            "full_name": "2021世界智能制造大会",
            "city": "南京",
            "country": "中国",
        },
    },
    "organizers": {
        "Jiangsu": "江苏省人民政府",
        "MIIT": "工业和信息化部",
        "CAE": "中国工程院",
        "CAST": "中国科学技术协会",
    },
    "home": ("世界智能制造大会", "每年在江苏南京举办的全球智能制造盛会。"),
    "about": ("关于大会", "世界智能制造大会自2016年起每年在江苏南京举办。"),
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


def _legal_page(title, slug, introduction, sections):
    body = []
    for heading, text in sections:
        body += [("heading", {"text": heading, "level": "h2"}), ("paragraph", f"<p>{text}</p>")]
    return ContentPage(title=title, slug=slug, introduction=introduction, listing_summary=introduction,
                       body=body, show_in_menus=False)


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
        zh_edition = _translate_snippet(editions[year], chinese, fields)
        if year == 2020:
            _set_figures(zh_edition, [(FIGURES_2020_ZH_VALUES.get(value, value), zh)
                                      for value, _label, zh in FIGURES_2020])
    for organizer in organizers:
        _translate_snippet(organizer, chinese, {"name": CHINESE["organizers"][organizer.short_name]})
    zh_home = _translate_page(home, chinese, *CHINESE["home"], field="hero_intro")
    if zh_home is not None:
        _translate_page(about, chinese, *CHINESE["about"], field="listing_summary")


def _translate_snippet(obj, locale, fields):
    translation = obj.get_translation_or_none(locale)
    if translation is None:
        translation = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save()
    return translation


def _translate_page(page, locale, title, text, field):
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale)
    translation.title = title
    setattr(translation, field, text)
    translation.save_revision().publish()
    return translation


# The main menu, in this order, for the sections that exist once every demo step has run.
MENU_SLUGS = ["home", "news", "forums", "guests", "expo", "about"]


@transaction.atomic
def load_menu():
    home = HomePage.objects.get(locale=get_locale("en"))
    pages = {p.slug: p for p in home.get_children().live()}
    pages["home"] = home
    menu, _ = MainMenu.objects.get_or_create(name="Main menu", locale=get_locale("en"))
    menu.items.all().delete()
    for order, slug in enumerate(s for s in MENU_SLUGS if s in pages):
        label = "Home" if slug == "home" else ""
        MenuItem.objects.create(menu=menu, link_page=pages[slug], link_text=label, sort_order=order)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.main_menu = menu
    site_settings.save()
