"""Response-time benchmark for the pages visitors open most.

Builds the demo site in a throwaway SQLite database, serves it with gunicorn (production
settings, as deployed) on 127.0.0.1, requests each page a bounded number of times and reports
median and 95th-percentile times against the targets below. Exits non-zero if a target is missed.

    make bench                  # or: .venv/bin/python bench/pages.py --requests 200
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["/", "/about/", "/news/", "/guests/", "/forums/", "/search/?query=manufacturing", "/sitemap.xml"]
TARGET_P95_MS = 250  # per page, one worker, on the 2-core machines this project runs on


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=100, help="requests per page (max 1000)")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    count = max(1, min(args.requests, 1000))

    with tempfile.TemporaryDirectory(prefix="wimc-bench-") as tmp:
        env = {
            **os.environ,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "MEDIA_ROOT": f"{tmp}/media",
            "DJANGO_SETTINGS_MODULE": "wimc_site.settings.dev",
        }
        python = sys.executable
        serve_env = {
            **env,
            "DJANGO_SETTINGS_MODULE": "wimc_site.settings.production",
            "SECRET_KEY": "bench-only-" + "x" * 50,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "STATIC_ROOT": f"{tmp}/static",
        }
        # Static files are collected as production stores them: hashed names and a manifest.
        for command, command_env in (
            (["migrate", "--noinput"], env),
            (["load_demo_content"], env),
            (["collectstatic", "--noinput"], serve_env),
        ):
            subprocess.run(  # noqa: S603
                [python, "manage.py", *command],
                cwd=ROOT,
                env=command_env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        server = subprocess.Popen(  # noqa: S603
            [
                python,
                "-m",
                "gunicorn",
                "wimc_site.wsgi",
                "--bind",
                f"127.0.0.1:{args.port}",
                "--workers",
                "1",
                "--no-control-socket",
            ],
            cwd=ROOT,
            env=serve_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base = f"http://127.0.0.1:{args.port}"
            wait_until_up(base)
            failures = 0
            print(f"{'page':32} {'status':>6} {'p50 ms':>8} {'p95 ms':>8}  target p95 {TARGET_P95_MS} ms")
            for path in PAGES:
                status, times = measure(base + path, count)
                p50 = statistics.median(times)
                p95 = statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]
                ok = status == 200 and p95 <= TARGET_P95_MS
                failures += not ok
                print(f"{path:32} {status:>6} {p50:8.1f} {p95:8.1f}  {'ok' if ok else 'MISSED'}")
        finally:
            server.terminate()
            server.wait(timeout=10)
    sys.exit(1 if failures else 0)


def wait_until_up(base, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/robots.txt", timeout=2)  # noqa: S310
            return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    raise SystemExit("gunicorn did not start")


def measure(url, count):
    times, status = [], None
    urllib.request.urlopen(url, timeout=10).read()  # noqa: S310 - warm up caches
    for _ in range(count):
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            status = error.code
        times.append((time.perf_counter() - start) * 1000)
    return status, times


if __name__ == "__main__":
    main()
