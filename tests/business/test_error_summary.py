"""The cash book and the saved costings answer bad input with the error summary
that links to the field, and store nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from business.models import CashEntry, Costing
from tests.forms import assert_error_summary

from .test_cashbook import entry_post
from .test_costings import costing_post

pytestmark = pytest.mark.django_db


def test_cash_book_entry_form(learner, learner_client):
    response = learner_client.post(
        reverse("business:cashbook"), entry_post(amount="abc")
    )
    assert_error_summary(response.content.decode(), "id_amount")
    assert not CashEntry.objects.filter(user=learner).exists()


def test_cash_book_entry_edit_form(learner, learner_client):
    learner_client.post(reverse("business:cashbook"), entry_post())
    entry = CashEntry.objects.get(user=learner)
    response = learner_client.post(
        reverse("business:entry_edit", args=[entry.pk]), entry_post(amount="-5")
    )
    assert_error_summary(response.content.decode(), "id_amount")
    assert CashEntry.objects.get(pk=entry.pk).amount == 25_000


def test_costing_save_form(learner, learner_client):
    response = learner_client.post(
        reverse("business:costing_save"), costing_post(name="")
    )
    assert_error_summary(response.content.decode(), "id_name")
    assert not Costing.objects.filter(user=learner).exists()
