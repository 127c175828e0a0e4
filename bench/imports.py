"""Throughput of the guest import: rows per second to plan (the preview) and to apply.

Generates N new guests (every column filled, a small JPEG photo each in a zip), plans them,
applies them, then plans the same file again (every row now unchanged, as a re-import's preview
is). Runs in a throwaway database: a temporary SQLite file, or, when DATABASE_URL names a
PostgreSQL database, Django's test database beside it (test_<name>, dropped afterwards).

    .venv/bin/python bench/imports.py                   # 100, 1,000 and 5,000 rows
    .venv/bin/python bench/imports.py --quick           # 100 and 1,000 rows only
    .venv/bin/python bench/imports.py --rows 500 --profile   # where the time goes (cProfile)
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wimc .venv/bin/python bench/imports.py
"""

import argparse
import cProfile
import csv
import io
import os
import pstats
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (100, 1000, 5000)


def guest_rows(count, prefix):
    categories = ("academicians", "entrepreneurs", "government-officials", "experts-scholars")
    for i in range(count):
        yield {
            "guest_key": f"{prefix}-{i}",
            "name": f"Guest {prefix} {i}",
            "chinese_name": f"嘉宾{i}",
            "honorific": "Academician of the Chinese Academy of Engineering",
            "position": "Professor",
            "organization": "Nanjing University of Aeronautics and Astronautics",
            "country": "China",
            "category": categories[i % len(categories)],
            "editions": "2020;2021",
            "key_guest": "yes",
            "featured": "no",
            "short_bio": "Works on industrial robotics and digital twins.",
            "biography": "Line one of the biography.\n\nLine two.",
            "links": f"Profile | https://example.com/{prefix}-{i}",
            "photo": f"{prefix}-{i}.jpg",
        }


def make_files(count, prefix, columns):
    from PIL import Image

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns)
    writer.writeheader()
    writer.writerows(guest_rows(count, prefix))
    photo = io.BytesIO()
    Image.new("RGB", (120, 120), (30, 90, 160)).save(photo, "JPEG")
    photos = io.BytesIO()
    with zipfile.ZipFile(photos, "w") as archive:
        for i in range(count):
            archive.writestr(f"photos/{prefix}-{i}.jpg", photo.getvalue())
    return buffer.getvalue().encode("utf-8"), photos.getvalue()


def timed(function, *args, **kwargs):
    """What `function` returns, the seconds it took and the number of queries it made."""
    from django.db import connection

    count = 0

    def counter(execute, sql, params, many, context):
        nonlocal count
        count += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counter):
        start = time.perf_counter()
        result = function(*args, **kwargs)
        elapsed = time.perf_counter() - start
    return result, elapsed, count


def setup_django(media_root):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wimc_site.settings.test")
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    settings.MEDIA_ROOT = media_root


def build_site():
    from speakers.factories import build_guest_index, ensure_default_categories
    from wimc_site.factories import build_home_page, get_locale
    from wimc_site.models import ConferenceEdition

    ensure_default_categories()
    for year in (2020, 2021):
        ConferenceEdition.objects.get_or_create(year=year, locale=get_locale(),
                                                defaults={"name": f"{year} WIMC"})
    return build_guest_index(build_home_page())


def run(count, index, profile=False):
    from django.contrib.auth import get_user_model

    from speakers.importing import COLUMNS, GuestImport
    from wimc_site.importing import ImageZip

    user = get_user_model().objects.filter(username="bench").first() or \
        get_user_model().objects.create_superuser("bench")
    data, zip_data = make_files(count, f"b{count}", COLUMNS)
    profiler = cProfile.Profile() if profile else None

    importer = GuestImport(index, images=ImageZip(zip_data))
    plan, plan_s, plan_q = timed(importer.plan, data)
    if plan.created != count or plan.has_errors:
        raise SystemExit(f"The generated file does not import cleanly: {plan.summary()}")
    if profiler:
        profiler.enable()
    _applied, apply_s, apply_q = timed(importer.apply, plan, user=user)
    if profiler:
        profiler.disable()
    again, replan_s, replan_q = timed(GuestImport(index, images=ImageZip(zip_data)).plan, data)
    if again.unchanged != count:
        raise SystemExit(f"A re-import should change nothing: {again.summary()}")
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(40)
    return {
        "rows": count,
        "plan": (plan_s, plan_q),
        "apply": (apply_s, apply_q),
        "replan": (replan_s, replan_q),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, action="append", help="a size to run (repeatable)")
    parser.add_argument("--quick", action="store_true", help="skip 5,000 rows (it takes minutes)")
    parser.add_argument("--profile", action="store_true", help="print cProfile's top 40 for apply")
    args = parser.parse_args()
    sizes = args.rows or [n for n in SIZES if not (args.quick and n > 1000)]
    sizes = [max(1, min(n, 5000)) for n in sizes]

    with tempfile.TemporaryDirectory(prefix="wimc-bench-imports-") as tmp:
        setup_django(f"{tmp}/media")
        from django.db import connection

        if connection.vendor == "sqlite":
            # A file, as deployed, rather than Django's in-memory test database.
            connection.settings_dict["TEST"]["NAME"] = f"{tmp}/bench.sqlite3"
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        try:
            index = build_site()
            print(f"database: {connection.vendor}; photos: one 120x120 JPEG per row")
            print(f"{'rows':>6} {'plan s':>8} {'rows/s':>8} {'queries':>8} {'apply s':>8} {'rows/s':>8} "
                  f"{'queries':>8} {'re-plan s':>9} {'rows/s':>8} {'queries':>8}")
            for count in sizes:
                result = run(count, index, profile=args.profile)
                cells = [f"{count:>6}"]
                for key, width in (("plan", 8), ("apply", 8), ("replan", 9)):
                    seconds, queries = result[key]
                    cells += [f"{seconds:>{width}.2f}", f"{count / seconds:>8.0f}", f"{queries:>8}"]
                print(" ".join(cells), flush=True)
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
