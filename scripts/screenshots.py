"""Screenshot pages of a running site at phone and desktop widths, to look at what visitors see.

    .venv/bin/python scripts/screenshots.py http://127.0.0.1:8000 / /news/ /guests/ --out /tmp/shots

Uses Debian's chromium (/usr/bin/chromium) through Playwright, as the browser tests do.
"""

import argparse
import re
from pathlib import Path

from playwright.sync_api import sync_playwright

WIDTHS = (360, 1280)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--widths", default=",".join(map(str, WIDTHS)))
    options = parser.parse_args()
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for width in (int(w) for w in options.widths.split(",")):
            page = browser.new_page(viewport={"width": width, "height": 900})
            for path in options.paths:
                page.goto(options.base_url.rstrip("/") + path, wait_until="networkidle")
                load_lazy_images(page)
                name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
                target = out / f"{name}-{width}.png"
                page.screenshot(path=str(target), full_page=True)
                print(target)  # noqa: T201
            page.close()
        browser.close()


def load_lazy_images(page):
    """Scroll through the page as a reader would, so images below the fold (`loading="lazy"`) are
    loaded before the full-page shot; they showed as empty boxes otherwise."""
    height = page.evaluate("document.body.scrollHeight")
    for top in range(0, height, 600):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_load_state("networkidle")
    page.wait_for_function("Array.from(document.images).every(image => image.complete)", timeout=10_000)


if __name__ == "__main__":
    main()
