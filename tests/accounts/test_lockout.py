"""Password spraying: one address trying one password over many names is
locked out on every sign-in surface, while a centre's everyday typos are not."""

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from accounts.services import sign_in_code_issue
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "pw-secret-123"  # UserFactory's
SPRAYED = "Rahasia2026!"
ATTACKER = "203.0.113.7"


def _admin_login(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def _allauth_login(client, username, password):
    return client.post(
        reverse("account_login"), {"login": username, "password": password}
    )


@pytest.fixture
def names():
    return [UserFactory(username=f"orang{n}").username for n in range(40)]


@pytest.mark.parametrize("sign_in", [_admin_login, _allauth_login])
def test_forty_names_with_one_password_lock_the_address(settings, names, sign_in):
    # A slow sprayer stays under allauth's per-minute limits: axes must hold.
    settings.ACCOUNT_RATE_LIMITS = False
    attacker = Client(REMOTE_ADDR=ATTACKER)
    statuses = [sign_in(attacker, name, SPRAYED).status_code for name in names]

    assert statuses[0] == 200
    assert statuses[-1] == 429
    assert statuses.count(429) >= 40 - settings.BERDAYA_IP_FAILURE_LIMIT
    # Even the right password of a real account no longer works from there...
    assert sign_in(attacker, "orang0", PASSWORD).status_code == 429
    assert "_auth_user_id" not in attacker.session
    # ...while the same person signs in from elsewhere.
    elsewhere = Client(REMOTE_ADDR="198.51.100.9")
    assert sign_in(elsewhere, "orang0", PASSWORD).status_code == 302


def test_a_successful_sign_in_does_not_reset_the_address_count(settings, names):
    settings.ACCOUNT_RATE_LIMITS = False
    settings.BERDAYA_IP_FAILURE_LIMIT = 5
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for name in names[:4]:
        assert _admin_login(attacker, name, SPRAYED).status_code == 200
    own = UserFactory(username="penyerang", is_staff=True, is_superuser=True)
    assert _admin_login(attacker, own.username, PASSWORD).status_code == 302
    attacker.logout()
    assert _admin_login(attacker, names[4], SPRAYED).status_code == 429


def test_a_centres_typos_do_not_lock_out_its_learners(settings, names):
    settings.ACCOUNT_RATE_LIMITS = False
    centre = Client(REMOTE_ADDR="192.0.2.10")
    for name in names[:8]:
        _allauth_login(centre, name, "salah-ketik")
        _allauth_login(centre, name, "salah-lagi")
    assert _allauth_login(centre, names[0], PASSWORD).status_code == 302


def _card(client, code):
    return client.post(reverse("accounts:card_sign_in"), {"code": code})


def test_a_centres_card_typos_do_not_lock_out_its_learners(settings):
    """Sign-in cards carry no user name: a dozen mistyped codes at a centre
    (one shared address) must not stop the next learner's right card, while
    the per-address limit still holds for cards."""
    settings.ACCOUNT_RATE_LIMITS = False
    user = User.objects.create_user(username="kartu1")
    code = sign_in_code_issue(user=user)
    centre = Client(REMOTE_ADDR="192.0.2.10")
    statuses = [_card(centre, f"SALAH{n:05d}").status_code for n in range(12)]
    assert statuses == [200] * 12
    assert _card(centre, code).status_code == 302
    assert centre.session["_auth_user_id"] == str(user.pk)

    settings.BERDAYA_IP_FAILURE_LIMIT = 5
    other = User.objects.create_user(username="kartu2")
    other_code = sign_in_code_issue(user=other)
    guesser = Client(REMOTE_ADDR=ATTACKER)
    for n in range(5):
        _card(guesser, f"TEBAK{n:05d}")
    assert _card(guesser, other_code).status_code == 429
    assert "_auth_user_id" not in guesser.session
