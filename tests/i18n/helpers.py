"""Reading a page as a Chinese reader (or a screen reader set to Chinese) meets it."""

import datetime
import re
from html.parser import HTMLParser

from news.factories import build_news_index, build_news_page, ensure_default_categories, paragraphs
from speakers.factories import build_guest, build_guest_index
from speakers.factories import ensure_default_categories as ensure_guest_categories
from wimc_site.factories import add_page, build_home_page, get_locale, translate_page, translate_snippet
from wimc_site.models import AboutPage

# Latin-script words Chinese text uses as they are: the ICP record, format and technical names.
# Names of formats and standards, which Chinese text writes in Latin letters too.
ALLOWED = {"ICP", "WIMC", "RSS", "Atom", "Cookie", "JSON", "XML", "iCalendar", "ics", "UTC", "frab"}
# Manufacturing abbreviations Chinese technical text writes in Latin letters (expo exhibitors' pitches).
ALLOWED |= {"AI", "AGV", "CNC", "ERP", "MES", "OEE", "PLC", "SMT"}
SKIPPED_TAGS = {"script", "style", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class LanguageReader(HTMLParser):
    """Collects visible text with the language it is marked as (`lang` on it or its ancestors)."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, lang)
        self.chunks = []  # (lang, text)
        self.attributes = []  # (lang, attribute, value) of alt, aria-label, title, placeholder

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang") or (self.stack[-1][1] if self.stack else "")
        for name in ("alt", "aria-label", "title", "placeholder"):
            if attrs.get(name):
                self.attributes.append((lang, name, attrs[name]))
        if tag not in VOID:
            self.stack.append((tag, lang))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.stack and any(tag in SKIPPED_TAGS for tag, _lang in self.stack):
            return
        if data.strip():
            self.chunks.append((self.stack[-1][1] if self.stack else "", data))


def read(html):
    reader = LanguageReader()
    reader.feed(html)
    return reader


def english_words(html, page_lang="zh-hans"):
    """Latin-script words in text (and alt/aria-label/title/placeholder) marked as Chinese: what a
    Chinese reader would meet as untranslated. E-mail and web addresses, numbers and the names in
    ALLOWED do not count."""
    reader = read(html)
    words = []
    texts = [text for lang, text in reader.chunks if lang.lower().startswith("zh")]
    texts += [value for lang, _name, value in reader.attributes if lang.lower().startswith("zh")]
    for text in texts:
        for token in text.split():
            if "@" in token or "://" in token or token.startswith("+"):
                continue
            for word in re.findall(r"[A-Za-z]{2,}", token):
                if word not in ALLOWED:
                    words.append(word)
    return words


def head(response):
    content = response.content.decode()
    return content[: content.index("</head>")]


def alternates(response):
    """{hreflang: href} of the page head's alternate links."""
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head(response)))


def switcher(response):
    """{hreflang: href} of the language switcher's links."""
    content = response.content.decode()
    match = re.search(r'<nav class="language-switcher".*?</nav>', content, re.S)
    if match is None:
        return {}
    return {code: url for url, code in re.findall(r'<a href="([^"]*)" hreflang="([^"]+)"', match.group(0))}


class BilingualSiteMixin:
    """An English site and its Chinese translation: home, about, news with a translated category and
    release (and an English-only one), guests with a translated guest (and an English-only one)."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.en, cls.zh = get_locale("en"), get_locale("zh-hans")
        cls.home = build_home_page()
        cls.zh_home = translate_page(cls.home, cls.zh, title="世界智能制造大会")
        cls.about = add_page(cls.home, AboutPage(title="About WIMC", slug="about"))
        cls.zh_about = translate_page(cls.about, cls.zh, title="关于大会")
        categories = {c.slug: c for c in ensure_default_categories(cls.en)}
        cls.zh_category = translate_snippet(
            categories["news-release"], cls.zh, name="新闻发布", slug="xinwen-fabu"
        )
        cls.news = build_news_index(cls.home)
        cls.zh_news = translate_page(cls.news, cls.zh, title="新闻中心", introduction="大会新闻。")
        cls.release = build_news_page(
            cls.news, "Conference opens", date=datetime.date(2020, 11, 26), summary="The conference opened."
        )
        cls.zh_release = translate_page(
            cls.release, cls.zh, title="大会开幕", listing_summary="世界智能制造大会在南京开幕。",
            body=paragraphs("2020世界智能制造大会在南京国际博览会议中心开幕，主题为智能制造引领发展。"),
        )
        cls.english_only = build_news_page(cls.news, "English only", date=datetime.date(2019, 3, 1))
        ensure_guest_categories(cls.en)
        cls.guests = build_guest_index(cls.home)
        cls.zh_guests = translate_page(cls.guests, cls.zh, title="嘉宾", introduction="出席大会的嘉宾。")
        cls.guest = build_guest(cls.guests, "Wang Jianguo", "academicians", chinese_name="王建国")
        cls.zh_guest = translate_page(cls.guest, cls.zh, title="王建国")
        cls.english_guest = build_guest(cls.guests, "Margaret Ellison", "international-organizations")
