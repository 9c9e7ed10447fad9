import io
import json
import zipfile

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from accounts.models import User
from courses.models import Certificate, Enrolment
from courses.services import enrolment_create
from tests.factories import UserFactory


@pytest.fixture
def owner(cohort_a, courses):
    user = UserFactory(
        username="pemilik",
        display_name="Bu Sari",
        legal_name="Sari Wahyuni",
        phone="+6281234567890",
        centre=cohort_a.centre,
        cohort=cohort_a,
    )
    enrolment_create(user=user, course=courses[0])
    Certificate.objects.create(
        user=user, course=courses[0], printed_name="Bu Sari", code="KODE-SARI"
    )
    return user


def _export(client):
    response = client.get(reverse("accounts:my_data_download"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert "BACA-SAYA.txt" in archive.namelist()
    return {
        name.removesuffix(".json"): json.loads(archive.read(name))
        for name in archive.namelist()
        if name.endswith(".json")
    }


def test_data_download_contains_my_data_and_nobody_elses(client, owner, courses):
    other = UserFactory(
        username="lain", display_name="Orang Lain", legal_name="Rahasia Lain"
    )
    enrolment_create(user=other, course=courses[1])
    client.force_login(owner)
    data = _export(client)
    assert set(data) == {
        "accounts",
        "courses",
        "marketplace",
        "home",
        "notices",
        "business",
    }
    profile = data["accounts"]["profile"]
    assert profile["legal_name"] == "Sari Wahyuni"
    assert profile["phone"] == "+6281234567890"
    assert (profile["centre"], profile["cohort"]) == ("Balai A", "Angkatan A")
    assert [e["course"] for e in data["courses"]["enrolments"]] == [courses[0].title]
    assert data["courses"]["certificates"][0]["code"] == "KODE-SARI"
    assert data["marketplace"]["brand"] is None
    dumped = json.dumps(data)
    assert "Rahasia Lain" not in dumped and "Orang Lain" not in dumped


def test_data_download_needs_sign_in(client):
    response = client.get(reverse("accounts:my_data_download"))
    assert response.status_code == 302
    assert "application/zip" not in response.get("Content-Type", "")


def test_my_data_page_says_what_the_download_and_deletion_cover(client, owner):
    client.force_login(owner)
    page = client.get(reverse("accounts:my_data")).content.decode()
    assert reverse("accounts:my_data_download") in page
    assert "Peserta" in page


def test_delete_anonymises_and_keeps_the_certificate_verifiable(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:account_delete"),
        {"confirm": "hapus", "password": "pw-secret-123"},
    )
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    user = User.objects.get(pk=owner.pk)
    assert not user.is_active and user.anonymised_at
    assert user.legal_name == user.display_name == user.email == ""
    assert user.phone is None and user.cohort is None
    assert "pemilik" not in user.username
    assert not Enrolment.objects.filter(user=owner).exists()
    certificate = Certificate.objects.get(code="KODE-SARI")
    assert certificate.printed_name == "Peserta"
    assert certificate.is_valid
    # the number can sign up again
    assert not User.objects.filter(phone="+6281234567890").exists()


def test_delete_needs_confirmation_and_password(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:account_delete"), {"confirm": "hapus", "password": "wrong"}
    )
    assert response.status_code == 400
    assert User.objects.get(pk=owner.pk).is_active


def test_delete_is_post_only(client, owner):
    client.force_login(owner)
    assert client.get(reverse("accounts:account_delete")).status_code == 405


def test_profile_update_and_privacy_headers(client, owner):
    client.force_login(owner)
    response = client.post(
        reverse("accounts:profile"),
        {"display_name": "Sari", "legal_name": "Sari W", "preferred_language": "en"},
    )
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.display_name, owner.preferred_language) == ("Sari", "en")
    page = client.get(reverse("accounts:profile"))
    assert page["Cache-Control"] == "private, no-store"


@pytest.fixture
def curator(db):
    return UserFactory(username="kurator", is_superuser=True, is_staff=True)


def test_admin_without_mfa_is_sent_to_totp_setup(client, settings, curator):
    settings.BERDAYA_REQUIRE_ADMIN_MFA = True
    client.force_login(curator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert reverse("mfa_activate_totp") in response["Location"]


def test_admin_with_totp_but_signed_in_without_it_must_confirm(
    client, settings, curator
):
    settings.BERDAYA_REQUIRE_ADMIN_MFA = True
    Authenticator.objects.create(user=curator, type=Authenticator.Type.TOTP, data={})
    client.force_login(curator)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert reverse("mfa_reauthenticate") in response["Location"]


def test_admin_mfa_is_off_in_the_demo(client, settings, curator):
    settings.BERDAYA_REQUIRE_ADMIN_MFA = False
    client.force_login(curator)
    assert client.get("/admin/").status_code == 200


def test_production_requires_admin_mfa_by_default():
    from berdaya.settings import base

    assert base.BERDAYA_REQUIRE_ADMIN_MFA is False
    with open("berdaya/settings/production.py") as handle:
        source = handle.read()
    assert 'env.bool("BERDAYA_REQUIRE_ADMIN_MFA", default=True)' in source
