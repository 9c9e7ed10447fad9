import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts import sms
from accounts.models import User
from accounts.services import sign_in_code_issue
from tests.factories import UserFactory

PASSWORD = "pw-secret-123"


@pytest.fixture
def phone_user(db):
    user = UserFactory(username="sari", email="", phone="+6281234567890")
    user.phone_verified = True
    user.save()
    return user


@pytest.mark.parametrize(
    "login", ["081234567890", "+62 812-3456-7890", "6281234567890"]
)
def test_sign_in_with_phone_in_any_format(client, phone_user, login):
    response = client.post(
        reverse("account_login"), {"login": login, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(phone_user.pk)


def test_sign_in_by_sms_code(client, phone_user, sms_outbox):
    response = client.post(
        reverse("account_request_login_code"), {"phone": "0812 3456 7890"}
    )
    assert response.status_code == 302
    assert len(sms_outbox) == 1
    assert sms_outbox[0].phone == "+6281234567890"
    code = re.search(r"Berdaya[^:]*: (\S+)\.", sms_outbox[0].message).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(phone_user.pk)


def test_sign_in_by_email_code(client, db):
    user = UserFactory(username="ani", email="ani@example.com")
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    client.post(reverse("account_request_login_code"), {"email": "ani@example.com"})
    assert len(mail.outbox) == 1
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.M).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_login_code_for_unknown_phone_sends_nothing_and_looks_the_same(
    client, phone_user, sms_outbox
):
    known = client.post(
        reverse("account_request_login_code"), {"phone": "081234567890"}
    )
    client.logout()
    unknown = client.post(
        reverse("account_request_login_code"), {"phone": "081299999999"}
    )
    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == known["Location"]
    assert [m.phone for m in sms_outbox] == ["+6281234567890"]


def test_wrong_password_message_does_not_say_whether_the_account_exists(
    client, phone_user
):
    wrong = client.post(
        reverse("account_login"), {"login": "081234567890", "password": "nope-nope-1"}
    )
    missing = client.post(
        reverse("account_login"), {"login": "081277777777", "password": "nope-nope-1"}
    )
    assert wrong.status_code == missing.status_code == 200
    assert wrong.context["form"].errors == missing.context["form"].errors


def test_password_reset_answers_the_same_and_mails_nobody_unknown(client, db):
    UserFactory(username="rina", email="rina@example.com")
    known = client.post(
        reverse("account_reset_password"), {"email": "rina@example.com"}
    )
    unknown = client.post(reverse("account_reset_password"), {"email": "x@example.com"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert [m.to for m in mail.outbox] == [["rina@example.com"]]


def test_sign_up_with_a_known_email_answers_like_a_new_one(client, db):
    existing = UserFactory(username="dewi", email="dewi@example.com")
    EmailAddress.objects.create(user=existing, email=existing.email, verified=True)
    data = {
        "display_name": "Dewi",
        "password1": "kain-batik-2026",
        "password2": "kain-batik-2026",
        "consent": "on",
    }
    taken = client.post(
        reverse("account_signup"), {**data, "email": "dewi@example.com"}
    )
    fresh = client.post(
        reverse("account_signup"), {**data, "email": "baru@example.com"}
    )
    assert taken.status_code == fresh.status_code == 302
    assert taken["Location"] == fresh["Location"]
    assert User.objects.filter(email="dewi@example.com").count() == 1
    assert "_auth_user_id" not in client.session


def test_sign_up_with_phone_only_verifies_by_sms(client, db, sms_outbox):
    response = client.post(
        reverse("account_signup"),
        {
            "display_name": "Bu Tini",
            "phone": "0813 1111 2222",
            "password1": "kain-batik-2026",
            "password2": "kain-batik-2026",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(phone="+6281311112222")
    assert user.display_name == "Bu Tini"
    assert not user.email
    assert len(sms_outbox) == 1


def test_sign_up_needs_phone_or_email_and_consent(client, db):
    response = client.post(
        reverse("account_signup"),
        {
            "display_name": "X",
            "password1": "kain-batik-2026",
            "password2": "kain-batik-2026",
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "consent" in form.errors
    assert form.non_field_errors()
    assert "UU PDP" in response.content.decode()


def test_allauth_rate_limit_after_five_failures(client, phone_user):
    for _attempt in range(5):
        client.post(
            reverse("account_login"),
            {"login": "081234567890", "password": "wrong-pw-1"},
        )
    response = client.post(
        reverse("account_login"), {"login": "081234567890", "password": PASSWORD}
    )
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)


def test_wagtail_admin_login_is_locked_by_axes(client, settings, db):
    settings.AXES_FAILURE_LIMIT = 3
    UserFactory(username="kurator", is_superuser=True, is_staff=True)
    for _attempt in range(3):
        client.post("/admin/login/", {"username": "kurator", "password": "wrong-pw"})
    response = client.post(
        "/admin/login/", {"username": "kurator", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_card_code_signs_in_once_then_asks_for_a_password(client, db):
    user = User.objects.create_user(username="pm1", display_name="Sari")
    user.set_unusable_password()
    user.save()
    code = sign_in_code_issue(user=user)
    response = client.post(reverse("accounts:card_sign_in"), {"code": code.lower()})
    assert response.status_code == 302
    assert response["Location"] == reverse("account_set_password")
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    again = client.post(reverse("accounts:card_sign_in"), {"code": code})
    assert again.status_code == 200
    assert "_auth_user_id" not in client.session


def test_expired_card_code_does_not_work(client, db):
    user = User.objects.create_user(username="pm2")
    code = sign_in_code_issue(user=user, valid_days=-1)
    response = client.post(reverse("accounts:card_sign_in"), {"code": code})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_card_codes_are_stored_hashed(db):
    user = User.objects.create_user(username="pm3")
    code = sign_in_code_issue(user=user)
    stored = user.sign_in_codes.get().code_hash
    assert code.replace("-", "") not in stored


def test_logout_is_a_post(client, phone_user):
    client.force_login(phone_user)
    client.get(reverse("account_logout"))
    assert "_auth_user_id" in client.session
    client.post(reverse("account_logout"))
    assert "_auth_user_id" not in client.session


def test_deactivated_user_is_signed_out_at_once(client, phone_user):
    from accounts.services import user_deactivate

    client.force_login(phone_user)
    assert client.get(reverse("accounts:profile")).status_code == 200
    user_deactivate(user=phone_user)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302


def test_preferred_language_applies_on_sign_in(client, phone_user):
    phone_user.preferred_language = "en"
    phone_user.save()
    client.post(
        reverse("account_login"), {"login": "081234567890", "password": PASSWORD}
    )
    assert client.cookies["django_language"].value == "en"


def test_console_sender_never_logs_the_full_number(caplog, settings):
    settings.DEBUG = False
    with caplog.at_level("INFO", logger="berdaya.sms"):
        sms.ConsoleSmsSender().send("+6281234567890", "Kode: 123456")
    assert "+6281234567890" not in caplog.text
    assert "123456" not in caplog.text


def test_sign_in_pages_are_restyled_in_indonesian(client, db):
    response = client.get(reverse("account_login"))
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "Masuk" in html
