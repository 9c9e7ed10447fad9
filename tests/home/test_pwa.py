"""The installable app: manifest, service worker, offline page (home.pwa)."""

import json

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse
from PIL import Image

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_manifest_has_what_chromium_needs_to_install(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "Berdaya"
    assert manifest["short_name"]
    assert manifest["start_url"] == "/"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["lang"] == "id"
    assert manifest["theme_color"] == "#0b6e4f"
    assert manifest["background_color"] == "#fffdf8"
    icons = {(icon["sizes"], icon["purpose"]): icon for icon in manifest["icons"]}
    assert {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")} <= set(
        icons
    )
    for (sizes, _purpose), icon in icons.items():
        path = finders.find(icon["src"].removeprefix("/static/"))
        with Image.open(path) as image:
            assert f"{image.width}x{image.height}" == sizes
            assert image.format == "PNG"


def test_every_page_links_the_manifest_and_loads_the_offline_script(client, site_root):
    html = client.get(site_root.url).content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert 'id="offline-status"' in html
    assert 'data-sw="/sw.js"' in html
    assert "/static/js/offline.js" in html


def test_service_worker_is_served_from_the_root_with_its_scope(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    # Its shell: the offline pages, the style and the scripts, all local.
    for url in ("/offline/", "/en/offline/", "/static/css/main.css"):
        assert f'"{url}"' in body
    assert "http" not in body.replace("self.location", "")


def test_service_worker_version_changes_with_its_shell(client, tmp_path, settings):
    first = client.get("/sw.js").content
    assert client.get("/sw.js").content == first  # stable while nothing changes
    extra = tmp_path / "css"
    extra.mkdir()
    (extra / "main.css").write_text("body { color: red; }")
    settings.STATICFILES_DIRS = [tmp_path, *settings.STATICFILES_DIRS]
    finders.get_finder.cache_clear()
    try:
        assert client.get("/sw.js").content != first
    finally:
        finders.get_finder.cache_clear()


def test_offline_page_shows_nobody_even_when_fetched_signed_in(client):
    user = UserFactory(display_name="Siti Rahayu Unik")
    client.force_login(user)
    response = client.get(reverse("offline_page"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Siti Rahayu Unik" not in html
    assert "data-learner" not in html
    assert "data-shell" in html
    assert reverse("account_login") in html  # the menu of a visitor
