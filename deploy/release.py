"""`deploy/run check`'s editor: publishes or deletes one news release, as an editor's Publish would.

Run through `manage.py shell -c` with an app server's environment, so publishing goes through the
same code path and signals as in the admin (app cache cleared, proxy purged). Prints the release's
path. RELEASE_TITLE names the release, RELEASE_ACTION is `publish` or `delete`.
"""

import os

from django.utils.text import slugify

from news.models import NewsCategory, NewsIndexPage, NewsPage

title = os.environ["RELEASE_TITLE"]
index = NewsIndexPage.objects.get(locale__language_code="en")
if os.environ["RELEASE_ACTION"] == "publish":
    release = NewsPage(
        title=title,
        slug=slugify(title),
        category=NewsCategory.objects.filter(locale=index.locale).first(),
        body=[("paragraph", f"<p>{title}: published by deploy/run check.</p>")],
    )
    index.add_child(instance=release)
    release.save_revision().publish()
    print(release.get_url_parts()[2])  # noqa: T201 - its path, for the caller
else:
    for release in NewsPage.objects.filter(title=title):
        release.delete()
