"""A Cloud Expo to test against, built by the expo's own factories."""

import html
import json
import re

from expo.factories import build_area, build_exhibitor, build_expo_index, ensure_default_industries
from expo.models import AreaKind
from wimc_site.factories import build_home_page


class ExpoSiteMixin:
    """Home page, /expo/ and three areas (solutions, talent exchange, financial docking), once per class."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.home = build_home_page()
        cls.industries = {i.slug: i for i in ensure_default_industries()}
        cls.index = build_expo_index(cls.home)
        cls.solutions = build_area(
            cls.index, "Intelligent Manufacturing Solutions", AreaKind.SOLUTIONS, slug="solutions"
        )
        cls.talent = build_area(cls.index, "Talent Exchange", AreaKind.TALENT, slug="talent-exchange")
        cls.finance = build_area(cls.index, "Financial Docking", AreaKind.FINANCE, slug="financial-docking")

    @classmethod
    def exhibitor(cls, name, area=None, **fields):
        return build_exhibitor(area or cls.solutions, name, **fields)


def visible_text(response):
    """The page as a reader sees it: no tags or scripts, entities decoded, spaces collapsed."""
    text = re.sub(r"<script.*?</script>", " ", response.content.decode(), flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"\s+", " ", html.unescape(text))


def exhibitor_names(response):
    """Names of the exhibitors listed on an area page, in order."""
    return re.findall(r'class="card__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


def json_ld(response):
    """The page's schema.org data."""
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(script.group(1))
