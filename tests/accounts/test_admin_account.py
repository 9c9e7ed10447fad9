"""E-mail addresses change only through allauth's verified flow, never in the
Wagtail admin's account settings."""

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _account_form(email: str) -> dict:
    return {
        "name_email-first_name": "Ed",
        "name_email-last_name": "Itor",
        "name_email-email": email,
        "locale-preferred_language": "",
        "locale-current_time_zone": "Asia/Jakarta",
        "theme-theme": "system",
        "theme-density": "default",
        "theme-contrast": "system",
        "color-scheme": "system",
    }


def test_an_editor_cannot_take_another_persons_address_in_the_admin(client):
    UserFactory(username="korban", email="korban@example.com")
    editor = UserFactory(username="editor", email="editor@example.com")
    EmailAddress.objects.create(
        user=editor, email="editor@example.com", verified=True, primary=True
    )
    editor.is_superuser = True
    editor.save()
    client.force_login(editor)

    page = client.get(reverse("wagtailadmin_account"))
    assert page.status_code == 200
    assert 'name="name_email-email"' not in page.content.decode()

    response = client.post(
        reverse("wagtailadmin_account"), _account_form("korban@example.com")
    )
    assert response.status_code == 302  # the other settings were saved
    editor.refresh_from_db()
    assert editor.first_name == "Ed"
    assert editor.email == "editor@example.com"
    assert not EmailAddress.objects.filter(
        user=editor, email="korban@example.com"
    ).exists()


def test_the_verified_flow_is_where_addresses_change(client):
    user = UserFactory(username="sari", email="sari@example.com")
    client.force_login(user)
    assert client.get(reverse("account_email")).status_code == 200
