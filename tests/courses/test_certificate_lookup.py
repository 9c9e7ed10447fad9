"""The certificate look-up page /sertifikat/ and the limit on guessing codes."""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from courses.models import Certificate
from courses.services import certificates as certificate_services
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOOKUP = "/sertifikat/"


@pytest.fixture
def certificate(course):
    return Certificate.objects.create(
        user=UserFactory(display_name="Bu Rahma", legal_name="Rahmawati Siregar"),
        course=course,
        printed_name="Bu Rahma",
        code="H4RT2WQ9ZX7MB5NC3KP8",
    )


def verify_url(code: str) -> str:
    return reverse("certificate_verify", args=[code])


def test_the_lookup_page_is_a_plain_get_form(client):
    assert reverse("certificate_lookup") == LOOKUP
    response = client.get(LOOKUP)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<form method="get"' in html and 'name="kode"' in html
    assert "<script" not in html.split("<main", 1)[-1].split("</main>", 1)[0]


@pytest.mark.parametrize(
    "typed",
    [
        "H4RT2WQ9ZX7MB5NC3KP8",
        "h4rt2wq9zx7mb5nc3kp8",
        "H4RT-2WQ9-ZX7M-B5NC-3KP8",
        "  h4rt 2wq9 zx7m b5nc 3kp8  ",
        "H4RT–2WQ9 ZX7M.B5NC 3KP8",  # an en dash and a dot from a word processor
        "https://berdaya.example/sertifikat/H4RT2WQ9ZX7MB5NC3KP8/",
    ],
)
def test_a_valid_code_is_found_in_any_case_or_spacing(client, certificate, typed):
    response = client.get(LOOKUP, {"kode": typed})
    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate.code)
    page = client.get(response["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "Bu Rahma" in html and "Rahmawati" not in html
    assert "H4RT-2WQ9-ZX7M-B5NC-3KP8" in html  # shown in groups, easy to compare


def test_a_code_of_the_first_version_is_found_as_printed(client, course):
    old = Certificate.objects.create(
        user=UserFactory(),
        course=course,
        printed_name="Ani",
        code="aB3_-xYz9Qw8Er7Ty6Ui5O",
    )
    response = client.get(LOOKUP, {"kode": " aB3_-xYz9Qw8Er7Ty6Ui5O "})
    assert response["Location"] == verify_url(old.code)


def test_a_wrong_code_is_not_found_404_with_no_hint(client, certificate):
    near = "H4RT2WQ9ZX7MB5NC3KP9"  # one symbol off
    response = client.get(LOOKUP, {"kode": near})
    assert response.status_code == 404
    html = response.content.decode()
    assert 'id="lookup-result"' in html
    assert certificate.code not in html and "H4RT-2WQ9" not in html
    assert "Bu Rahma" not in html and "Keuangan" not in html
    # The direct address is a 404 too, with nothing about the real one.
    direct = client.get(verify_url(near))
    assert direct.status_code == 404
    assert certificate.code not in direct.content.decode()


def test_an_empty_form_asks_for_the_code(client):
    response = client.get(LOOKUP, {"kode": "   "})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_a_lowercase_or_dashed_address_leads_to_the_one_page(client, certificate):
    response = client.get(verify_url("h4rt-2wq9-zx7m-b5nc-3kp8"))
    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate.code)


def test_wrong_guesses_are_limited_per_address(certificate):
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    limit = certificate_services.LOOKUP_MISSES_PER_IP
    for number in range(limit):
        wrong = f"{number:020d}"
        status = (
            guesser.get(LOOKUP, {"kode": wrong}).status_code
            if number % 2
            else guesser.get(verify_url(wrong)).status_code
        )
        assert status == 404
    # Now every look-up from this address waits, even a right one.
    assert guesser.get(LOOKUP, {"kode": certificate.code}).status_code == 429
    assert guesser.get(verify_url(certificate.code)).status_code == 429
    # Another address (a buyer elsewhere) is not affected; finding is free.
    buyer = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(limit + 5):
        assert buyer.get(verify_url(certificate.code)).status_code == 200
    assert buyer.get(LOOKUP).status_code == 200
    # The address is not stored in the cache key.
    assert not any("203.0.113.9" in key for key in cache._cache)  # locmem


def test_the_guess_limit_counts_each_visitor_behind_nginx_apart(certificate, settings):
    """Behind the reverse proxy every request comes from its address: the limit
    counts the client that home.client_ip names, as the other limiters do."""
    settings.BERDAYA_TRUSTED_PROXIES = 1
    guesser = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    for number in range(certificate_services.LOOKUP_MISSES_PER_IP):
        assert guesser.get(verify_url(f"{number:020d}")).status_code == 404
    assert guesser.get(verify_url(certificate.code)).status_code == 429
    # A buyer elsewhere, through the same nginx, still checks the certificate.
    buyer = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert buyer.get(verify_url(certificate.code)).status_code == 200
    assert buyer.get(LOOKUP, {"kode": certificate.code}).status_code == 302


class BrokenCache:
    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise ConnectionError("cache down")

        return fail


def test_when_the_cache_fails_lookups_are_allowed(client, certificate, monkeypatch):
    """Deliberate: codes carry 100 random bits; failing closed would turn every
    buyer away while the cache is down."""
    monkeypatch.setattr(certificate_services, "cache", BrokenCache())
    for _ in range(certificate_services.LOOKUP_MISSES_PER_IP + 2):
        assert client.get(LOOKUP, {"kode": "0" * 20}).status_code == 404
    response = client.get(LOOKUP, {"kode": certificate.code})
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
