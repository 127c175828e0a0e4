"""Page times at archive scale: 5,000 news releases and 3,000 guests, against a 100 ms target.

Builds the demo site in a throwaway database (SQLite by default; PostgreSQL when DATABASE_URL
names one: its test database `<name>_bench` is created beside it and dropped afterwards), grows it
to --releases published releases (categories and dates spread over the years) and --guests
published guests of the current edition, then requests each visitor page type in process with
Django's test client, uncached, and prints median and 95th-percentile times and the number of
queries. Exits non-zero when a page's median misses the target.

    make bench-archive                                  # or: .venv/bin/python bench/archive.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wimc_archive .venv/bin/python bench/archive.py
    .venv/bin/python bench/archive.py --releases 1000 --guests 500 --requests 5   # a quick look
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/mine .venv/bin/python bench/archive.py --in-place

--keepdb keeps the grown database for the next run; --in-place builds and keeps it in the database
DATABASE_URL names itself (for someone allowed only that name), with its media in a folder kept
named after the database, so a later run finds the image files its renditions came from.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wimc_site.settings.test")

TARGET_MS = 100
FIRST_YEAR = 2012  # grown releases are dated from here to the demo's newest year


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--releases", type=int, default=5000, help="English releases in all (max 20000)")
    parser.add_argument("--guests", type=int, default=3000, help="English guests in all (max 10000)")
    parser.add_argument("--requests", type=int, default=15, help="timed requests per page (max 200)")
    parser.add_argument("--keepdb", action="store_true",
                        help="keep the grown database for the next run (SQLite: in the temp folder)")
    parser.add_argument("--in-place", action="store_true",
                        help="build in the database DATABASE_URL names (migrated, kept), not a copy of it")
    args = parser.parse_args()
    args.keepdb = args.keepdb or args.in_place

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    if args.keepdb:
        # The test settings' media folder is new in every process; a kept database needs its files.
        media = f"wimc_archive_bench_media_{Path(old_name).stem}"
        settings.MEDIA_ROOT = str(Path(tempfile.gettempdir()) / media)
    if args.in_place:
        connection.settings_dict["TEST"]["NAME"] = old_name
    elif connection.vendor != "sqlite":
        # Beside the database DATABASE_URL names, under a name of its own (not pytest's test_<name>).
        connection.settings_dict["TEST"]["NAME"] = f"{old_name}_bench"
    elif args.keepdb:
        kept = Path(tempfile.gettempdir()) / "wimc_archive_bench.sqlite3"
        connection.settings_dict["TEST"]["NAME"] = str(kept)
    connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=args.keepdb)
    try:
        ok = run(args, connection.vendor)
    finally:
        if not args.keepdb:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    sys.exit(0 if ok else 1)


def run(args, vendor):
    from django.core.management import call_command
    from django.test import override_settings

    from news.models import NewsPage

    start = time.perf_counter()
    if not NewsPage.objects.exists():  # a database kept from an earlier run (--keepdb) has it
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    built = time.perf_counter()
    releases, guests = grow(min(args.releases, 20000), min(args.guests, 10000))
    if vendor == "postgresql":
        settle()
    grown = time.perf_counter()
    print(f"{vendor}: demo built in {built - start:.0f} s, grown to {releases} releases and "
          f"{guests} guests in {grown - built:.0f} s")

    # PAGE_CACHE_SECONDS=0: the page cache (where there is one) stays out of the measurement.
    with override_settings(PAGE_CACHE_SECONDS=0):
        results = [measure(label, url, client, max(1, min(args.requests, 200)))
                   for label, url, client in pages_to_measure()]
    return report(results)


def settle():
    """Reclaims the rows growing rewrote and gathers the planner's statistics, as autovacuum does
    within a minute of a bulk load on a server that runs it (without them PostgreSQL guesses a few
    rows per table and joins the search index row by row)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def grow(release_total, guest_total):
    """Adds English releases and guests until there are `release_total` and `guest_total`."""
    from news.models import NewsPage
    from speakers.models import GuestPage
    from wimc_site.indexing import deferred_indexing

    rng = random.Random(2026)
    with deferred_indexing([NewsPage, GuestPage]):
        add_releases(release_total, rng)
        add_guests(guest_total, rng)
    return (NewsPage.objects.live().filter(locale__language_code="en").count(),
            GuestPage.objects.live().filter(locale__language_code="en").count())


def add_releases(total, rng):
    from django.utils import timezone

    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    existing = NewsPage.objects.child_of(index)
    sentences = [s.strip() for page in existing for s in page.teaser.split(". ") if s.strip()]
    categories = list(index.get_categories())
    last_year = max(page.date.year for page in existing)
    days = (datetime.date(last_year, 12, 31) - datetime.date(FIRST_YEAR, 1, 1)).days
    for number in range(total - existing.count()):
        date = datetime.date(FIRST_YEAR, 1, 1) + datetime.timedelta(days=rng.randrange(days))
        published = timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))
        body = ". ".join(rng.sample(sentences, min(5, len(sentences)))) + "."
        index.add_child(instance=NewsPage(
            title=f"Release {number}: {rng.choice(sentences)[:80]}", slug=f"archive-release-{number}",
            locale=index.locale, category=rng.choice(categories), date=date, live=True,
            first_published_at=published, last_published_at=published,
            body=[("paragraph", f"<p>{body}</p>")],
        ))


def add_guests(total, rng):
    from speakers.models import GuestCategory, GuestIndexPage, GuestPage
    from wimc_site.models import SiteSettings

    index = GuestIndexPage.objects.get(locale__language_code="en")
    existing = GuestPage.objects.child_of(index)
    categories = list(GuestCategory.objects.filter(locale=index.locale))
    photos = [guest.photo for guest in existing.select_related("photo") if guest.photo]
    edition = SiteSettings.objects.first().current_edition
    organizations = sorted({guest.organization for guest in existing if guest.organization})
    for number in range(total - existing.count()):
        guest = GuestPage(
            title=f"Archive Guest {number}", slug=f"archive-guest-{number}",
            guest_key=f"archive-guest-{number}", locale=index.locale, live=True,
            category=rng.choice(categories), key_guest=rng.random() < 0.3,
            organization=rng.choice(organizations), position="Professor",
            photo=rng.choice(photos) if photos and rng.random() < 0.8 else None,
        )
        guest.editions = [edition] if edition else []
        index.add_child(instance=guest)


def pages_to_measure():
    """(label, url, client) for each page type, on pages the grown site has."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    from expo.models.pages import ExpoIndexPage
    from forums.models.forum import ForumPage
    from forums.models.index import ForumIndexPage
    from news.models import NewsIndexPage, NewsPage
    from speakers.models import GuestIndexPage, GuestPage

    visitor = Client()
    admin = Client()
    user, _ = get_user_model().objects.get_or_create(
        username="archive-bench", defaults={"is_superuser": True, "is_staff": True}
    )
    admin.force_login(user, backend="django.contrib.auth.backends.ModelBackend")

    news = NewsIndexPage.objects.get(locale__language_code="en")
    releases = NewsPage.objects.live().child_of(news).order_by("date")
    middle_release = releases[releases.count() // 2]
    category = next(iter(news.get_categories()), None)
    guests = GuestIndexPage.objects.get(locale__language_code="en")
    # The directory lists the current edition's guests: its own paginator says where it ends.
    last_guest_page = visitor.get(guests.url).context["page_obj"].paginator.num_pages
    pages = [
        ("home", "/"),
        ("news index", news.url),
        ("news index, page 200", f"{news.url}?page=200"),
        ("release", middle_release.url),
        ("news category", news.url + news.reverse_subpage("category", args=[category.slug]).lstrip("/")),
        ("news year", news.url + news.reverse_subpage("year", args=[middle_release.date.year]).lstrip("/")),
        ("guest directory", guests.url),
        ("guest directory, last page", f"{guests.url}?page={last_guest_page}"),
        ("guest directory, past the end", f"{guests.url}?page={last_guest_page + 1}"),
        ("guest directory search", f"{guests.url}?q=University"),
        ("guest", GuestPage.objects.live().child_of(guests).last().url),
        ("forum index", ForumIndexPage.objects.get(locale__language_code="en").url),
        ("forum", ForumPage.objects.live().filter(locale__language_code="en").first().url),
        ("expo", ExpoIndexPage.objects.get(locale__language_code="en").url),
        ("search", "/search/?query=manufacturing"),
        ("search, page 5", "/search/?query=manufacturing&page=5"),
        ("search zh", "/zh-hans/search/?query=智能制造"),
        ("sitemap.xml", "/sitemap.xml"),
    ]
    yield from ((label, url, visitor) for label, url in pages)
    for label, url in sitemap_pages(visitor):
        yield label, url, visitor
    yield "admin explorer, news", f"/admin/pages/{news.pk}/", admin


def sitemap_pages(client):
    """The sitemaps a sitemap index at /sitemap.xml lists (none while it is a single sitemap)."""
    import re

    body = client.get("/sitemap.xml").content.decode()
    if "<sitemapindex" not in body:
        return []
    locations = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", body)
    return [(f"sitemap {path.rsplit('?', 1)[-1] if '?' in path else path}", path.replace("&amp;", "&"))
            for path in locations]


def measure(label, url, client, count):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # the first request makes image renditions; not timed
    if response.status_code != 200:
        return {"label": label, "url": url, "error": response.status_code}
    times, cpu = [], []
    for _ in range(count):
        with CaptureQueriesContext(connection) as queries:
            start, start_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    return {
        "label": label, "url": url, "median": statistics.median(times), "cpu": statistics.median(cpu),
        "p95": statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0],
        "queries": len(queries), "kb": len(response.content) / 1024,
    }


def report(results):
    # This process's CPU time tells a busy machine (a wall time far above it) from a slow page.
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    print(f"load average {load}; medians of wall time, and of this process's CPU time (SQLite's included)")
    print(f"{'page':30} {'median ms':>9} {'p95 ms':>7} {'cpu ms':>6} {'queries':>7} {'KB':>6}  "
          f"vs {TARGET_MS} ms")
    ok = True
    for result in results:
        if "error" in result:
            ok = False
            print(f"{result['label']:30} HTTP {result['error']} for {result['url']}")
            continue
        verdict = "ok" if result["median"] <= TARGET_MS else "MISS"
        ok = ok and verdict == "ok"
        print(f"{result['label']:30} {result['median']:9.1f} {result['p95']:7.1f} {result['cpu']:6.0f} "
              f"{result['queries']:7} {result['kb']:6.0f}  {verdict}")
    return ok


if __name__ == "__main__":
    main()
