"""Demo guests in English and Chinese: the 2020 edition's 59 key guests in the seed release's
proportions (13 representatives of international organizations, 33 academicians, 13 of Global 500
companies), 16 guests of 2021, and the six officials of the 2020 press conference.

The release gives counts, not names: every key guest, their organization and biography is
fictional (the universities, institutes, companies and international bodies do not exist), with a
plausible name in both scripts — pinyin and Chinese characters for Chinese guests, names from
several countries with the transliteration a Chinese site would print for the others. The six
officials, their positions and organizations come from the release's photo captions; their names
in Chinese characters were transliterated for the demo and should be checked against the Chinese
release before going live.

Other demo steps (forums) pick guests by category and edition, never by name:
    GuestPage.objects.filter(locale__language_code="en", category__slug="academicians",
                             editions__year=2021).order_by("path")
Idempotent: guests are looked up by their guest key, the slug of their English name.
"""

from django.db import transaction
from django.utils.text import slugify

from speakers.factories import (
    build_guest,
    build_guest_index,
    ensure_default_categories,
    ensure_organizers_group,
)
from speakers.models import GuestCategory, GuestLink
from speakers.permissions import GUESTS_COLLECTION
from wimc_site.factories import get_locale, make_placeholder_image, translate_page, translate_snippet
from wimc_site.models import ConferenceEdition, HomePage
from wimc_site.permissions import get_or_create_child_collection

CHINA = ("China", "中国")
CAE = ("Academician of the Chinese Academy of Engineering", "中国工程院院士")
CAS = ("Academician of the Chinese Academy of Sciences", "中国科学院院士")

# Fictional institutions, (English, Chinese).
BEICHEN = ("Beichen University of Technology", "北辰理工大学")
QIMING = ("Qiming University of Engineering", "启明工程大学")
HUAHENG = ("Huaheng University of Science and Technology", "华衡科技大学")
ZHONGYUAN = ("Zhongyuan Institute of Advanced Manufacturing", "中原先进制造研究院")
LINJIANG = ("Linjiang University of Aeronautics and Astronautics", "临江航空航天大学")
DONGHAI = ("Donghai Institute of Intelligent Equipment", "东海智能装备研究所")
XILING = ("Xiling Academy of Materials Science", "西岭材料科学研究院")
MINGHU = ("Minghu University", "明湖大学")
NANPING = ("Nanping University of Industry", "南屏工业大学")
RHEINFELD = ("Rheinfeld Technical University", "莱茵费尔德工业大学")

PROFESSOR = ("Professor", "教授")
RESEARCHER = ("Research Professor", "研究员")

# One row per person: English name, Chinese name, (country), (position), (organization), (field),
# and for academicians (honorific). Fields read after "research on" / "是…领域", products after "makers of".
KEY_GUESTS_2020 = {
    "international-organizations": [
        ("Margaret Ellison", "玛格丽特·埃利森", ("United Kingdom", "英国"), ("Secretary-General", "秘书长"),
         ("International Federation of Smart Production", "国际智能生产联合会"),
         ("standards for connected factories", "互联工厂标准")),
        ("Henrik Lindqvist", "亨里克·林奎斯特", ("Sweden", "瑞典"), ("Director-General", "总干事"),
         ("Nordic Council for Industrial Automation", "北欧工业自动化理事会"),
         ("industrial automation policy", "工业自动化政策")),
        ("Amara Okafor", "阿玛拉·奥卡福", ("Nigeria", "尼日利亚"), ("Programme Director", "项目主任"),
         ("Global Alliance for Manufacturing Skills", "全球制造业技能联盟"),
         ("training for manufacturing workers", "制造业人才培养")),
        ("Jean-Luc Moreau", "让-吕克·莫罗", ("France", "法国"), ("President", "主席"),
         ("European Association of Digital Manufacturing", "欧洲数字制造协会"),
         ("digital manufacturing", "数字化制造")),
        ("Carlos Mendes", "卡洛斯·门德斯", ("Brazil", "巴西"), ("Vice President", "副主席"),
         ("Latin American Industrial Development Forum", "拉丁美洲工业发展论坛"),
         ("industrial development", "工业发展")),
        ("Priya Raman", "普丽娅·拉曼", ("India", "印度"), ("Chief Economist", "首席经济学家"),
         ("Asia-Pacific Manufacturing Cooperation Organization", "亚太制造业合作组织"),
         ("manufacturing supply chains", "制造业产业链供应链")),
        ("Klaus Brenner", "克劳斯·布伦纳", ("Germany", "德国"), ("Managing Director", "执行总裁"),
         ("International Council for Industrial Interoperability", "国际工业互操作理事会"),
         ("interoperability standards", "互操作标准")),
        ("Yuki Tanabe", "田边由纪", ("Japan", "日本"), ("Secretary-General", "秘书长"),
         ("Asian Robotics Federation", "亚洲机器人联合会"), ("robotics", "机器人")),
        ("Sofia Marchetti", "索菲娅·马尔凯蒂", ("Italy", "意大利"), ("Director", "主任"),
         ("World Forum on Sustainable Manufacturing", "世界可持续制造论坛"),
         ("green manufacturing", "绿色制造")),
        ("Daniel Whitaker", "丹尼尔·惠特克", ("United States", "美国"), ("Senior Advisor", "高级顾问"),
         ("Transpacific Institute for Industrial Innovation", "跨太平洋工业创新研究所"),
         ("industrial innovation", "工业创新")),
        ("Lars Vestergaard", "拉尔斯·韦斯特高", ("Denmark", "丹麦"), ("President", "主席"),
         ("International Association of the Industrial Internet", "国际工业互联网协会"),
         ("the industrial internet", "工业互联网")),
        ("Fatima Al-Hassan", "法蒂玛·哈桑", ("United Arab Emirates", "阿联酋"),
         ("Deputy Director-General", "副总干事"),
         ("Gulf Council for Advanced Industry", "海湾先进工业理事会"),
         ("industrial diversification", "产业多元化")),
        ("Mikhail Sokolov", "米哈伊尔·索科洛夫", ("Russia", "俄罗斯"), ("Vice President", "副主席"),
         ("Eurasian Engineering Union", "欧亚工程联合会"), ("engineering cooperation", "工程合作")),
    ],
    "academicians": [
        ("Wang Jianguo", "王建国", CHINA, PROFESSOR, BEICHEN,
         ("intelligent manufacturing systems", "智能制造系统"), CAE),
        ("Chen Huiming", "陈慧明", CHINA, ("President", "校长"), QIMING,
         ("precision machining", "精密加工"), CAE),
        ("Liu Zhiyuan", "刘志远", CHINA, PROFESSOR, HUAHENG, ("industrial robotics", "工业机器人"), CAE),
        ("Zhao Wenbin", "赵文斌", CHINA, ("Director", "院长"), ZHONGYUAN,
         ("additive manufacturing", "增材制造"), CAE),
        ("Sun Lihua", "孙丽华", CHINA, PROFESSOR, LINJIANG, ("aerospace manufacturing", "航空航天制造"), CAE),
        ("Zhou Mingde", "周明德", CHINA, ("Chief Scientist", "首席科学家"), DONGHAI,
         ("numerically controlled machine tools", "数控机床"), CAE),
        ("Wu Guoqiang", "吴国强", CHINA, ("Director", "院长"), XILING,
         ("advanced materials", "先进材料"), CAS),
        ("Xu Yanping", "徐燕萍", CHINA, PROFESSOR, MINGHU, ("industrial software", "工业软件"), CAE),
        ("Ma Chunlin", "马春林", CHINA, ("Vice President", "副校长"), BEICHEN,
         ("digital twins", "数字孪生"), CAE),
        ("Hu Jiangang", "胡建刚", CHINA, PROFESSOR, QIMING, ("intelligent sensing", "智能传感"), CAS),
        ("Guo Shuzhen", "郭淑珍", CHINA, PROFESSOR, HUAHENG, ("industrial big data", "工业大数据"), CAE),
        ("He Yongxiang", "何永祥", CHINA, ("President", "校长"), NANPING,
         ("high-end equipment", "高端装备"), CAE),
        ("Lin Xiaofeng", "林晓峰", CHINA, PROFESSOR, LINJIANG,
         ("composite materials manufacturing", "复合材料制造"), CAE),
        ("Luo Dehai", "罗德海", CHINA, ("Director", "所长"), DONGHAI,
         ("marine engineering equipment", "海洋工程装备"), CAE),
        ("Liang Qiuyun", "梁秋云", CHINA, PROFESSOR, MINGHU,
         ("micro- and nano-manufacturing", "微纳制造"), CAS),
        ("Song Weiping", "宋卫平", CHINA, ("Chief Engineer", "总工程师"), ZHONGYUAN,
         ("energy equipment", "能源装备"), CAE),
        ("Zheng Haitao", "郑海涛", CHINA, PROFESSOR, NANPING, ("welding and joining", "焊接与连接"), CAE),
        ("Xie Yufang", "谢玉芳", CHINA, RESEARCHER, XILING, ("semiconductor materials", "半导体材料"), CAS),
        ("Han Zhenbang", "韩振邦", CHINA, PROFESSOR, BEICHEN,
         ("industrial control systems", "工业控制系统"), CAE),
        ("Tang Wenjing", "唐文静", CHINA, PROFESSOR, QIMING, ("human–robot collaboration", "人机协作"), CAE),
        ("Feng Guanghui", "冯光辉", CHINA, PROFESSOR, HUAHENG, ("power electronics", "电力电子"), CAS),
        ("Dong Lixin", "董立新", CHINA, PROFESSOR, LINJIANG,
         ("aero-engine manufacturing", "航空发动机制造"), CAE),
        ("Cao Jinhua", "曹锦华", CHINA, PROFESSOR, NANPING, ("automotive manufacturing", "汽车制造"), CAE),
        ("Yuan Haoran", "袁浩然", CHINA, PROFESSOR, MINGHU, ("machine vision", "机器视觉"), CAS),
        ("Deng Shulan", "邓淑兰", CHINA, RESEARCHER, ZHONGYUAN, ("green manufacturing", "绿色制造"), CAE),
        ("Jiang Tianyu", "蒋天宇", CHINA, RESEARCHER, DONGHAI,
         ("intelligent shipbuilding", "船舶智能建造"), CAE),
        ("Peng Xuemei", "彭雪梅", CHINA, RESEARCHER, XILING, ("biomanufacturing", "生物制造"), CAS),
        ("Matthias Keller", "马蒂亚斯·凯勒", ("Germany", "德国"), PROFESSOR, RHEINFELD,
         ("production engineering", "生产工程"),
         ("Member of acatech, the German Academy of Science and Engineering", "德国国家科学与工程院院士")),
        ("Elizabeth Harcourt", "伊丽莎白·哈考特", ("United Kingdom", "英国"), PROFESSOR,
         ("Northbridge Institute of Technology", "诺斯布里奇理工学院"), ("manufacturing systems", "制造系统"),
         ("Fellow of the Royal Academy of Engineering", "英国皇家工程院院士")),
        ("James Thornton", "詹姆斯·桑顿", ("United States", "美国"), PROFESSOR,
         ("Great Lakes University of Technology", "大湖理工大学"),
         ("industrial artificial intelligence", "工业人工智能"),
         ("Member of the National Academy of Engineering", "美国国家工程院院士")),
        ("Kenji Morita", "森田健二", ("Japan", "日本"), ("Director", "所长"),
         ("Kansai Institute of Manufacturing Science", "关西制造科学研究所"),
         ("ultra-precision machining", "超精密加工"),
         ("Member of the Engineering Academy of Japan", "日本工程院院士")),
        ("Ingrid Svensson", "英格丽德·斯文松", ("Sweden", "瑞典"), PROFESSOR,
         ("Malmvik Institute of Technology", "马尔姆维克理工学院"), ("sustainable production", "可持续生产"),
         ("Member of the Royal Swedish Academy of Engineering Sciences", "瑞典皇家工程科学院院士")),
        ("Park Ji-hoon", "朴智勋", ("South Korea", "韩国"), PROFESSOR,
         ("Hanbit University of Science and Technology", "韩光科技大学"),
         ("semiconductor equipment", "半导体装备"),
         ("Member of the National Academy of Engineering of Korea", "韩国国家工程院院士")),
    ],
    "global-500": [
        ("Zhang Haoyu", "张浩宇", CHINA, ("Chairman", "董事长"),
         ("Hengtai Heavy Industries Group", "恒泰重工集团"),
         ("construction machinery", "工程机械")),
        ("Thomas Reinhardt", "托马斯·莱因哈特", ("Germany", "德国"),
         ("Member of the Management Board", "管理委员会成员"), ("Nordwerk AG", "诺德维克股份公司"),
         ("industrial automation equipment", "工业自动化设备")),
        ("Li Wenjie", "李文杰", CHINA, ("President", "总裁"), ("Huarui Electric Group", "华锐电气集团"),
         ("power equipment", "电力装备")),
        ("Sarah Mitchell", "莎拉·米切尔", ("United States", "美国"),
         ("Chief Technology Officer", "首席技术官"),
         ("Atlantic Motors Corporation", "大西洋汽车公司"), ("electric vehicles", "新能源汽车")),
        ("Hiroshi Nakamura", "中村浩", ("Japan", "日本"), ("Executive Vice President", "执行副总裁"),
         ("Kaigen Electronics Corporation", "开元电子株式会社"), ("electronic components", "电子元器件")),
        ("Pierre Laurent", "皮埃尔·洛朗", ("France", "法国"), ("Chief Digital Officer", "首席数字官"),
         ("Meridian Aerospace Group", "子午线航空航天集团"), ("commercial aircraft", "民用飞机")),
        ("Gao Yuan", "高远", CHINA, ("Vice President", "副总裁"), ("Tianhe Steel Group", "天和钢铁集团"),
         ("steel", "钢铁")),
        ("Anna Kowalska", "安娜·科瓦尔斯卡", ("Poland", "波兰"),
         ("President, Central Europe", "中东欧区总裁"),
         ("Vestra Industrial Technologies", "维斯特拉工业技术公司"), ("industrial software", "工业软件")),
        ("Kim Min-jun", "金敏俊", ("South Korea", "韩国"), ("Senior Vice President", "高级副总裁"),
         ("Hanseong Semiconductor", "汉城半导体"), ("memory chips", "存储芯片")),
        ("Marco Bianchi", "马可·比安奇", ("Italy", "意大利"), ("Chief Operating Officer", "首席运营官"),
         ("Orsini Machinery Group", "奥尔西尼机械集团"), ("packaging machinery", "包装机械")),
        ("Yang Shufen", "杨淑芬", CHINA, ("Chief Information Officer", "首席信息官"),
         ("Meiyuan Home Appliances Group", "美源家电集团"), ("home appliances", "家电")),
        ("Rahul Mehta", "拉胡尔·梅塔", ("India", "印度"), ("Group Chief Executive", "集团首席执行官"),
         ("Vikram Industries", "维克拉姆工业集团"), ("steel and engineering products", "钢铁和工程产品")),
        ("Mikko Virtanen", "米科·维尔塔宁", ("Finland", "芬兰"), ("President, Greater China", "大中华区总裁"),
         ("Nordlys Industrial Group", "诺德利斯工业集团"),
         ("bearings and power transmissions", "轴承与传动系统")),
    ],
}

# 2021: category, then rows as above (academicians with their honorific last).
GUESTS_2021 = {
    "academicians": [
        ("Qian Shouyi", "钱守义", CHINA, PROFESSOR, NANPING,
         ("intelligent production lines", "智能产线"), CAE),
        ("Shi Yaqin", "石雅琴", CHINA, RESEARCHER, XILING,
         ("quantum precision measurement", "量子精密测量"), CAS),
        ("Bai Tao", "白涛", CHINA, PROFESSOR, HUAHENG,
         ("industrial internet platforms", "工业互联网平台"), CAE),
        ("Helena Novak", "海伦娜·诺瓦克", ("Czech Republic", "捷克"), PROFESSOR,
         ("Vltava Institute of Technology", "伏尔塔瓦理工学院"), ("cyber-physical systems", "信息物理系统"),
         ("Foreign Member of the Chinese Academy of Engineering", "中国工程院外籍院士")),
    ],
    "experts-scholars": [
        ("Lu Chenxi", "陆晨曦", CHINA, ("Research Fellow", "研究员"),
         ("Qinhuai Laboratory for Intelligent Manufacturing", "秦淮智能制造实验室"),
         ("digital twin factories", "数字孪生工厂")),
        ("Fang Yiming", "方一鸣", CHINA, ("Associate Professor", "副教授"), BEICHEN,
         ("industrial artificial intelligence", "工业人工智能")),
        ("Olivia Grant", "奥利维娅·格兰特", ("Australia", "澳大利亚"),
         ("Senior Research Fellow", "高级研究员"),
         ("Southern Cross Institute for Advanced Manufacturing", "南十字先进制造研究院"),
         ("robotics for mining", "矿业机器人")),
        ("Zhu Haolan", "朱浩澜", CHINA, ("Chief Engineer", "总工程师"), DONGHAI,
         ("collaborative robots", "协作机器人")),
        ("Tobias Hartmann", "托比亚斯·哈特曼", ("Germany", "德国"), PROFESSOR, RHEINFELD,
         ("industrial data spaces", "工业数据空间")),
    ],
    "entrepreneurs": [
        ("Ye Zhiqiang", "叶志强", CHINA, ("Founder and Chief Executive Officer", "创始人兼首席执行官"),
         ("Zhixing Robotics", "智行机器人"), ("mobile robots for factories", "工厂移动机器人")),
        ("Tan Jiayi", "谭嘉怡", CHINA, ("Chair and Chief Executive Officer", "董事长兼首席执行官"),
         ("Xinrui Industrial Software", "芯锐工业软件"), ("manufacturing execution systems", "制造执行系统")),
        ("Lucas Ferreira", "卢卡斯·费雷拉", ("Portugal", "葡萄牙"), ("Co-founder", "联合创始人"),
         ("Atlantico Sensors", "大西洋传感科技"), ("wireless industrial sensors", "无线工业传感器")),
        ("Huang Jingwen", "黄静雯", CHINA, ("Founder", "创始人"),
         ("Lanshan Additive Technologies", "岚山增材科技"),
         ("metal 3D printing", "金属3D打印")),
    ],
    "international-organizations": [
        ("Ahmed Benali", "艾哈迈德·贝纳利", ("Morocco", "摩洛哥"), ("Programme Director", "项目主任"),
         ("Mediterranean Industrial Cooperation Network", "地中海工业合作网络"),
         ("the digital transformation of small manufacturers", "中小制造企业数字化转型")),
        ("Grace Mwangi", "格蕾丝·姆旺吉", ("Kenya", "肯尼亚"), ("Director", "主任"),
         ("African Centre for Manufacturing Transformation", "非洲制造业转型中心"),
         ("industrialization", "工业化")),
        ("Oliver Brandt", "奥利弗·勃兰特", ("Switzerland", "瑞士"), ("Head of Standards", "标准部负责人"),
         ("International Smart Manufacturing Standards Forum", "国际智能制造标准论坛"),
         ("smart manufacturing standards", "智能制造标准")),
    ],
}

# From the photo captions and first paragraph of the 2020 press-conference release:
# English name, Chinese name, position, organization (each in both languages), bio (both).
OFFICIALS_2020 = [
    ("Miao Changxing", "苗长兴",
     ("First-class Inspector, Equipment Industry Division No. 1", "装备工业一司一级巡视员"),
     ("Ministry of Industry and Information Technology", "工业和信息化部"),
     ("Released the overall situation, features and highlights of the 2020 WIMC at its press conference.",
      "在2020世界智能制造大会新闻发布会上发布了大会总体情况、特点和亮点。")),
    ("Zhang Lefu", "张乐夫", ("Deputy Secretary-General", "副秘书长"),
     ("Jiangsu Provincial People's Government", "江苏省人民政府"),
     ("Secretary General of the Organizing Committee of the 2020 WIMC; introduced the preparations at "
      "its press conference.", "2020世界智能制造大会组委会秘书长，在新闻发布会上介绍了大会筹备情况。")),
    ("Li Qingshan", "李青山", ("Deputy Director of the General Office", "办公厅副主任"),
     ("Chinese Academy of Engineering", "中国工程院"),
     ("Attended the press conference of the 2020 WIMC.", "出席了2020世界智能制造大会新闻发布会。")),
    ("Lin Runhua", "林润华", ("Deputy Director of the Academic Department", "学会学术部副部长"),
     ("China Association for Science and Technology", "中国科学技术协会"),
     ("Attended the press conference of the 2020 WIMC.", "出席了2020世界智能制造大会新闻发布会。")),
    ("Huang Ping", "黄平", ("Deputy Director", "副厅长"),
     ("Jiangsu Provincial Department of Industry and Information Technology", "江苏省工业和信息化厅"),
     ("Attended the press conference of the 2020 WIMC.", "出席了2020世界智能制造大会新闻发布会。")),
    ("Bao Hongxin", "包洪新", ("Deputy Secretary-General", "副秘书长"),
     ("Nanjing Municipal People's Government", "南京市人民政府"),
     ("Attended the press conference of the 2020 WIMC.", "出席了2020世界智能制造大会新闻发布会。")),
]

CHINESE_CATEGORIES = {
    "international-organizations": ("国际组织代表", "国际组织代表"),
    "academicians": ("院士", "院士"),
    "global-500": ("世界500强企业代表", "世界500强企业代表"),
    "government-officials": ("政府官员", "政府官员"),
    "experts-scholars": ("专家学者", "专家学者"),
    "entrepreneurs": ("企业家", "企业家"),
}
CHINESE_INDEX = {
    "title": "嘉宾",
    "introduction": "出席大会的国际组织代表、院士、世界500强企业负责人、政府官员、专家学者和企业家。",
    "listing_summary": "出席大会的院士、国际组织和世界500强企业负责人、政府官员、专家学者及企业家。",
}
EDITION_NAMES = {2020: ("the 2020 World Intelligent Manufacturing Conference", "2020世界智能制造大会"),
                 2021: ("the 2021 World Intelligent Manufacturing Conference", "2021世界智能制造大会")}
PROFILE_LINK = ("Institution profile", "机构主页")
PHOTO_COLORS = [(10, 58, 122), (14, 92, 64), (107, 47, 138), (138, 58, 16)]


@transaction.atomic
def load():
    english, chinese = get_locale("en"), get_locale("zh-hans")
    home = HomePage.objects.get(locale=english)
    # Both come from migrations; rebuilt here for databases that were flushed (browser tests).
    ensure_default_categories()
    ensure_organizers_group()
    index = build_guest_index(
        home,
        listing_summary="Academicians, heads of international organizations and Global 500 companies, "
        "officials, scholars and entrepreneurs at the conference.",
    )
    editions = {e.year: e for e in ConferenceEdition.objects.filter(locale=english, year__in=[2020, 2021])}
    zh_home = home.get_translation_or_none(chinese)
    zh = _chinese_setup(index, chinese) if zh_home is not None else None
    number = 0
    for slug, rows in KEY_GUESTS_2020.items():
        for n, row in enumerate(rows, start=1):
            also_2021 = slug == "academicians" and n <= 3
            years = [2020, 2021] if also_2021 else [2020]
            person = _person(slug, row, years)
            _add_guest(index, zh, editions, person, slug, years, featured=n <= 2, number=number,
                       link=n == 1)
            number += 1
    for row in OFFICIALS_2020:
        _add_official(index, zh, editions, row)
    number = 100
    for slug, rows in GUESTS_2021.items():
        for n, row in enumerate(rows, start=1):
            person = _person(slug, row, [2021])
            _add_guest(index, zh, editions, person, slug, [2021], featured=n == 1,
                       number=number, photo=slug != "experts-scholars")
            number += 1
    return index


def _chinese_setup(index, chinese):
    """The Chinese guest categories and directory page."""
    for category in GuestCategory.objects.filter(locale=index.locale):
        name, plural = CHINESE_CATEGORIES.get(category.slug, (category.name, category.plural_label))
        translate_snippet(category, chinese, name=name, plural_label=plural)
    zh_index = translate_page(index, chinese, **CHINESE_INDEX)
    zh_editions = {e.year: e for e in ConferenceEdition.objects.filter(locale=chinese, year__in=[2020, 2021])}
    categories = {c.slug: c for c in GuestCategory.objects.filter(locale=chinese)}
    return {"locale": chinese, "index": zh_index, "editions": zh_editions, "categories": categories}


def _person(slug, row, years):
    """Both languages' fields of a guest from a row of the tables above."""
    name, zh_name, (country, zh_country), (position, zh_position), (org, zh_org), (field, zh_field) = row[:6]
    honorific, zh_honorific = row[6] if len(row) > 6 else ("", "")
    seed = sum(map(ord, name))
    years_active = 15 + seed % 16
    first = years[0]
    event, zh_event = EDITION_NAMES[first]
    foreign = country != "China"
    texts = BIOGRAPHIES[slug](
        name=name, zh_name=zh_name, position=position, zh_position=zh_position, org=org, zh_org=zh_org,
        field=field, zh_field=zh_field, honorific=honorific, zh_honorific=zh_honorific,
        country=country, zh_country=zh_country, years=years_active, joined=1996 + seed % 20,
        founded=2008 + seed % 10, event=event, zh_event=zh_event, foreign=foreign,
    )
    short_bio, biography, zh_short_bio, zh_biography = texts
    return {
        "en": {"name": name, "honorific": honorific, "position": position, "organization": org,
               "country": country, "short_bio": short_bio, "biography": biography, "chinese_name": zh_name},
        "zh": {"title": zh_name, "chinese_name": zh_name, "honorific": zh_honorific, "position": zh_position,
               "organization": zh_org, "country": zh_country, "short_bio": zh_short_bio,
               "biography": zh_biography},
    }


def _international(**p):
    return (
        f"{p['position']} of the {p['org']}, working on {p['field']}.",
        f"{p['name']} is {p['position']} of the {p['org']} and has spent {p['years']} years on "
        f"{p['field']}, bringing governments, industry associations and companies together around shared "
        f"rules and joint projects.\n\nAt {p['event']}, {p['name']} speaks on international cooperation in "
        f"{p['field']}.",
        f"{p['zh_org']}{p['zh_position']}，长期致力于{p['zh_field']}领域的国际合作。",
        f"{p['zh_name']}现任{p['zh_org']}{p['zh_position']}，在{p['zh_field']}领域工作{p['years']}年，"
        f"积极推动各国政府、行业组织与企业在规则制定和项目合作方面的交流。\n\n"
        f"{p['zh_name']}应邀出席{p['zh_event']}，围绕{p['zh_field']}领域的国际合作发表演讲。",
    )


LEADERS = ("President", "Vice President", "Director", "Chief Scientist", "Chief Engineer")


def _role(position, org):
    """ "President of X", "Professor at X"."""
    return f"{position} {'of' if position in LEADERS else 'at'} {org}"


def _academician(**p):
    if p["foreign"]:
        career = (f"{p['name']} has led major research programmes in {p['country']} and works closely "
                  f"with universities and manufacturers in China.")
        zh_career = (f"{p['zh_name']}在{p['zh_country']}主持多项重大科研项目，长期与中国高校和制造企业"
                     f"开展合作研究。")
    else:
        career = (f"{p['name']} has led several national research programmes, trained a generation of "
                  f"engineers and sits on expert committees that advise on manufacturing policy.")
        zh_career = (f"{p['zh_name']}主持完成多项国家级科研项目，培养了一批工程技术骨干，并担任多个制造业"
                     f"咨询专家委员会委员。")
    return (
        f"{p['honorific']}, known for research on {p['field']}.",
        f"{p['name']} is {_role(p['position'], p['org'])}. For {p['years']} years, {p['name']}'s research on "
        f"{p['field']} has moved from the laboratory to production lines, in close partnership with "
        f"manufacturers.\n\n{career}",
        f"{p['zh_honorific']}，主要从事{p['zh_field']}研究。",
        f"{p['zh_name']}，{p['zh_org']}{p['zh_position']}，{p['zh_honorific']}。从事{p['zh_field']}研究"
        f"{p['years']}年，推动多项研究成果在生产线上落地应用，与制造企业保持长期合作。\n\n{zh_career}",
    )


def _global_500(**p):
    return (
        f"{p['position']} of {p['org']}, a Global 500 maker of {p['field']}.",
        f"{p['name']} joined {p['org']} in {p['joined']} and has held senior roles in engineering, "
        f"operations and strategy. As {p['position']}, {p['name']} leads the group's programme to connect "
        f"its factories, suppliers and products through data.\n\nUnder that programme, the group's plants "
        f"for {p['field']} have adopted digital twins, predictive maintenance and flexible production lines.",
        f"{p['zh_org']}{p['zh_position']}。该集团是世界500强企业，主营{p['zh_field']}。",
        f"{p['zh_name']}于{p['joined']}年加入{p['zh_org']}，先后在研发、运营和战略部门担任高级管理职务。"
        f"现任{p['zh_position']}，主导集团工厂、供应商和产品的数据互联工作。\n\n在其推动下，集团的"
        f"{p['zh_field']}工厂陆续应用数字孪生、预测性维护和柔性生产线。",
    )


def _expert(**p):
    return (
        f"{_role(p['position'], p['org'])}, working on {p['field']}.",
        f"{p['name']} is {_role(p['position'], p['org'])}, where a team of engineers and doctoral students "
        f"works on {p['field']} with partner factories.\n\nOver {p['years']} years, {p['name']} has "
        f"published widely and turned several results into tools now used on production lines.",
        f"{p['zh_org']}{p['zh_position']}，研究方向为{p['zh_field']}。",
        f"{p['zh_name']}现任{p['zh_org']}{p['zh_position']}，带领由工程师和博士研究生组成的团队，与合作"
        f"工厂共同开展{p['zh_field']}研究。\n\n{p['years']}年来，{p['zh_name']}发表了大量学术成果，多项成果"
        f"已转化为生产线上使用的工具。",
    )


def _entrepreneur(**p):
    return (
        f"{p['position']} of {p['org']}, a company making {p['field']}.",
        f"{p['name']} founded {p['org']} in {p['founded']} after {p['years'] - 5} years as an engineer in "
        f"industry. The company now supplies {p['field']} to manufacturers across Asia and Europe.",
        f"{p['zh_org']}{p['zh_position']}，公司专注于{p['zh_field']}。",
        f"{p['zh_name']}在工业界从事工程技术工作{p['years'] - 5}年后，于{p['founded']}年创办{p['zh_org']}。"
        f"公司目前为亚洲和欧洲的制造企业提供{p['zh_field']}产品与服务。",
    )


BIOGRAPHIES = {
    "international-organizations": _international,
    "academicians": _academician,
    "global-500": _global_500,
    "experts-scholars": _expert,
    "entrepreneurs": _entrepreneur,
}


def _add_guest(index, zh, editions, person, category, years, featured=False, number=0, photo=True,
               link=False):
    en = person["en"]
    name = en.pop("name")
    key = slugify(name)
    links = [(PROFILE_LINK[0], f"https://example.org/people/{key}")] if link else ()
    guest = build_guest(
        index, name, category, editions=[editions[year] for year in years], featured=featured,
        photo=_photo(name, number) if featured and photo else None, links=links, **en,
    )
    if zh is not None:
        _translate_guest(guest, zh, person["zh"], category, years)
    return guest


def _add_official(index, zh, editions, row):
    name, zh_name, (position, zh_position), (org, zh_org), (bio, zh_bio) = row
    guest = build_guest(
        index, name, "government-officials", editions=[editions[2020]], position=position, organization=org,
        country="China", chinese_name=zh_name, short_bio=bio, key_guest=False,
        biography=f"{name}, {position}, {org}, spoke at or attended the press conference of the 2020 World "
        f"Intelligent Manufacturing Conference in Beijing on November 6, 2020.",
    )
    if zh is not None:
        fields = {
            "title": zh_name, "chinese_name": zh_name, "position": zh_position, "organization": zh_org,
            "country": "中国", "short_bio": zh_bio,
            "biography": f"{zh_org}{zh_position}{zh_name}于2020年11月6日在北京出席2020世界智能制造大会新闻"
            f"发布会。{zh_bio}",
        }
        _translate_guest(guest, zh, fields, "government-officials", [2020])


def _translate_guest(guest, zh, fields, category, years):
    if guest.get_translation_or_none(zh["locale"]) is not None:
        return
    translation = translate_page(
        guest, zh["locale"], publish=False, category=zh["categories"][category],
        editions=[zh["editions"][year] for year in years], **fields,
    )
    # The copied links keep their English labels.
    for link in GuestLink.objects.filter(page=translation):
        link.label = PROFILE_LINK[1]
        link.save()
    translation.save_revision().publish()


def _photo(name, number):
    return make_placeholder_image(
        f"Guest photo: {name}", text=name, size=(600, 600), color=PHOTO_COLORS[number % len(PHOTO_COLORS)],
        collection=get_or_create_child_collection(GUESTS_COLLECTION),
    )
