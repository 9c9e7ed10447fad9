"""Profile, account deletion and card sign-in answer bad input with the error
summary that links to the field, and change nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import User
from tests.forms import assert_error_summary

pytestmark = pytest.mark.django_db


def test_profile_form(learner, learner_client):
    name = learner.display_name
    response = learner_client.post(
        reverse("accounts:profile"),
        {"display_name": "", "legal_name": "X", "preferred_language": "id"},
    )
    assert response.status_code in (200, 400)
    assert_error_summary(response.content.decode(), "id_display_name")
    assert User.objects.get(pk=learner.pk).display_name == name


def test_account_delete_form(learner, learner_client):
    response = learner_client.post(
        reverse("accounts:account_delete"), {"confirm": "tidak", "password": ""}
    )
    assert response.status_code == 400
    assert_error_summary(response.content.decode(), "id_confirm")
    assert User.objects.get(pk=learner.pk).is_active


def test_card_sign_in_form(client):
    response = client.post(reverse("accounts:card_sign_in"), {"code": ""})
    assert_error_summary(response.content.decode(), "id_code")
    assert "_auth_user_id" not in client.session
