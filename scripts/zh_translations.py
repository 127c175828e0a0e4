"""Fill in Simplified Chinese for the words visitors see, after `makemessages`:

    .venv/bin/python manage.py makemessages -l zh_Hans --ignore=.venv --ignore=tests --no-location
    .venv/bin/python scripts/zh_translations.py
    .venv/bin/python manage.py compilemessages -l zh_Hans

Strings not listed here stay in English (mostly admin help text for editors).
"""

import re
from pathlib import Path

PO_FILE = Path(__file__).resolve().parents[1] / "locale/zh_Hans/LC_MESSAGES/django.po"

ZH = {
    "World Intelligent Manufacturing Conference": "世界智能制造大会",
    "Skip to main content": "跳到主要内容",
    "Language": "语言",
    "Search": "搜索",
    "Search the site": "搜索本站",
    "Hosts and organizers": "主办与承办单位",
    "Hosts and organizers of %(name)s": "%(name)s主办与承办单位",
    "Sitemap": "网站地图",
    "Opens in %(days)s day": "距开幕还有 %(days)s 天",
    "The conference is under way": "大会正在进行",
    "This edition has ended": "本届大会已闭幕",
    "Breadcrumb": "面包屑导航",
    "The Current Location:": "当前位置：",
    "Main": "主导航",
    "Pages": "分页",
    "Previous": "上一页",
    "Next": "下一页",
    "Page %(number)s of %(total)s": "第 %(number)s 页，共 %(total)s 页",
    "Page not found": "页面不存在",
    "Sorry, there is no page at this address. It may have moved, or the link may be mistyped.": "抱歉，该地址没有页面。页面可能已移动，或链接有误。",
    "Go to the home page": "返回首页",
    "Search results for “%(query)s”": "“%(query)s”的搜索结果",
    "%(counter)s result for “%(query)s”": "“%(query)s”共有 %(counter)s 条结果",
    "No pages match “%(query)s”. Try fewer or different words.": "没有与“%(query)s”匹配的页面，请尝试更少或不同的词语。",
    "Home": "首页",
    "Latest news": "最新动态",
    "All news": "全部新闻",
    "News categories and years": "新闻分类与年份",
    "There is no news here yet.": "这里还没有新闻。",
    "Source:": "来源：",
    "Author:": "作者：",
    "More in this category": "本栏目更多新闻",
    "Related releases": "相关新闻",
    "Find guests": "查找嘉宾",
    "Name or organization": "姓名或单位",
    "All categories": "全部类别",
    "Edition": "届次",
    "Show": "显示",
    "No guests match; try another name or category.": "没有符合条件的嘉宾，请尝试其他姓名或类别。",
    "The guests of this edition will be announced here.": "本届大会嘉宾将在此公布。",
    "Biography": "个人简介",
    "Editions attended": "参加过的大会",
    "In the news": "相关新闻",
    "Featured guests": "重要嘉宾",
    "All guests": "全部嘉宾",
    "Guests": "嘉宾",
    "Editions of the conference": "历届大会",
    "Dates": "日期",
    "Place": "地点",
    "Theme": "主题",
    "Theme:": "主题：",
    "Venue": "地点",
    "Format": "形式",
    "Offline": "线下",
    "Online": "线上",
    "Online and offline": "线上线下结合",
    "Upcoming": "即将举行",
    "Under way": "进行中",
    "Ended": "已闭幕",
    "Host": "主办单位",
    "Co-host": "联合主办单位",
    "Organizer": "承办单位",
    "Supporting organization": "支持单位",
    "English": "英文",
    "Simplified Chinese": "简体中文",
    "There is no such guest category; showing every category.": "没有该嘉宾类别，已显示全部类别。",
    "There are no guests for that edition; showing the current edition.": "该届大会没有嘉宾，已显示本届嘉宾。",
    "The search was shortened to its first %(n)s characters.": "搜索词已截取为前 %(n)s 个字符。",
    "%(n)s key guest": "%(n)s 位重要嘉宾",
}

ENTRY = re.compile(
    r'(?P<head>(?:#.*\n)*)msgid (?P<id>(?:".*"\n)+)(?:msgid_plural (?P<plural>(?:".*"\n)+))?'
    r"(?P<strs>(?:msgstr(?:\[\d\])? (?:\".*\"\n)+)+)"
)


def unquote(block):
    return "".join(re.findall(r'"(.*)"', block)).replace('\\"', '"')


def quote(text):
    return '"' + text.replace('"', '\\"') + '"'


def fill(match):
    msgid = unquote(match["id"])
    if msgid not in ZH:
        return match[0]
    head = match["head"].replace("#, fuzzy\n", "")
    text = f"{head}msgid {match['id']}"
    if match["plural"]:
        return text + f"msgid_plural {match['plural']}msgstr[0] {quote(ZH[msgid])}\n"
    return text + f"msgstr {quote(ZH[msgid])}\n"


def main():
    source = PO_FILE.read_text(encoding="utf-8")
    source = source.replace(
        '"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"', '"Plural-Forms: nplurals=1; plural=0;\\n"'
    )
    PO_FILE.write_text(ENTRY.sub(fill, source), encoding="utf-8")


if __name__ == "__main__":
    main()
