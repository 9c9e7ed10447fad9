"""The money tools in "Data saya" and account deletion."""

from __future__ import annotations

import datetime

import pytest

from accounts.services import user_delete
from business.models import CashEntry, Costing
from home import personal_data
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_export_holds_her_book_and_costings_and_deletion_removes_them():
    sari, other = UserFactory(), UserFactory()
    for user, note in ((sari, "Jual kue Bu Sari"), (other, "Milik orang lain")):
        CashEntry.objects.create(
            user=user, date=datetime.date(2026, 11, 1), kind="in", amount=5, note=note
        )
        Costing.objects.create(user=user, name=f"Ide {note}", material=1, units=1)
    exported = personal_data.export_all(sari)["business"].records
    assert [row["note"] for row in exported["cash_book"]] == ["Jual kue Bu Sari"]
    assert [row["name"] for row in exported["saved_costings"]] == [
        "Ide Jual kue Bu Sari"
    ]
    user_delete(user=sari)
    assert not CashEntry.objects.filter(note="Jual kue Bu Sari").exists()
    assert not Costing.objects.filter(user_id=sari.pk).exists()
    assert CashEntry.objects.filter(user=other).count() == 1
    assert Costing.objects.filter(user=other).count() == 1
