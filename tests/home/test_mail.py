"""Mail names the site from settings (never the request's host, never
"localhost") and says it was sent automatically."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.mail import send_mail
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_settings(settings):
    settings.SITE_BASE_URL = "https://berdaya.example"
    settings.EMAIL_MESSAGE_ID_DOMAIN = "berdaya.example"
    return settings


def assert_automatic(message) -> None:
    headers = message.message()
    assert headers["Message-ID"].endswith("@berdaya.example>")
    assert "localhost" not in headers["Message-ID"]
    assert headers["Auto-Submitted"] == "auto-generated"


def test_password_reset_mail_names_the_site_not_the_host(client, site_settings):
    UserFactory(username="rina", email="rina@example.com")
    client.post(
        reverse("account_reset_password"),
        {"email": "rina@example.com"},
        HTTP_HOST="127.0.0.1:8000",
    )
    [message] = mail.outbox
    assert message.subject.startswith("Berdaya: ")
    assert "127.0.0.1" not in message.subject
    assert "[" not in message.subject
    assert "berdaya.example" in message.body
    assert_automatic(message)


def test_the_backend_marks_every_message_even_from_libraries(site_settings):
    site_settings.EMAIL_BACKEND = "home.mail.AutomaticMailBackend"
    site_settings.EMAIL_DELIVERY_BACKEND = (
        "django.core.mail.backends.locmem.EmailBackend"
    )
    send_mail("Ulasan", "Halaman menunggu ulasan.", None, ["editor@example.com"])
    [message] = mail.outbox
    assert_automatic(message)
