"""Over-long input in any field is a form error, never a 500 (PostgreSQL
refuses a value longer than its column; a form must refuse it first)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.factories import UserFactory

HUGE = "8" * 1_000_000


@pytest.mark.parametrize(
    ("url_name", "data"),
    [
        ("account_login", {"login": HUGE, "password": "x"}),
        ("account_login", {"login": "a" * 1_000_000, "password": "x"}),
        ("account_login", {"login": f"a@{'b' * 300}.com", "password": "x"}),
        ("account_login", {"login": "081234567890", "password": HUGE}),
        (
            "account_signup",
            {
                "display_name": HUGE,
                "phone": HUGE,
                "email": f"{'a' * 500}@example.com",
                "password1": HUGE,
                "password2": HUGE,
                "consent": "on",
            },
        ),
        ("account_request_login_code", {"phone": HUGE}),
        ("account_request_login_code", {"email": f"{'a' * 1000}@example.com"}),
        ("account_reset_password", {"email": f"{'a' * 1000}@example.com"}),
        ("accounts:card_sign_in", {"code": HUGE}),
    ],
)
def test_public_account_forms_refuse_huge_values(client, db, url_name, data):
    response = client.post(reverse(url_name), data)
    assert response.status_code in (200, 302, 400, 429)
    if response.status_code == 200:
        assert "error" in response.content.decode()


def test_a_huge_login_says_it_is_too_long(client, db):
    response = client.post(
        reverse("account_login"), {"login": "a" * 1_000_000, "password": "x"}
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_profile_and_deletion_forms_refuse_huge_values(client, db):
    user = UserFactory(username="rina")
    client.force_login(user)
    profile = client.post(
        reverse("accounts:profile"),
        {"display_name": HUGE, "legal_name": HUGE, "preferred_language": HUGE},
    )
    assert profile.status_code in (200, 400)
    delete = client.post(
        reverse("accounts:account_delete"), {"confirm": HUGE, "password": HUGE}
    )
    assert delete.status_code in (200, 400)
