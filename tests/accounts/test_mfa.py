"""Two-factor sign-in for everyone who sees other people's personal data:
centre staff on /balai/, reviewers on /belajar/tinjau/, curators in the admin."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, hotp_value
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from accounts.selectors import CENTRE_STAFF_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "pw-secret-123"  # UserFactory's


@pytest.fixture(autouse=True)
def _production_mfa(settings):
    settings.BERDAYA_REQUIRE_PERSONAL_DATA_MFA = True


@pytest.fixture
def staff(centre_a):
    user = UserFactory(username="staf", email="", centre=centre_a)
    user.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    return user


@pytest.fixture
def reviewer():
    user = UserFactory(username="penilai", email="")
    user.user_permissions.add(Permission.objects.get(codename="review_submission"))
    return user


def _code(secret: str) -> str:
    return f"{hotp_value(secret, int(time.time()) // 30):06d}"


def _signed_in_with_password(user) -> Client:
    client = Client()
    response = client.post(
        reverse("account_login"), {"login": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def test_staff_without_an_authenticator_is_sent_to_set_one_up(staff):
    client = Client()
    client.force_login(staff)
    response = client.get("/balai/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert "next=%2Fbalai%2F" in response["Location"]


@pytest.mark.parametrize("url", ["/belajar/tinjau/", "/en/belajar/tinjau/"])
def test_a_reviewer_signed_in_without_her_authenticator_confirms_it(reviewer, url):
    Authenticator.objects.create(
        user=reviewer, type=Authenticator.Type.TOTP, data={"secret": "X"}
    )
    client = Client()  # e.g. through Wagtail's own login form
    client.force_login(reviewer)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))


def test_people_without_those_rights_are_not_asked(client, learner):
    client.force_login(learner)
    assert client.get("/balai/").status_code == 404
    assert client.get("/belajar/tinjau/").status_code == 404
    assert client.get("/belajar/").status_code == 200


def test_off_in_development_and_the_demo(settings, staff):
    settings.BERDAYA_REQUIRE_PERSONAL_DATA_MFA = False
    client = Client()
    client.force_login(staff)
    assert client.get("/balai/").status_code == 200


def test_production_requires_it_by_default():
    with open("berdaya/settings/production.py") as handle:
        source = handle.read()
    assert (
        'env.bool(\n    "BERDAYA_REQUIRE_PERSONAL_DATA_MFA", default=True\n)' in source
    )


def test_set_up_recovery_codes_shown_once_then_the_pages_open(staff):
    client = _signed_in_with_password(staff)
    setup = client.get("/balai/")
    assert setup["Location"].startswith(reverse("mfa_activate_totp"))

    # allauth asks for the password again before a change to sign-in methods.
    password_again = client.get(setup["Location"])
    assert password_again["Location"].startswith(reverse("account_reauthenticate"))
    back = client.post(password_again["Location"], {"password": PASSWORD})
    assert back["Location"] == setup["Location"]
    form = client.get(setup["Location"])
    assert form.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    activated = client.post(reverse("mfa_activate_totp"), {"code": _code(secret)})
    assert activated.status_code == 302
    assert activated["Location"] == reverse("mfa_view_recovery_codes")

    first = client.get(reverse("mfa_view_recovery_codes"))
    codes = first.context["unused_codes"]
    assert len(codes) == 10
    assert all(code in first.content.decode() for code in codes)
    again = client.get(reverse("mfa_view_recovery_codes")).content.decode()
    assert not any(code in again for code in codes)

    # Setting it up is not signing in with it: the page asks for a code once.
    confirm = client.get("/balai/")
    assert confirm["Location"].startswith(reverse("mfa_reauthenticate"))
    done = client.post(confirm["Location"], {"code": _code(secret)})
    assert done.status_code == 302
    assert client.get("/balai/").status_code == 200


def test_a_curator_needs_it_for_the_review_queues(settings):
    settings.BERDAYA_REQUIRE_ADMIN_MFA = True
    curator = UserFactory(username="kurator-mfa")
    curator.groups.add(Group.objects.get(name="Curators"))
    client = Client()
    client.force_login(curator)
    response = client.get(reverse("brand_review:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
