"""The sitemap: one origin (SITE_BASE_URL), only pages anonymous visitors can open."""

import re
from urllib.parse import urlsplit

import pytest
from wagtail.models import Site

from courses.models import LessonPage, ModulePage
from home.services import site_ensure

pytestmark = pytest.mark.django_db


def _locs(client) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_every_loc_is_on_the_configured_origin_and_answers_200(
    client, public_urls, settings
):
    settings.SITE_BASE_URL = "https://berdaya.example"
    site_ensure(root_page=Site.objects.get(is_default_site=True).root_page)
    locs = _locs(client)
    assert len(locs) >= 8
    for loc in locs:
        parts = urlsplit(loc)
        assert (parts.scheme, parts.netloc) == ("https", "berdaya.example"), loc
        response = client.get(parts.path)
        assert response.status_code == 200, loc
    paths = {urlsplit(loc).path for loc in locs}
    for name in ("home", "catalogue", "course", "brand", "product", "standard"):
        assert public_urls[name] in paths, name


def test_members_only_pages_are_not_listed(client, public_urls):
    locs = _locs(client)
    hidden = list(LessonPage.objects.live()) + list(ModulePage.objects.live())
    assert hidden
    for page in hidden:
        assert not any(loc.endswith(page.url) for loc in locs), page.url
        assert client.get(page.url).status_code == 302


def test_site_follows_site_base_url_idempotently(settings, site_root):
    settings.SITE_BASE_URL = "https://berdaya.example:8443/"
    site = site_ensure(root_page=site_root)
    assert (site.hostname, site.port) == ("berdaya.example", 8443)
    again = site_ensure(root_page=site_root)
    assert (again.pk, again.hostname, again.port) == (site.pk, "berdaya.example", 8443)
    assert Site.objects.count() == 1
    settings.SITE_BASE_URL = "http://127.0.0.1:8000"
    site = site_ensure(root_page=site_root)
    assert (site.hostname, site.port, site.root_page_id) == (
        "127.0.0.1",
        8000,
        site_root.pk,
    )


def test_robots_points_at_the_sitemap_on_the_configured_origin(client, settings):
    settings.SITE_BASE_URL = "https://berdaya.example"
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: https://berdaya.example/sitemap.xml" in body
