import pytest
from wagtail.models import Site

from wimc_site.factories import build_home_page


@pytest.fixture
def home_page(db):
    """A published home page at the root of the default site."""
    return build_home_page()


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)
