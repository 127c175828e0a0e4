"""Demo content for the Cloud Expo: /expo/ with the five exhibition areas the 2020 WIMC opened,
six fictional exhibitors in each (names in English and Chinese, products, scenarios, achievements,
open positions or financing), supply and demand listings (some expired), and a few negotiation
requests in every status. Chinese versions of /expo/, the five areas, every exhibitor and every
listing (expo.demo_zh), so a Chinese visitor stays in Chinese throughout the Cloud Expo.

The companies are invented; their names read like Jiangsu's and China's manufacturers on purpose,
and none is a real company. Idempotent: pages are looked up by slug or exhibitor key.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from expo import demo_zh
from expo.factories import (
    INTRODUCTION,
    achievement,
    build_area,
    build_exhibitor,
    build_expo_index,
    build_listing,
    build_request,
    ensure_default_industries,
    ensure_expo_organizers,
    financing,
    need,
    position,
    scenario,
)
from expo.models import (
    AreaKind,
    ExhibitorPage,
    ExpoIndexPage,
    ExpoIndustry,
    ExpoListingPage,
    ListingType,
    NegotiationRequest,
    RequestStatus,
)
from expo.permissions import EXPO_COLLECTION
from wimc_site.factories import get_locale, make_placeholder_image
from wimc_site.models import ConferenceEdition, HomePage
from wimc_site.permissions import get_or_create_child_collection

SEED_QUOTE = (
    "Through the Cloud Expo, the 2020 WIMC will display intelligent manufacturing's ecological systems, "
    "which involves the enterprises, products, talent, capital, technical achievements, and application "
    "scenarios in an all-dimensional way. Meanwhile, it will also offer targeted supply-demand bridging, "
    "business negotiation and other functions to help enterprises realize further exchange and cooperation."
)

# slug, kind, English title, introduction, Chinese title, Chinese introduction
AREAS = [
    (
        "solutions",
        AreaKind.SOLUTIONS,
        "Intelligent Manufacturing Solutions",
        "Robots, industrial software, machine vision and logistics systems that turn a workshop into a "
        "smart factory, from the suppliers who build and integrate them.",
        "智能制造解决方案展区",
        "机器人、工业软件、机器视觉和智能物流系统，由研发和集成它们的企业展示如何把车间变成智能工厂。",
    ),
    (
        "demonstration-applications",
        AreaKind.DEMONSTRATION,
        "Demonstration Applications",
        "Smart factories and digital workshops that already run: what they changed, what it cost and what "
        "it brought, told by the manufacturers themselves.",
        "示范应用展区",
        "已经投产的智能工厂和数字化车间：改了什么、投入多少、带来什么，由制造企业亲自讲述。",
    ),
    (
        "equipment-public-service",
        AreaKind.EQUIPMENT,
        "Equipment and Public Service Platform",
        "Machine tools, sensors and reducers, and the public platforms that test, certify and identify "
        "what factories make.",
        "装备及公共服务平台展区",
        "数控机床、传感器、减速机等关键装备，以及为工厂提供检测、认证和标识解析服务的公共平台。",
    ),
    (
        "talent-exchange",
        AreaKind.TALENT,
        "Talent Exchange",
        "Employers hiring engineers and technicians for intelligent manufacturing, and the colleges and "
        "services that train and place them.",
        "人才交流展区",
        "招聘智能制造工程师和技术人员的企业，以及培养、输送人才的院校和服务机构。",
    ),
    (
        "financial-docking",
        AreaKind.FINANCE,
        "Financial Docking",
        "Funds, leasing companies and guarantors offering capital for smart-factory projects, and "
        "manufacturers seeking it.",
        "金融对接展区",
        "为智能工厂项目提供资金的产业基金、融资租赁和担保机构，以及寻求融资的制造企业。",
    ),
]

CHINESE_INDEX = (
    "云展会",
    "永不落幕的智能制造线上展会，为展商和观众提供供需对接和商务洽谈。",
    "五大展区，全年开放。",
)

CHINESE_INDUSTRIES = {
    "automotive": "汽车及新能源汽车",
    "electronics": "电子信息与半导体",
    "machinery": "机械装备",
    "energy": "能源电力",
    "aerospace": "航空航天与船舶",
    "materials": "化工与新材料",
    "medical": "医药与医疗器械",
    "consumer-goods": "纺织与消费品",
    "logistics": "物流仓储",
    "industrial-software": "工业软件与工业互联网",
}

LOGO_COLORS = [(10, 58, 122), (14, 92, 64), (107, 47, 138), (138, 58, 16), (31, 79, 122), (90, 90, 18)]


# Per area: exhibitors as dicts. Products are (name, description, kind).
EXHIBITORS = {
    "solutions": [
        {
            "name": "Jiangning Precision Robotics Co., Ltd.",
            "chinese_name": "江宁精工机器人有限公司",
            "key": "jiangning-precision-robotics",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Welding and palletizing robot cells for auto parts and steel structures.",
            "profile": "Founded in 2009 in Nanjing's Jiangning district, the company designs six-axis robots "
            "and builds them into complete welding and palletizing cells.\n\nIts 240 engineers commission "
            "around 300 cells a year for auto-parts suppliers and steel-structure fabricators.",
            "products": [
                (
                    "JR-6 six-axis welding robot",
                    "A 6 kg payload arm with seam tracking, for MIG and TIG welding of frames and brackets.",
                    "product",
                ),
                (
                    "PC-200 palletizing cell",
                    "A four-axis robot, conveyor and safety fence that stacks up to 1,200 cartons an hour.",
                    "product",
                ),
                (
                    "RoboPlan offline programming",
                    "Plans welding paths from CAD models so a new part is programmed before the line stops.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Subframe welding line",
                    "An auto-parts supplier in Yancheng",
                    "Eight robot cells replaced manual welding of subframes and halved rework.",
                )
            ],
            "achievements": [achievement("Jiangsu Province specialised and sophisticated SME", 2020)],
            "calls_for": [
                need(
                    "Integrators in Vietnam and Thailand",
                    "Partners to install and service our welding cells for export customers.",
                )
            ],
            "website": "https://example.com/jiangning-robotics",
            "editions": [2020, 2021],
        },
        {
            "name": "Suzhou Lianxin Industrial Software Co., Ltd.",
            "chinese_name": "苏州联信工业软件有限公司",
            "key": "suzhou-lianxin-software",
            "industry": "industrial-software",
            "region": "jiangsu",
            "pitch": "MES and quality traceability for discrete manufacturers.",
            "profile": "Lianxin writes manufacturing execution software for electronics, auto-parts and "
            "machinery plants, and has deployed it in more than 400 workshops.",
            "products": [
                (
                    "LianMES manufacturing execution system",
                    "Work orders, material tracking and OEE from the "
                    "shop floor, for plants of 50 to 5,000 workers.",
                    "product",
                ),
                (
                    "QTrace quality traceability",
                    "Finds every part and batch that went into a finished product "
                    "in seconds, for recalls and audits.",
                    "product",
                ),
            ],
            "scenarios": [
                scenario(
                    "Battery module traceability",
                    "A new-energy vehicle battery plant",
                    "Every cell is traced to its module and pack, with test data kept ten years.",
                )
            ],
            "achievements": [achievement("Industrial software excellent product, provincial list", 2019)],
            "calls_for": [
                need(
                    "Partners for ERP integration",
                    "ERP consultants who want to offer MES to their manufacturing clients.",
                )
            ],
            "website": "https://example.com/lianxin",
            "editions": [2020],
        },
        {
            "name": "Hefei Zhiyuan Machine Vision Technology Co., Ltd.",
            "chinese_name": "合肥智源机器视觉科技有限公司",
            "key": "hefei-zhiyuan-vision",
            "industry": "electronics",
            "region": "anhui",
            "pitch": "AI visual inspection for electronics and battery lines.",
            "profile": "A spin-off of a university imaging lab, Zhiyuan trains defect-detection models on a "
            "customer's own images and runs them on industrial cameras at line speed.",
            "products": [
                (
                    "ZV-Inspect defect detection",
                    "Finds scratches, dents and missing parts at up to 60 parts a minute.",
                    "product",
                ),
                ("Pin inspection station", "Measures connector pin height and pitch to 0.01 mm.", "product"),
                (
                    "Vision model training service",
                    "We label your images and deliver a model in three weeks.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Electrode coating inspection",
                    "A lithium battery maker in Hefei",
                    "Coating defects are flagged before calendering, saving material.",
                )
            ],
            "achievements": [achievement("National high-tech enterprise", 2021)],
            "calls_for": [
                need(
                    "Camera makers for joint products",
                    "Industrial camera makers to bundle our software with their hardware.",
                )
            ],
            "website": "https://example.com/zhiyuan-vision",
            "editions": [2020, 2021],
        },
        {
            "name": "Ningbo Haitong Digital Twin Technology Co., Ltd.",
            "chinese_name": "宁波海通数字孪生科技有限公司",
            "key": "ningbo-haitong-digital-twin",
            "industry": "industrial-software",
            "region": "zhejiang",
            "pitch": "Digital twins of production lines for virtual commissioning and training.",
            "profile": "Haitong builds simulation models of lines and whole plants so that PLC programs "
            "can be tested and operators trained before the equipment arrives.",
            "products": [
                (
                    "TwinLine simulation platform",
                    "Connects to real PLCs and simulates conveyors, robots and machines in 3D.",
                    "product",
                ),
                (
                    "Virtual commissioning service",
                    "Cuts on-site commissioning time by testing control logic against the model.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Injection moulding plant twin",
                    "A home-appliance parts maker",
                    "Line changes are tried in the model first; changeovers fell by a third.",
                )
            ],
            "achievements": [achievement("Zhejiang provincial digital twin pilot project", 2021)],
            "calls_for": [
                need(
                    "Equipment makers who supply models",
                    "Machine builders willing to share simulation models of their equipment.",
                )
            ],
            "website": "https://example.com/haitong-twin",
            "editions": [2021],
        },
        {
            "name": "Wuxi Huarui Intelligent Logistics Systems Co., Ltd.",
            "chinese_name": "无锡华瑞智能物流系统有限公司",
            "key": "wuxi-huarui-logistics",
            "industry": "logistics",
            "region": "jiangsu",
            "pitch": "Automated warehouses and AGV fleets for factories.",
            "profile": "Huarui designs high-bay warehouses, shuttles and autonomous vehicles that move "
            "materials from the goods-in dock to the line side.",
            "products": [
                ("HR-Shuttle four-way shuttle", "Dense storage for pallets, up to 24 m high.", "product"),
                ("Latent AGV, 1 t", "Lifts racks from below and follows QR codes on the floor.", "product"),
                (
                    "WCS warehouse control software",
                    "Dispatches shuttles and AGVs and talks to the plant's WMS.",
                    "product",
                ),
            ],
            "scenarios": [
                scenario(
                    "Line-side supply for an engine plant",
                    "An engine maker in Wuxi",
                    "Forty AGVs deliver parts kits to the assembly line every 20 minutes.",
                )
            ],
            "achievements": [achievement("Logistics technology award, industry association", 2020)],
            "calls_for": [
                need(
                    "Textile and food plants planning warehouses",
                    "We would like to hear from plants planning automated storage in 2021–2022.",
                )
            ],
            "website": "https://example.com/huarui-logistics",
            "editions": [2020],
        },
        {
            "name": "Rhein-Neckar Automation GmbH",
            "chinese_name": "莱茵内卡自动化有限公司",
            "key": "rhein-neckar-automation",
            "industry": "machinery",
            "region": "abroad",
            "pitch": "PLC retrofits and line controls, with a service office in Taicang.",
            "profile": "A family-owned German control-systems integrator that has served Chinese plants of "
            "German manufacturers from Taicang since 2012.",
            "products": [
                (
                    "Control retrofit package",
                    "Replaces obsolete PLCs and drives with no change to the mechanical line.",
                    "solution",
                ),
                (
                    "Energy monitoring kit",
                    "Meters and dashboards that show each machine's consumption.",
                    "product",
                ),
            ],
            "scenarios": [
                scenario(
                    "Press line retrofit",
                    "A car-body stamping plant",
                    "A 1998 press line got new controls during a two-week summer stop.",
                )
            ],
            "achievements": [achievement("Sino-German SME cooperation award", 2019)],
            "calls_for": [
                need(
                    "Chinese engineering partners",
                    "Electrical engineering firms to share retrofit projects in the Yangtze delta.",
                )
            ],
            "website": "https://example.com/rhein-neckar",
            "editions": [2020, 2021],
        },
    ],
    "demonstration-applications": [
        {
            "name": "Changzhou Xinneng Battery Technology Co., Ltd.",
            "chinese_name": "常州新能电池科技有限公司",
            "key": "changzhou-xinneng-battery",
            "industry": "automotive",
            "region": "jiangsu",
            "pitch": "A lithium battery cell plant run as a demonstration smart factory.",
            "profile": "Xinneng makes prismatic cells for electric buses and energy storage. Its second "
            "plant, opened in 2019, was listed as a provincial demonstration smart factory.",
            "products": [
                (
                    "280 Ah prismatic storage cell",
                    "LFP chemistry, 6,000 cycles, for grid storage.",
                    "product",
                ),
                (
                    "Smart factory visit programme",
                    "Half-day visits for manufacturers planning their own plant.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "End-to-end cell traceability",
                    "Our own plant",
                    "Each cell carries a code linked to 2,000 process readings.",
                )
            ],
            "achievements": [achievement("Provincial demonstration smart factory", 2020)],
            "calls_for": [
                need("MES supplier for the third plant", "See our demand listing in the solutions area.")
            ],
            "website": "https://example.com/xinneng-battery",
            "editions": [2020, 2021],
        },
        {
            "name": "Yangtze Smart Grid Equipment Co., Ltd.",
            "chinese_name": "长江智能电网装备股份有限公司",
            "key": "yangtze-smart-grid",
            "industry": "energy",
            "region": "hubei",
            "pitch": "A digital workshop for switchgear assembly.",
            "profile": "The company builds medium-voltage switchgear in Wuhan. Its digital workshop connects "
            "160 machines and has cut delivery times from 30 to 18 days.",
            "products": [
                (
                    "Smart ring main unit",
                    "Switchgear with sensors that report temperature and partial discharge.",
                    "product",
                ),
                (
                    "Digital workshop consulting",
                    "What we learned, for other electrical equipment makers.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Order-to-delivery in 18 days",
                    "Our Wuhan workshop",
                    "Orders flow from the configurator straight to the cutting and bending machines.",
                )
            ],
            "achievements": [achievement("Intelligent manufacturing pilot demonstration project", 2018)],
            "calls_for": [
                need("Peer visits", "Electrical equipment makers are welcome to visit the workshop.")
            ],
            "website": "https://example.com/yangtze-grid",
            "editions": [2020],
        },
        {
            "name": "Xuzhou Hengli Construction Machinery Co., Ltd.",
            "chinese_name": "徐州恒力工程机械有限公司",
            "key": "xuzhou-hengli-machinery",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Networked excavator production and remote service.",
            "profile": "Hengli assembles mid-size excavators and keeps 30,000 machines in the field "
            "connected to its service platform.",
            "products": [
                (
                    "HL-220 connected excavator",
                    "A 22 t excavator that reports its hours, faults and fuel use.",
                    "product",
                ),
                (
                    "Remote service platform",
                    "Predicts wear parts and schedules service before breakdowns.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Predictive maintenance",
                    "Rental fleets in four provinces",
                    "Hydraulic failures are caught from pressure trends days in advance.",
                )
            ],
            "achievements": [achievement("Industrial internet platform pilot", 2021)],
            "calls_for": [need("Data analytics partners", "Partners to build models on our field data.")],
            "website": "https://example.com/hengli",
            "editions": [2021],
        },
        {
            "name": "Qingdao Haiyun Home Appliances Co., Ltd.",
            "chinese_name": "青岛海韵家电有限公司",
            "key": "qingdao-haiyun-appliances",
            "industry": "consumer-goods",
            "region": "shandong",
            "pitch": "Mass customisation of refrigerators.",
            "profile": "Haiyun lets buyers choose panels, compartments and colours online and builds each "
            "refrigerator to order on a mixed-model line.",
            "products": [
                ("Custom-built refrigerator", "Over 200 combinations, delivered in ten days.", "product"),
                (
                    "Mixed-model line design",
                    "How one line builds many variants without stopping.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Build to order",
                    "Our Qingdao plant",
                    "Finished-goods stock fell by 40% once every unit was built to order.",
                )
            ],
            "achievements": [achievement("Lighthouse-style smart factory, provincial list", 2020)],
            "calls_for": [need("Panel suppliers", "Suppliers of printed glass panels in small batches.")],
            "website": "https://example.com/haiyun",
            "editions": [2020],
        },
        {
            "name": "Nantong Jianghai Textile Group Co., Ltd.",
            "chinese_name": "南通江海纺织集团有限公司",
            "key": "nantong-jianghai-textile",
            "industry": "consumer-goods",
            "region": "jiangsu",
            "pitch": "A spinning mill with automated doffing and online quality checks.",
            "profile": "Jianghai spins cotton and blended yarn. Its newest mill runs 100,000 spindles with "
            "fewer than 100 workers a shift.",
            "products": [
                ("Compact-spun cotton yarn", "Counts from 40s to 120s for shirting fabrics.", "product"),
                (
                    "Yarn quality data service",
                    "Shares each lot's test data with weaving customers.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Automated doffing",
                    "Our Haimen mill",
                    "Robots doff and transport bobbins; labour per ton fell by 70%.",
                )
            ],
            "achievements": [achievement("Textile industry smart manufacturing demonstration", 2019)],
            "calls_for": [need("Logistics automation", "Suppliers of AGVs for yarn warehouses.")],
            "website": "https://example.com/jianghai-textile",
            "editions": [2020, 2021],
        },
        {
            "name": "Chengdu Tianfu Aero Components Co., Ltd.",
            "chinese_name": "成都天府航空部件有限公司",
            "key": "chengdu-tianfu-aero",
            "industry": "aerospace",
            "region": "sichuan",
            "pitch": "A digital machining workshop for aircraft structural parts.",
            "profile": "Tianfu machines aluminium and titanium structural parts for aircraft makers, with "
            "every program and measurement kept against the part's serial number.",
            "products": [
                ("Titanium frame machining", "Five-axis machining of frames up to 3 m long.", "product"),
                (
                    "Digital workshop tour",
                    "Online and on-site tours for suppliers of the aviation industry.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Closed-loop machining",
                    "Our Chengdu workshop",
                    "On-machine probing corrects tool wear between operations.",
                )
            ],
            "achievements": [achievement("Aviation supplier quality award", 2020)],
            "calls_for": [need("Tooling partners", "Cutting-tool makers to test tools for titanium.")],
            "website": "https://example.com/tianfu-aero",
            "editions": [2020],
        },
    ],
    "equipment-public-service": [
        {
            "name": "Nanjing Kaida CNC Machine Tool Co., Ltd.",
            "chinese_name": "南京凯达数控机床有限公司",
            "key": "nanjing-kaida-cnc",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Five-axis machining centres for moulds and aerospace parts.",
            "profile": "Kaida has built machine tools in Nanjing since 1992 and now makes 600 machining "
            "centres a year, a third of them five-axis.",
            "products": [
                (
                    "KD-U650 five-axis machining centre",
                    "Trunnion table, 20,000 rpm spindle, for moulds and impellers.",
                    "product",
                ),
                (
                    "KD-V1100 vertical machining centre",
                    "A workhorse for job shops, with a 24-tool magazine.",
                    "product",
                ),
                ("Machine monitoring app", "Spindle load, alarms and utilisation on a phone.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Impeller machining",
                    "A compressor maker in Wuxi",
                    "Impellers are machined in one setup instead of three.",
                )
            ],
            "achievements": [achievement("First set of major technical equipment, Jiangsu", 2018)],
            "calls_for": [need("Dealers in Central Asia", "Dealers who can sell and service machine tools.")],
            "website": "https://example.com/kaida-cnc",
            "editions": [2020, 2021],
        },
        {
            "name": "Shenzhen Jingce Sensor Technology Co., Ltd.",
            "chinese_name": "深圳精测传感技术有限公司",
            "key": "shenzhen-jingce-sensors",
            "industry": "electronics",
            "region": "guangdong",
            "pitch": "Industrial sensors and IO-Link modules.",
            "profile": "Jingce makes proximity, photoelectric and pressure sensors, and IO-Link masters that "
            "bring their data to the PLC and the cloud.",
            "products": [
                ("IO-Link master, 8 ports", "Connects smart sensors to PROFINET and EtherNet/IP.", "product"),
                ("Laser distance sensor", "0.1 mm resolution at up to 1 m.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Sensor retrofit",
                    "A packaging machine builder",
                    "Format changes are set by IO-Link instead of by hand.",
                )
            ],
            "achievements": [achievement("Shenzhen innovation award", 2020)],
            "calls_for": [need("Machine builders", "OEMs who want sensors customised to their machines.")],
            "website": "https://example.com/jingce",
            "editions": [2021],
        },
        {
            "name": "Jiangsu Industrial Internet Identification Service Center",
            "chinese_name": "江苏工业互联网标识解析服务中心",
            "key": "jiangsu-identification-center",
            "industry": "industrial-software",
            "region": "jiangsu",
            "pitch": "A public platform that gives parts and products identifiers anyone can resolve.",
            "profile": "A public service platform for the province's manufacturers: it registers identifiers "
            "for products and parts and resolves them for suppliers, customers and regulators.",
            "products": [
                (
                    "Identifier registration",
                    "Codes for products, batches and parts, with their data.",
                    "solution",
                ),
                (
                    "Supply chain lookup",
                    "Suppliers and customers read the data a code points to.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Valve traceability",
                    "A valve cluster in Yancheng",
                    "Each valve's code tells installers its material certificates.",
                )
            ],
            "achievements": [achievement("Secondary node of the national identification system", 2020)],
            "calls_for": [
                need("Manufacturers joining the platform", "Registration is free for SMEs in 2021.")
            ],
            "website": "https://example.com/js-identification",
            "editions": [2020, 2021],
        },
        {
            "name": "Yangzhou Additive Manufacturing Public Service Platform",
            "chinese_name": "扬州增材制造公共服务平台",
            "key": "yangzhou-additive-platform",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Metal 3D printing on demand and process testing for SMEs.",
            "profile": "Run with a local university, the platform prints metal parts, qualifies powders and "
            "trains engineers on twelve industrial printers.",
            "products": [
                (
                    "Metal printing service",
                    "Titanium, aluminium and steel parts, from one to a few hundred.",
                    "solution",
                ),
                ("Powder testing", "Particle size, flowability and oxygen content.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Conformal cooling inserts",
                    "A mould maker in Kunshan",
                    "Printed inserts cut cycle time of a bumper mould by 25%.",
                )
            ],
            "achievements": [achievement("Provincial public technology service platform", 2019)],
            "calls_for": [
                need("Users of printed parts", "Designers who want to try additive manufacturing.")
            ],
            "website": "https://example.com/yz-additive",
            "editions": [2020],
        },
        {
            "name": "Harbin Longjiang Reducer Co., Ltd.",
            "chinese_name": "哈尔滨龙江减速机有限公司",
            "key": "harbin-longjiang-reducer",
            "industry": "machinery",
            "region": "heilongjiang",
            "pitch": "Harmonic and RV reducers for robot joints.",
            "profile": "Longjiang grew out of a gearbox works and now makes precision reducers for "
            "domestic robot makers.",
            "products": [
                ("LH-25 harmonic reducer", "Ratio 100:1, backlash under 20 arc-seconds.", "product"),
                ("LR-40E RV reducer", "For the base and shoulder joints of 20 kg robots.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Domestic robot joints",
                    "A robot maker in Nanjing",
                    "Our reducers replaced imported ones in a six-axis robot.",
                )
            ],
            "achievements": [achievement("Precision reducer life test, 10,000 hours", 2020)],
            "calls_for": [need("Robot makers", "Robot makers to qualify our reducers.")],
            "website": "https://example.com/longjiang",
            "editions": [2020, 2021],
        },
        {
            "name": "Taicang Sino-German Testing and Certification Center",
            "chinese_name": "太仓中德检测认证中心",
            "key": "taicang-testing-center",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Functional safety testing and CE certification for machinery.",
            "profile": "A public service platform in Taicang that helps machine builders meet Chinese and "
            "European safety standards.",
            "products": [
                (
                    "CE machinery directive assessment",
                    "Risk assessment and technical file review.",
                    "solution",
                ),
                ("Functional safety testing", "Safety functions tested to ISO 13849.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Export of a packaging line",
                    "A machine builder in Suzhou",
                    "The line passed CE assessment before its first shipment to Europe.",
                )
            ],
            "achievements": [achievement("Accredited testing laboratory", 2018)],
            "calls_for": [
                need(
                    "Machine builders exporting to Europe",
                    "Free half-day workshops on the new machinery regulation.",
                )
            ],
            "website": "https://example.com/taicang-testing",
            "editions": [2021],
        },
    ],
    "talent-exchange": [
        {
            "name": "Jiangsu Intelligent Manufacturing Vocational Institute",
            "chinese_name": "江苏智能制造职业技术学院",
            "key": "jiangsu-im-vocational-institute",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Training technicians to maintain robots, PLCs and smart production lines.",
            "profile": "A vocational college with 9,000 students and training workshops equipped by "
            "its industry partners.",
            "products": [
                (
                    "Robot maintenance programme",
                    "A three-year diploma with a year on the shop floor.",
                    "solution",
                ),
                ("Short courses for employers", "Two-week courses in PLC and robot programming.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Order-based classes",
                    "Twelve manufacturers in Jiangsu",
                    "Employers co-design a class and hire its graduates.",
                )
            ],
            "achievements": [achievement("National demonstration vocational college", 2019)],
            "calls_for": [
                position(
                    "Lecturer, industrial robotics",
                    "Changzhou",
                    2,
                    "Teach robot programming; five years of industry experience required.",
                ),
                position("Workshop instructor, PLC", "Changzhou", 1, "Run practical PLC courses."),
            ],
            "website": "https://example.com/jsim-institute",
            "editions": [2020, 2021],
        },
        {
            "name": "Nanjing Zhizao Talent Service Co., Ltd.",
            "chinese_name": "南京智造人才服务有限公司",
            "key": "nanjing-zhizao-talent",
            "industry": "industrial-software",
            "region": "jiangsu",
            "pitch": "Recruiting engineers for intelligent manufacturing projects.",
            "profile": "A recruitment firm that places automation, software and quality engineers with "
            "manufacturers in the Yangtze River Delta.",
            "products": [
                ("Engineer search", "Shortlists in four weeks for senior positions.", "solution"),
                ("Graduate programme", "Matches graduates with plants for a trial year.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Staffing a new plant",
                    "A battery maker in Changzhou",
                    "Sixty engineers recruited in five months before start of production.",
                )
            ],
            "achievements": [achievement("Jiangsu human resources service brand", 2020)],
            "calls_for": [
                position(
                    "Automation engineer (for a client)",
                    "Suzhou",
                    5,
                    "PLC and robot commissioning for a new assembly plant.",
                ),
                position("Quality engineer (for a client)", "Nanjing", 3, "Supplier quality for auto parts."),
            ],
            "website": "https://example.com/zhizao-talent",
            "editions": [2020],
        },
        {
            "name": "Kunshan Yaoda Electronics Co., Ltd.",
            "chinese_name": "昆山耀达电子有限公司",
            "key": "kunshan-yaoda-electronics",
            "industry": "electronics",
            "region": "jiangsu",
            "pitch": "Circuit-board assembly for industrial and automotive electronics, hiring engineers.",
            "profile": "Yaoda runs 22 SMT lines and is adding eight more in 2021.",
            "products": [
                ("SMT assembly", "Automotive-grade board assembly with full traceability.", "solution"),
                ("Box build", "Final assembly and testing of controllers.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Lights-out SMT line", "Our Kunshan plant", "One line runs the night shift unattended."
                )
            ],
            "achievements": [achievement("IATF 16949 certified", 2018)],
            "calls_for": [
                position(
                    "SMT process engineer", "Kunshan", 4, "Own solder paste printing and reflow profiles."
                ),
                position("Test engineer", "Kunshan", 2, "Develop in-circuit and functional tests."),
            ],
            "website": "https://example.com/yaoda",
            "editions": [2021],
        },
        {
            "name": "Changshu Fengyuan Automotive Parts Co., Ltd.",
            "chinese_name": "常熟丰源汽车零部件有限公司",
            "key": "changshu-fengyuan-auto-parts",
            "industry": "automotive",
            "region": "jiangsu",
            "pitch": "Seat frames and stampings for carmakers, hiring for a new digital workshop.",
            "profile": "Fengyuan stamps and welds seat frames for six carmakers from two plants in Changshu.",
            "products": [
                ("Seat frame assemblies", "Welded frames for front and rear seats.", "product"),
                ("Precision stampings", "High-strength steel parts up to 1.2 m.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Welding line data",
                    "Our Changshu plant",
                    "Every weld's current and voltage is stored with the frame's code.",
                )
            ],
            "achievements": [achievement("Supplier quality award from a carmaker", 2020)],
            "calls_for": [
                position("Robot welding technician", "Changshu", 8, "Maintain and program welding robots."),
                position("MES administrator", "Changshu", 1, "Run our new MES with the IT team."),
            ],
            "website": "https://example.com/fengyuan",
            "editions": [2020, 2021],
        },
        {
            "name": "Hangzhou Yunzhi Industrial Internet Co., Ltd.",
            "chinese_name": "杭州云智工业互联网有限公司",
            "key": "hangzhou-yunzhi",
            "industry": "industrial-software",
            "region": "zhejiang",
            "pitch": "An industrial internet platform, hiring data and edge computing engineers.",
            "profile": "Yunzhi connects machines in textile, plastics and machinery plants and analyses "
            "their data in the cloud.",
            "products": [
                ("Yunzhi edge gateway", "Reads 40 PLC protocols and buffers data offline.", "product"),
                ("Energy analytics", "Finds waste in compressed air and heating.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Dyeing plant energy",
                    "A dyeing plant in Shaoxing",
                    "Steam use per ton fell 12% in six months.",
                )
            ],
            "achievements": [achievement("Zhejiang industrial internet platform", 2020)],
            "calls_for": [
                position("Data engineer", "Hangzhou", 3, "Build pipelines for time-series machine data."),
                position("Edge software developer", "Hangzhou", 2, "C++ and Rust on ARM gateways."),
            ],
            "website": "https://example.com/yunzhi",
            "editions": [2021],
        },
        {
            "name": "Wuhan Optics Valley Laser Equipment Co., Ltd.",
            "chinese_name": "武汉光谷激光装备有限公司",
            "key": "wuhan-optics-valley-laser",
            "industry": "machinery",
            "region": "hubei",
            "pitch": "Fibre laser cutting and welding machines, hiring application engineers.",
            "profile": "The company builds laser cutting and welding systems for sheet metal and battery "
            "makers.",
            "products": [
                ("12 kW fibre laser cutter", "Cuts 30 mm steel with nitrogen-free edges.", "product"),
                ("Battery tab laser welder", "Welds tabs with seam monitoring.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Battery pack welding",
                    "A battery maker in Hubei",
                    "Weld defects dropped below 50 per million.",
                )
            ],
            "achievements": [achievement("Hubei science and technology progress award", 2019)],
            "calls_for": [
                position(
                    "Laser application engineer", "Wuhan", 4, "Develop welding processes with customers."
                ),
            ],
            "website": "https://example.com/ov-laser",
            "editions": [2020],
        },
    ],
    "financial-docking": [
        {
            "name": "Jiangsu Smart Manufacturing Industry Fund",
            "chinese_name": "江苏智能制造产业基金",
            "key": "jiangsu-im-industry-fund",
            "industry": "",
            "region": "jiangsu",
            "pitch": "Growth equity for intelligent manufacturing companies in Jiangsu.",
            "profile": "A fund set up with provincial guidance capital that invests in robots, industrial "
            "software and key components.",
            "products": [
                ("Growth equity", "Investments of RMB 30–200 million for minority stakes.", "solution"),
                ("Pre-IPO rounds", "Late-stage investment for companies preparing a listing.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Reducer maker expansion",
                    "A portfolio company",
                    "Funding for a second plant doubled capacity in 18 months.",
                )
            ],
            "achievements": [achievement("Twenty-four portfolio companies", 2021)],
            "calls_for": [
                financing(
                    "offered",
                    "RMB 30–200 million",
                    "Growth equity",
                    "For companies with revenue above RMB 100 million in robots, "
                    "components or industrial software.",
                )
            ],
            "website": "https://example.com/js-im-fund",
            "editions": [2020, 2021],
        },
        {
            "name": "Zijin Technology Finance Leasing Co., Ltd.",
            "chinese_name": "紫金科技融资租赁有限公司",
            "key": "zijin-tech-leasing",
            "industry": "",
            "region": "jiangsu",
            "pitch": "Leasing for robots, machine tools and production lines.",
            "profile": "Zijin leases production equipment to manufacturers, so that upgrades are paid for "
            "out of the savings they bring.",
            "products": [
                ("Equipment finance lease", "Three to five years, from RMB 1 million.", "solution"),
                ("Sale and leaseback", "Frees cash tied up in equipment already owned.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Robot cells on lease",
                    "A furniture maker in Suqian",
                    "Twelve robot cells leased over four years, paid from labour savings.",
                )
            ],
            "achievements": [achievement("RMB 3 billion leased to manufacturers", 2020)],
            "calls_for": [
                financing(
                    "offered",
                    "From RMB 1 million",
                    "Finance lease",
                    "For smart-factory upgrades; approval within three weeks.",
                )
            ],
            "website": "https://example.com/zijin-leasing",
            "editions": [2020],
        },
        {
            "name": "Qinhuai Technology Financing Guarantee Co., Ltd.",
            "chinese_name": "秦淮科技融资担保有限公司",
            "key": "qinhuai-tech-guarantee",
            "industry": "",
            "region": "jiangsu",
            "pitch": "Loan guarantees for technology-based manufacturing SMEs.",
            "profile": "A guarantor that helps small manufacturers with patents but few assets to obtain "
            "bank loans.",
            "products": [
                ("Patent-backed loan guarantee", "Guarantees of up to RMB 10 million.", "solution"),
                (
                    "Equipment loan guarantee",
                    "Guarantees for bank loans that buy production equipment.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Vision start-up loan",
                    "A machine-vision SME",
                    "A RMB 5 million loan secured on its patents.",
                )
            ],
            "achievements": [achievement("Provincial model guarantee institution", 2019)],
            "calls_for": [
                financing(
                    "offered",
                    "Up to RMB 10 million",
                    "Loan guarantee",
                    "For SMEs with patents in intelligent manufacturing.",
                )
            ],
            "website": "https://example.com/qinhuai-guarantee",
            "editions": [2021],
        },
        {
            "name": "Suzhou Ruike Harmonic Drive Co., Ltd.",
            "chinese_name": "苏州瑞科谐波传动有限公司",
            "key": "suzhou-ruike-harmonic",
            "industry": "machinery",
            "region": "jiangsu",
            "pitch": "Harmonic drives for robots, raising a Series B round.",
            "profile": "Ruike makes harmonic drives for collaborative robots and has grown sales fourfold "
            "since 2018.",
            "products": [
                ("RK-17 harmonic drive", "For collaborative robot wrists.", "product"),
                ("RK-32 harmonic drive", "For 10 kg collaborative robot shoulders.", "product"),
            ],
            "scenarios": [
                scenario(
                    "Collaborative robots",
                    "Three robot makers",
                    "Ruike drives are in 8,000 robots sold in 2020.",
                )
            ],
            "achievements": [achievement("Specialised and sophisticated 'little giant'", 2021)],
            "calls_for": [
                financing(
                    "sought",
                    "RMB 60–80 million",
                    "Series B equity",
                    "To build a second production line and a test centre.",
                )
            ],
            "website": "https://example.com/ruike",
            "editions": [2020, 2021],
        },
        {
            "name": "Hefei Qingneng Hydrogen Equipment Co., Ltd.",
            "chinese_name": "合肥氢能装备科技有限公司",
            "key": "hefei-qingneng-hydrogen",
            "industry": "energy",
            "region": "anhui",
            "pitch": "Electrolysers for green hydrogen, seeking project finance.",
            "profile": "Qingneng builds alkaline electrolysers and is scaling up to 500 MW a year.",
            "products": [
                ("1,000 Nm³/h alkaline electrolyser", "For chemical plants and steelworks.", "product"),
                ("Hydrogen plant design", "Complete plants from power supply to storage.", "solution"),
            ],
            "scenarios": [
                scenario(
                    "Green hydrogen for a chemical plant",
                    "A chemical park in Inner Mongolia",
                    "A 20 MW plant fed by wind power.",
                )
            ],
            "achievements": [achievement("Anhui first set of major equipment", 2021)],
            "calls_for": [
                financing(
                    "sought",
                    "RMB 300 million",
                    "Project finance and equity",
                    "For a gigafactory of electrolysers in Hefei.",
                )
            ],
            "website": "https://example.com/qingneng",
            "editions": [2021],
        },
        {
            "name": "Shanghai Lingang Industrial AI Ventures",
            "chinese_name": "上海临港工业智能创业投资有限公司",
            "key": "lingang-industrial-ai-ventures",
            "industry": "",
            "region": "shanghai",
            "pitch": "Seed and Series A investment in industrial AI start-ups.",
            "profile": "A venture investor focused on start-ups that bring artificial intelligence to "
            "factories.",
            "products": [
                ("Seed and Series A investment", "RMB 5–30 million per company.", "solution"),
                (
                    "Pilot customer introductions",
                    "Meetings with factories willing to run a first pilot.",
                    "solution",
                ),
            ],
            "scenarios": [
                scenario(
                    "Vision start-up",
                    "A portfolio company",
                    "From a lab prototype to 40 factory customers in two years.",
                )
            ],
            "achievements": [achievement("Fifteen investments in industrial AI", 2021)],
            "calls_for": [
                financing(
                    "offered",
                    "RMB 5–30 million",
                    "Seed and Series A equity",
                    "For start-ups with a first paying factory customer.",
                )
            ],
            "website": "https://example.com/lingang-ai",
            "editions": [2021],
        },
    ],
}

# area slug, title, type, organization, exhibitor key (or ""), days until expiry, summary, description
LISTINGS = [
    (
        "solutions",
        "Seeking an MES supplier for a battery plant",
        ListingType.DEMAND,
        "Changzhou Xinneng Battery Technology",
        "changzhou-xinneng-battery",
        90,
        "A cell plant opening in 2022 needs an MES with traceability for 12 production lines.",
        "We are building a third plant for prismatic cells, with 12 lines from electrode to formation.\n\n"
        "We need an MES that tracks every cell, integrates with our ERP and equipment, and can go live "
        "in stages from the first quarter of 2022.",
    ),
    (
        "solutions",
        "Machine-vision inspection for connector pins",
        ListingType.DEMAND,
        "A connector maker in Kunshan",
        "",
        60,
        "Inline inspection of pin height and pitch on 4 assembly lines.",
        "We assemble board-to-board connectors and want to replace manual sampling with 100% inline "
        "inspection. Cycle time 1.2 seconds per part.",
    ),
    (
        "solutions",
        "AGV fleet for a textile warehouse",
        ListingType.DEMAND,
        "Nantong Jianghai Textile Group",
        "nantong-jianghai-textile",
        -30,
        "Twenty AGVs to move yarn between spinning and the warehouse.",
        "The tender closed; thank you to all suppliers who responded.",
    ),
    (
        "demonstration-applications",
        "Visits to a demonstration battery plant",
        ListingType.SUPPLY,
        "Changzhou Xinneng Battery Technology",
        "changzhou-xinneng-battery",
        120,
        "Half-day visits for manufacturers planning a smart factory.",
        "Groups of up to 15 people see our logistics, process control and traceability, and talk with "
        "the engineers who built them.",
    ),
    (
        "equipment-public-service",
        "Five-axis machining capacity for aerospace parts",
        ListingType.SUPPLY,
        "Nanjing Kaida CNC Machine Tool",
        "nanjing-kaida-cnc",
        45,
        "Spare capacity on six five-axis machines from next month.",
        "Our demonstration workshop has spare capacity for aluminium and titanium parts up to 800 mm.",
    ),
    (
        "equipment-public-service",
        "Harmonic reducers, 2,000 units a year",
        ListingType.DEMAND,
        "A collaborative robot maker in Nanjing",
        "",
        75,
        "Seeking a second source of harmonic reducers, sizes 14 to 25.",
        "Samples in three months, series supply from next year.",
    ),
    (
        "equipment-public-service",
        "Spare CNC capacity in the third quarter",
        ListingType.SUPPLY,
        "Nanjing Kaida CNC Machine Tool",
        "nanjing-kaida-cnc",
        -10,
        "Vertical machining capacity for job-shop work.",
        "This offer has closed.",
    ),
    (
        "talent-exchange",
        "Twenty robot maintenance technicians for a new plant",
        ListingType.DEMAND,
        "Changshu Fengyuan Automotive Parts",
        "changshu-fengyuan-auto-parts",
        60,
        "Technicians with two years of robot experience, start next quarter.",
        "We are opening a digital welding workshop and will train the technicians we hire on our robots.",
    ),
    (
        "financial-docking",
        "Equipment leasing for smart-factory upgrades",
        ListingType.SUPPLY,
        "Zijin Technology Finance Leasing",
        "zijin-tech-leasing",
        180,
        "Leases from RMB 1 million for robots, machine tools and lines.",
        "Three to five years, approval within three weeks, repayments matched to the savings.",
    ),
    (
        "financial-docking",
        "Series B round for a harmonic drive maker",
        ListingType.DEMAND,
        "Suzhou Ruike Harmonic Drive",
        "suzhou-ruike-harmonic",
        90,
        "RMB 60–80 million for a second production line.",
        "Revenue grew fourfold since 2018; the round funds a second line and a test centre.",
    ),
]

# exhibitor key, name, organization, kind, status, notified
REQUESTS = [
    (
        "nanjing-kaida-cnc",
        "Zhou Min",
        "Wuxi Turbo Compressor Works",
        "purchase",
        RequestStatus.NEW,
        True,
        "We would like a quotation for two KD-U650 machines with a fourth-quarter delivery.",
    ),
    (
        "suzhou-lianxin-software",
        "Liu Yang",
        "Changzhou Xinneng Battery Technology",
        "cooperation",
        RequestStatus.FORWARDED,
        True,
        "Could you present LianMES to our project team next month?",
    ),
    (
        "suzhou-ruike-harmonic",
        "Chen Jing",
        "Jiangsu Smart Manufacturing Industry Fund",
        "investment",
        RequestStatus.IN_NEGOTIATION,
        True,
        "We have read your listing and would like to meet your CFO.",
    ),
    (
        "kunshan-yaoda-electronics",
        "Sun Hao",
        "",
        "recruitment",
        RequestStatus.CLOSED,
        True,
        "I am an SMT process engineer with six years of experience and would like to apply.",
    ),
    (
        "hefei-zhiyuan-vision",
        "Maria Keller",
        "Rhein-Neckar Automation GmbH",
        "cooperation",
        RequestStatus.NEW,
        False,
        "We are looking for a vision partner for our retrofit projects in Taicang.",
    ),
]


@transaction.atomic
def load_areas():
    """/expo/ and its five areas in English and Chinese: the section without exhibitors (quick, for
    the site's own tests and browser tests)."""
    english, chinese = get_locale("en"), get_locale("zh-hans")
    home = HomePage.objects.get(locale=english)
    # Both come from migrations; rebuilt here for databases that were flushed (browser tests).
    industries = {i.slug: i for i in ensure_default_industries(english)}
    ensure_expo_organizers()
    index = build_expo_index(home, **_replace_content_page(home))
    areas = {}
    for slug, kind, title, intro, _zh_title, _zh_intro in AREAS:
        areas[slug] = build_area(
            index, title, kind=kind, slug=slug, introduction=intro, listing_summary=intro
        )
    _translate(index, areas, chinese, industries)
    return index, areas, industries


@transaction.atomic
def load():
    """The whole Cloud Expo: areas, exhibitors, listings and requests."""
    index, areas, industries = load_areas()
    collection = get_or_create_child_collection(EXPO_COLLECTION)
    editions = {e.year: e for e in ConferenceEdition.objects.filter(locale=get_locale("en"))}
    number = 0
    for slug, exhibitors in EXHIBITORS.items():
        for data in exhibitors:
            _exhibitor(areas[slug], data, industries, editions, collection, number)
            number += 1
    _listings(areas)
    _chinese_exhibitors_and_listings(areas, get_locale("zh-hans"))
    _requests()
    return index


def _replace_content_page(home):
    """Fields of the old "Cloud Expo" content page at /expo/, which is replaced by the expo index.

    Sites built before the expo app had a plain content page there; its title, introduction and
    SEO fields are kept, its translations go with it, and the menu is rebuilt by load_menu.
    """
    expo_type = ContentType.objects.get_for_model(ExpoIndexPage)
    old = home.get_children().filter(slug="expo").exclude(content_type=expo_type).first()
    if old is None:
        return {"body": [("quote", {"text": SEED_QUOTE, "attribution": "Press conference of the 2020 WIMC"})]}
    old = old.specific
    fields = {
        "title": old.title,
        "introduction": getattr(old, "introduction", "") or INTRODUCTION,
        "listing_summary": getattr(old, "listing_summary", ""),
        "seo_title": old.seo_title,
        "search_description": old.search_description,
        "body": [("quote", {"text": SEED_QUOTE, "attribution": "Press conference of the 2020 WIMC"})],
    }
    for translation in old.get_translations():
        translation.delete()
    old.delete()
    return fields


def _exhibitor(area, data, industries, editions, collection, number):
    if ExhibitorPage.objects.filter(exhibitor_key=data["key"], locale=area.locale).exists():
        return
    short = data["name"].split(" Co.,")[0]
    color = LOGO_COLORS[number % len(LOGO_COLORS)]
    logo = make_placeholder_image(
        f"Logo: {short}", text=short, size=(480, 240), color=color, collection=collection
    )
    products = [
        (
            name,
            description,
            make_placeholder_image(f"Product: {name}", size=(480, 320), color=color, collection=collection),
            kind,
        )
        for name, description, kind in data["products"]
    ]
    build_exhibitor(
        area,
        data["name"],
        exhibitor_key=data["key"],
        chinese_name=data["chinese_name"],
        industry=industries.get(data["industry"]),
        region=data["region"],
        pitch=data["pitch"],
        profile=data["profile"],
        logo=logo,
        website=data["website"],
        contact_email=f"expo@{data['key']}.example.com",
        products=products,
        editions=[editions[year] for year in data["editions"] if year in editions],
        scenarios=data["scenarios"],
        achievements=data["achievements"],
        calls_for=data["calls_for"],
    )


def _listings(areas):
    today = timezone.localdate()
    exhibitors = {e.exhibitor_key: e for e in ExhibitorPage.objects.filter(locale=get_locale("en"))}
    for slug, title, listing_type, organization, key, days, summary, description in LISTINGS:
        build_listing(
            areas[slug],
            title,
            listing_type=listing_type,
            expires_on=today + datetime.timedelta(days=days),
            organization=organization,
            summary=summary,
            description=description,
            exhibitor=exhibitors.get(key),
        )


def _chinese_exhibitors_and_listings(areas, chinese):
    """Each English exhibitor and listing again in Chinese, under its area's Chinese page, as a
    translation of it (same key and slug; the language switcher pairs them). Logos and product
    photos are the English page's own images."""
    english = get_locale("en")
    zh_areas = {slug: area.get_translation_or_none(chinese) for slug, area in areas.items()}
    zh_industries = {i.translation_key: i for i in ExpoIndustry.objects.filter(locale=chinese)}
    for slug, exhibitors in EXHIBITORS.items():
        if zh_areas[slug] is None:
            continue
        for data in exhibitors:
            page = ExhibitorPage.objects.get(exhibitor_key=data["key"], locale=english)
            zh = demo_zh.EXHIBITORS[data["key"]]
            build_exhibitor(
                zh_areas[slug],
                zh["name"],
                exhibitor_key=page.exhibitor_key,
                slug=page.slug,
                translation_key=page.translation_key,
                chinese_name=zh["name"],
                industry=zh_industries.get(page.industry.translation_key) if page.industry else None,
                region=page.region,
                pitch=zh["pitch"],
                profile=zh["profile"],
                logo=page.logo,
                website=page.website,
                contact_email=page.contact_email,
                products=[
                    (name, description, product.image, product.kind)
                    for (name, description), product in zip(zh["products"], page.products.all(), strict=True)
                ],
                editions=ConferenceEdition.objects.filter(
                    locale=chinese, translation_key__in=page.editions.values("translation_key")
                ),
                scenarios=zh["scenarios"],
                achievements=zh["achievements"],
                calls_for=zh["calls_for"],
            )
    zh_exhibitors = {e.exhibitor_key: e for e in ExhibitorPage.objects.filter(locale=chinese)}
    for slug, title, listing_type, _organization, key, _days, _summary, _description in LISTINGS:
        if zh_areas[slug] is None:
            continue
        page = ExpoListingPage.objects.child_of(areas[slug]).get(slug=slugify(title)[:80])
        zh_title, organization, summary, description = demo_zh.LISTINGS[title]
        build_listing(
            zh_areas[slug],
            zh_title,
            slug=page.slug,
            translation_key=page.translation_key,
            listing_type=listing_type,
            expires_on=page.expires_on,
            organization=organization,
            summary=summary,
            description=description,
            exhibitor=zh_exhibitors.get(key),
        )


def _requests():
    if NegotiationRequest.objects.exists():
        return
    exhibitors = {e.exhibitor_key: e for e in ExhibitorPage.objects.filter(locale=get_locale("en"))}
    for key, name, organization, kind, status, notified, message in REQUESTS:
        request_obj = build_request(
            exhibitors[key],
            name=name,
            organization=organization or "Private applicant",
            email=f"{name.lower().replace(' ', '.')}@example.com",
            kind=kind,
            status=status,
            message=message,
        )
        if notified:
            request_obj.notified_at = request_obj.contact_notified_at = request_obj.created_at
            request_obj.notify_attempts = 1
        else:
            request_obj.notify_attempts = 1
            request_obj.last_error = "SMTPServerDisconnected: Connection unexpectedly closed (demo)"
        request_obj.save()


def _translate(index, areas, chinese, industries):
    zh_home = HomePage.objects.filter(locale=chinese).first()
    if zh_home is None:
        return
    title, introduction, summary = CHINESE_INDEX
    zh_index = _translate_page(
        index, chinese, title=title, introduction=introduction, listing_summary=summary, body=[]
    )
    if zh_index is None:
        return
    for slug, _kind, _title, _intro, zh_title, zh_intro in AREAS:
        _translate_page(areas[slug], chinese, title=zh_title, introduction=zh_intro, listing_summary=zh_intro)
    for slug, name in CHINESE_INDUSTRIES.items():
        industry = industries.get(slug)
        if (
            industry is not None
            and not ExpoIndustry.objects.filter(
                translation_key=industry.translation_key, locale=chinese
            ).exists()
        ):
            translation = industry.copy_for_translation(chinese)
            translation.name = name
            translation.save()


def _translate_page(page, locale, **fields):
    translation = page.get_translation_or_none(locale)
    if translation is not None:
        return translation
    translation = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation
