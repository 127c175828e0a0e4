"""Recall of the site search for Chinese words, on the demo content, and its speed.

Builds the demo site in a throwaway test database on the backend DATABASE_URL names (SQLite
when unset), then for each query counts the Chinese pages whose indexed text contains it (what a
reader expects to find) and how many of those the search returns: with the database backend
alone, and with the bigram segmentation the site uses (wimc_site/segments.py). Prints recall and
precision per query and overall. `--pages 5000` first adds that many Chinese releases, to time
queries at that size.

    .venv/bin/python bench/chinese_search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wimc .venv/bin/python bench/chinese_search.py --pages 5000
"""

import argparse
import contextlib
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wimc_site.settings.test")

QUERIES = [
    "大会", "智能制造", "世界智能制造大会", "南京", "江苏", "院士", "嘉宾", "云展会", "分论坛", "主论坛",
    "开幕", "闭幕", "新闻发布会", "线上线下", "签约", "博览会", "工业互联网", "数字孪生", "机器人",
    "国际合作", "世界500强", "工业和信息化部", "中国工程院", "苗长兴", "王建国", "增材制造", "嘉年华",
    "工业品牌节", "隐私政策", "展区",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=0, help="extra Chinese releases to add (max 20000)")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of each query")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    try:
        run(args, connection.vendor)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def run(args, vendor):
    from django.core.management import call_command
    from django.utils import translation

    from wimc_site.models.pages import indexed_text
    from wimc_site.views import find, searchable_pages

    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    if args.pages:
        add_releases(min(args.pages, 20000))
        call_command("update_index", verbosity=0)

    with translation.override("zh-hans"):
        pages = list(searchable_pages())
        texts = {page.pk: indexed_text(page) for page in pages}
        relevant = {query: {pk for pk, text in texts.items() if query in text} for query in QUERIES}
        # The database backend alone: the index rebuilt without the bigrams, queries as typed.
        with without_segments():
            call_command("update_index", verbosity=0)
            plain = {q: {page.pk for page in searchable_pages().autocomplete(q)} for q in QUERIES}
        call_command("update_index", verbosity=0)
        segmented = {query: {page.pk for page in find([query])} for query in QUERIES}

        print(f"{vendor}: {len(pages)} published Chinese pages")
        print(f"{'query':14} {'relevant':>8} {'backend':>8} {'bigrams':>8} {'precision':>9}")
        totals = {"relevant": 0, "backend": 0, "bigrams": 0, "found": 0}
        for query in QUERIES:
            hits = relevant[query] & segmented[query]
            totals["relevant"] += len(relevant[query])
            totals["backend"] += len(relevant[query] & plain[query])
            totals["bigrams"] += len(hits)
            totals["found"] += len(segmented[query])
            precision = len(hits) / len(segmented[query]) if segmented[query] else 1.0
            found_plain = len(relevant[query] & plain[query])
            print(f"{query:14} {len(relevant[query]):8} {found_plain:8} {len(hits):8} {precision:9.2f}")
        recall_plain = totals["backend"] / totals["relevant"]
        recall = totals["bigrams"] / totals["relevant"]
        precision = totals["bigrams"] / totals["found"] if totals["found"] else 1.0
        print(f"recall: backend alone {recall_plain:.2f}, with bigrams {recall:.2f}; "
              f"precision {precision:.2f}")

        times, per_query = [], {}
        for query in QUERIES:
            for _ in range(args.repeat):
                start = time.perf_counter()
                list(find([query])[:10])
                elapsed = (time.perf_counter() - start) * 1000
                times.append(elapsed)
                per_query.setdefault(query, []).append(elapsed)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"first page of results: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms")
        slowest = sorted(per_query, key=lambda q: statistics.median(per_query[q]), reverse=True)[:3]
        print("slowest: " + ", ".join(f"{q} {statistics.median(per_query[q]):.0f} ms" for q in slowest))


@contextlib.contextmanager
def without_segments():
    from wimc_site.models import pages

    original = pages.index_terms
    pages.index_terms = lambda text: ""
    try:
        yield
    finally:
        pages.index_terms = original


def add_releases(count):
    """`count` Chinese releases made of sentences from the demo, under the Chinese news index."""
    from django.conf import settings
    from django.test import override_settings

    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="zh-hans")
    sentences = [
        text for page in NewsPage.objects.filter(locale__language_code="zh-hans")
        for text in page.teaser.split("。") if text
    ]
    rng = random.Random(2021)  # noqa: S311 - test data
    category = next(iter(index.get_categories()), None)
    # Indexed once afterwards by update_index, not page by page as they are added.
    backends = {
        name: {**conf, "AUTO_UPDATE": False} for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for number in range(count):
            _add_release(index, category, number, rng, sentences)


def _add_release(index, category, number, rng, sentences):
    import datetime

    from news.models import NewsPage

    body = "。".join(rng.sample(sentences, 4)) + "。"
    page = NewsPage(
        title=f"大会新闻第{number}号", slug=f"bench-{number}", locale=index.locale, category=category,
        date=datetime.date(2021, 1, 1) + datetime.timedelta(days=number % 365),
        body=[("paragraph", f"<p>{body}</p>")], live=True,
    )
    index.add_child(instance=page)


if __name__ == "__main__":
    main()
