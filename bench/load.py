"""Load benchmark of the reference deployment (deploy/run): each main page type, three ways.

For each page, with wrk (2 threads, 32 connections, 10 s per measurement unless told otherwise):
  app     one gunicorn server directly, its page cache skipped: requests carry `Cookie:
          sessionid=bench`, which the app treats as a signed-in visitor's (no such session exists,
          so the page is the anonymous one, rendered in full);
  app-hit the same server answering from its page cache (Redis): what visitors get when the proxy
          or CDN does not hold the page;
  proxy   through nginx, as visitors get it: from the proxy's cache when the app lets it keep the
          page (X-Proxy-Cache: HIT);
  static  the same page saved as a file and served by the same nginx: the ceiling.
Once, before the pages, the floor: the app's cheapest answer (the favicon's redirect, through every
middleware and the same gunicorn server), what any response of the app costs before a page is found
or rendered. It tells how far the app÷static target can be reached at all on the machine.
Prints requests/s, p50, p99 and errors of each, the ratios app÷static and proxy÷static against the
targets below, and the SQL queries one warm request for the page makes (counted in this process,
against the deployment's database). Exits non-zero when a target is missed.

    make bench-load              # or: .venv/bin/python bench/load.py --seconds 3
Brings the deployment up when it is not running (and leaves it running: `deploy/run down`).
"""

import argparse
import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STATE = Path(os.environ.get("DEPLOY_STATE", ROOT / "deploy" / ".state"))
PORT = int(os.environ.get("DEPLOY_PORT", "8080"))
APP_PORT = int(os.environ.get("DEPLOY_APP_PORTS", "8101 8102").split()[0])
SITE = f"http://127.0.0.1:{PORT}"
HOST = f"127.0.0.1:{PORT}"  # the Site's address: what visitors (and the cache key) use

# Uncached app ≥ 1 % of a static file; cached through the proxy ≥ 50 %; no errors anywhere.
TARGET_APP_SHARE = 0.01
TARGET_PROXY_SHARE = 0.50


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10, help="per measurement (1-30)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (max 64)")
    args = parser.parse_args()
    seconds = max(1, min(args.seconds, 30))
    connections = max(2, min(args.connections, 64))

    if subprocess.run([ROOT / "deploy" / "run", "status"], capture_output=True).returncode:  # noqa: S603
        subprocess.run([ROOT / "deploy" / "run", "up"], check=True)  # noqa: S603
    setup_django()
    pages = page_addresses()

    print("Load average (1, 5, 15 min) at the start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    floor = wrk(f"http://127.0.0.1:{APP_PORT}/favicon.ico", seconds, connections, Cookie="sessionid=bench")
    print("\nfloor  /favicon.ico (a redirect: no page, no query, no template)")
    print(figures_line("app", floor))
    missed = []
    if floor["errors"] or floor["bad_status"]:
        missed.append(f"floor: {floor['errors']} socket errors, {floor['bad_status']} responses not 2xx/3xx")
    for name, path in pages:
        copy = save_static_copy(name, path)
        fetch(SITE + path)  # the proxy keeps it now, if the app lets it
        proxy_cache = fetch(SITE + path).get("x-proxy-cache")
        app_cache = fetch(f"http://127.0.0.1:{APP_PORT}{path}", Cookie="sessionid=bench").get("x-page-cache")
        app = wrk(f"http://127.0.0.1:{APP_PORT}{path}", seconds, connections, Cookie="sessionid=bench")
        fetch(f"http://127.0.0.1:{APP_PORT}{path}")  # the app's page cache keeps it now
        app_cached = wrk(f"http://127.0.0.1:{APP_PORT}{path}", seconds, connections)
        proxy = wrk(SITE + path, seconds, connections)
        static = wrk(SITE + copy, seconds, connections)
        row = {
            "name": name, "path": path, "queries": count_queries(path), "app": app, "app_cached": app_cached,
            "proxy": proxy,
            "static": static, "proxy_cache": proxy_cache or "-", "app_cache": app_cache or "-",
            "floor": floor,
        }
        missed += targets_missed(row)
        print_row(row)

    print()
    print("Load average (1, 5, 15 min) at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    print("app: one gunicorn directly, page cache skipped (Cookie: sessionid=bench); app-hit: the same")
    print("gunicorn answering from its page cache (Redis), as when the proxy or CDN misses;")
    print("proxy: through nginx;")
    print("static: the page saved as a file, served by nginx. "
          f"wrk -t2 -c{connections} -d{seconds}s per measurement.")
    for line in missed:
        print("MISSED:", line)
    if missed:
        sys.exit(1)
    print("All targets met.")


def setup_django():
    """This process reads the deployment's database with the app servers' settings."""
    for line in (STATE / "app.env").read_text().splitlines():
        key, _, value = line.partition("=")
        os.environ[key] = value
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def page_addresses():
    """One page of each main type; the release and the guest are the demo's newest."""
    from news.models import NewsPage
    from speakers.models import GuestPage

    release = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date").first()
    guest = GuestPage.objects.live().filter(locale__language_code="en").order_by("title").first()
    return [
        ("home", "/"),
        ("news list", "/news/"),
        ("release", release.get_url_parts()[2]),
        ("guests", "/guests/"),
        ("guest", guest.get_url_parts()[2]),
        ("programme", "/forums/"),
        ("search", "/search/?query=manufacturing"),
    ]


def count_queries(path):
    """Queries of one warm request, as the app renders the page for an uncached visitor."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    client.cookies["sessionid"] = "bench"
    client.get(path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)  # noqa: S101
    return len(queries)


def fetch(url, **headers):
    request = urllib.request.Request(url, headers={"Host": HOST, **headers})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return {"body": response.read(), **{k.lower(): v for k, v in response.headers.items()}}


def save_static_copy(name, path):
    folder = STATE / "bench-copies"
    folder.mkdir(parents=True, exist_ok=True)
    filename = re.sub(r"\W+", "-", name) + ".html"
    (folder / filename).write_bytes(fetch(SITE + path)["body"])
    return f"/bench-copies/{filename}"


def wrk(url, seconds, connections, **headers):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
               "-H", f"Host: {HOST}"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout  # noqa: S603
    return parse_wrk(output)


UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def parse_wrk(output):
    def latency(percent):
        value, unit = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M).groups()
        return float(value) * UNITS_MS[unit]

    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    bad_status = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": sum(map(int, socket_errors.groups())) if socket_errors else 0,
        "bad_status": int(bad_status.group(1)) if bad_status else 0,
    }


def targets_missed(row):
    missed = []
    app_share = row["app"]["rps"] / row["static"]["rps"]
    proxy_share = row["proxy"]["rps"] / row["static"]["rps"]
    if app_share < TARGET_APP_SHARE:
        missed.append(
            f"{row['name']}: uncached app at {app_share:.2%} of static (target {TARGET_APP_SHARE:.0%}; "
            f"the app's cheapest answer, the floor, at {row['floor']['rps'] / row['static']['rps']:.2%})"
        )
    if proxy_share < TARGET_PROXY_SHARE:
        missed.append(
            f"{row['name']}: through the proxy at {proxy_share:.1%} of static "
            f"(target {TARGET_PROXY_SHARE:.0%}; X-Proxy-Cache: {row['proxy_cache']})"
        )
    if row["app_cache"] == "hit":
        missed.append(f"{row['name']}: the app answered from its page cache; 'app' is not an uncached figure")
    for how in ("app", "app_cached", "proxy", "static"):
        if row[how]["errors"] or row[how]["bad_status"]:
            missed.append(
                f"{row['name']} ({how}): {row[how]['errors']} socket errors, "
                f"{row[how]['bad_status']} responses not 2xx/3xx"
            )
    return missed


def print_row(row):
    app, proxy, static = row["app"], row["proxy"], row["static"]
    print(f"\n{row['name']}  {row['path']}  ({row['queries']} SQL queries; X-Page-Cache at the app: "
          f"{row['app_cache']}; X-Proxy-Cache: {row['proxy_cache']})")
    for how, figures in (("app", app), ("app-hit", row["app_cached"]), ("proxy", proxy), ("static", static)):
        print(figures_line(how, figures))
    print(f"  app÷static {app['rps'] / static['rps']:.2%}   app-hit÷static "
          f"{row['app_cached']['rps'] / static['rps']:.1%}   proxy÷static {proxy['rps'] / static['rps']:.1%}"
          f"   floor÷static {row['floor']['rps'] / static['rps']:.1%}")


def figures_line(how, figures):
    return (f"  {how:<7}{figures['rps']:>10.1f} req/s   p50 {figures['p50']:>8.2f} ms   "
            f"p99 {figures['p99']:>8.2f} ms   errors {figures['errors'] + figures['bad_status']}")


if __name__ == "__main__":
    main()
