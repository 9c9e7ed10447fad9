"""No account enumeration by timing: a registered e-mail,
phone or user name costs the same number of password hashes as an unknown one,
on sign-in, password reset and sign-in code request, with the same answer."""

from __future__ import annotations

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.test import Client
from django.urls import reverse

from tests.factories import UserFactory

KNOWN = {
    "email": "sari@example.com",
    "phone": "081234567890",
    "username": "sari",
}
UNKNOWN = {
    "email": "nobody-here@example.com",
    "phone": "081298765432",
    "username": "nobodyhere",
}


@pytest.fixture
def hashes(monkeypatch):
    """Each password hash computed. ``verify`` hashes by calling ``encode``
    (as PBKDF2 and the other slow hashers do), so counting ``encode`` counts
    both setting a password and checking one, each once."""
    calls: list[str] = []
    encode = MD5PasswordHasher.encode

    def counted_encode(self, *args, **kwargs):
        calls.append("encode")
        return encode(self, *args, **kwargs)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted_encode)
    return calls


@pytest.fixture
def sari(db):
    return UserFactory(
        username="sari", email="sari@example.com", phone="+6281234567890"
    )


def cost(hashes, url, data):
    hashes.clear()
    response = Client().post(url, data)
    return len(hashes), response


def body(response) -> str:
    """The page without the per-request CSRF token."""
    text = response.content.decode()
    for marker in ('name="csrfmiddlewaretoken" value="',):
        while marker in text:
            start = text.index(marker) + len(marker)
            end = text.index('"', start)
            text = text[: start - len(marker)] + text[end + 1 :]
    return text


@pytest.mark.parametrize("kind", ["email", "phone", "username"])
def test_sign_in_costs_the_same_for_known_and_unknown(hashes, sari, kind):
    url = reverse("account_login")
    known_cost, known = cost(
        hashes, url, {"login": KNOWN[kind], "password": "wrong-pw-1"}
    )
    unknown_cost, unknown = cost(
        hashes, url, {"login": UNKNOWN[kind], "password": "wrong-pw-1"}
    )
    assert known_cost == unknown_cost
    assert known_cost == 1
    assert known.status_code == unknown.status_code == 200
    assert body(known).replace(KNOWN[kind], "X") == body(unknown).replace(
        UNKNOWN[kind], "X"
    )


def test_a_right_password_costs_no_more_than_a_wrong_one(hashes, sari):
    url = reverse("account_login")
    right, response = cost(hashes, url, {"login": "sari", "password": "pw-secret-123"})
    assert response.status_code == 302
    wrong, _response = cost(hashes, url, {"login": "nobodyhere", "password": "x-pw-1"})
    assert right == wrong


@pytest.mark.parametrize(
    ("url_name", "field", "kind"),
    [
        ("account_reset_password", "email", "email"),
        ("account_request_login_code", "email", "email"),
        ("account_request_login_code", "phone", "phone"),
    ],
)
def test_reset_and_code_request_cost_the_same(hashes, sari, url_name, field, kind):
    url = reverse(url_name)
    known_cost, known = cost(hashes, url, {field: KNOWN[kind]})
    unknown_cost, unknown = cost(hashes, url, {field: UNKNOWN[kind]})
    assert known_cost == unknown_cost
    assert known.status_code == unknown.status_code
