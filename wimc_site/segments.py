"""Chinese words for the search index: Han text cut into overlapping two-character terms.

Neither SQLite's FTS5 tokenizer nor PostgreSQL's text search parser segments Chinese: both keep a
run of Han characters as one token, so "世界智能制造大会在南京举办" is a single word and a search
for 大会 or 智能制造 finds nothing. Every run of Han characters is therefore also indexed as its
overlapping bigrams (智能 能制 制造 造大 大会 ...), the approach of Lucene's CJK analyzer; a query
is cut the same way and all its bigrams must match. No dictionary, no extra package, and the
database's own full-text index does the matching, on both backends.

`bench/chinese_search.py` measures recall and speed on the demo content.
"""

import re

HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RUN = re.compile(f"[{HAN}]+")
# A run of Han characters, or a run of other letters and digits ("2020" in "2020年").
PIECES = re.compile(rf"[{HAN}]+|[^\W{HAN}]+")
WORDS = re.compile(r"\w+")


def has_han(text):
    return bool(HAN_RUN.search(text))


def segment(word):
    """ "智能制造" → ["智能", "能制", "制造"]; "2020年" → ["2020", "年"]; other words unchanged."""
    terms = []
    for piece in PIECES.findall(word):
        if HAN_RUN.fullmatch(piece) and len(piece) > 1:
            terms.extend(piece[i : i + 2] for i in range(len(piece) - 1))
        else:
            terms.append(piece)
    return terms


def index_terms(text):
    """The extra terms to index for `text`: the segments of each word that contains Han characters.

    Words without Han characters are left to the backend, which already indexes them.
    """
    terms = []
    for word in WORDS.findall(text or ""):
        if has_han(word):
            terms.extend(segment(word))
    return " ".join(terms)


def query_terms(words):
    """Search terms for a visitor's words: Chinese words as their bigrams, others as they are."""
    terms = []
    for word in words:
        terms.extend(segment(word) if has_han(word) else [word])
    return terms
