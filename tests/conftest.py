import pytest
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Site

from wimc_site.factories import build_home_page


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: pages and chrome cached by one test (in local memory, or
    in Redis on CI) must not answer another test's requests for the same address."""
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield


@pytest.fixture(autouse=True, scope="session")
def caches_emptied_at_the_end():
    """In Redis the run's keys would outlive it (the kept answers' generation never expires)."""
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a test that activates Chinese (a request through
    /zh-hans/, `translation.activate`) must not leave it active for the next one."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def home_page(db):
    """A published home page at the root of the default site."""
    return build_home_page()


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)
