"""Anonymous pages are the same for everyone: no cookie, public Cache-Control,
compressed; signed-in pages stay private."""

import gzip

import brotli
import pytest
from django.urls import reverse

from home.middleware import accepted_encodings

pytestmark = pytest.mark.django_db


def test_anonymous_public_pages_set_no_cookie_and_are_public(client, public_urls):
    for name, url in public_urls.items():
        response = client.get(url)
        assert response.status_code == 200, name
        assert not response.cookies, f"{name} sets {list(response.cookies)}"
        assert "Set-Cookie" not in response.headers, name
        assert response["Cache-Control"] == "public, max-age=300", name
        vary = [v.strip().lower() for v in response["Vary"].split(",")]
        assert "cookie" in vary, name
        assert "accept-language" not in vary, name


def test_public_pages_are_compressed_when_the_client_accepts_it(client, public_urls):
    plain = client.get(public_urls["showcase"])
    response = client.get(public_urls["showcase"], HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert "accept-encoding" in response["Vary"].lower()
    assert gzip.decompress(response.content) == plain.content
    assert len(response.content) < len(plain.content) / 2
    response = client.get(public_urls["home"], HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "br"
    assert brotli.decompress(response.content) == client.get("/").content
    refused = client.get(public_urls["home"], HTTP_ACCEPT_ENCODING="br;q=0, identity")
    assert not refused.has_header("Content-Encoding")


def test_signed_in_pages_are_private_and_never_compressed(
    client, public_urls, django_user_model
):
    user = django_user_model.objects.create_user(username="rina", password="x")
    client.force_login(user)
    for name in ("home", "course", "showcase", "product", "standard"):
        response = client.get(public_urls[name], HTTP_ACCEPT_ENCODING="gzip, br")
        assert response.status_code == 200, name
        assert response["Cache-Control"] == "private, no-store", name
        assert not response.has_header("Content-Encoding"), name


def test_a_page_with_a_form_for_anonymous_visitors_is_private(client, site_root):
    response = client.get(reverse("account_login"), HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert "csrftoken" in response.cookies
    assert "no-store" in response["Cache-Control"]
    # A page with a CSRF token is never compressed (BREACH).
    assert not response.has_header("Content-Encoding")


def test_public_cache_lifetime_is_a_setting(client, site_root, settings):
    settings.BERDAYA_PUBLIC_CACHE_SECONDS = 60
    assert client.get("/")["Cache-Control"] == "public, max-age=60"


def test_accepted_encodings_reads_quality_values():
    assert accepted_encodings("gzip, deflate, br") == {"gzip", "deflate", "br"}
    assert accepted_encodings("br;q=0, gzip;q=0.5") == {"gzip"}
    assert accepted_encodings("") == set()


def test_a_published_change_replaces_the_kept_page(client, public_urls):
    from home.models import StandardPage

    url = public_urls["standard"]
    client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    about = StandardPage.objects.get(url_path__endswith="/tentang/")
    about.title = "Tentang Berdaya Baru"
    about.save_revision().publish()
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Tentang Berdaya Baru" in response.content.decode()
