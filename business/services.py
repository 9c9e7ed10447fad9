"""Writes of the money tools: every create is once per form token."""

from __future__ import annotations

import uuid

from django.db import IntegrityError, transaction

from .models import CashEntry, Costing

ENTRY_FIELDS = ("date", "kind", "amount", "category", "note")


def cash_entry_create(*, user, data: dict, token: uuid.UUID | None = None) -> CashEntry:
    """Store one entry; a second call with the same ``token`` (a double tap)
    returns the first entry and stores nothing."""
    if token is not None:
        existing = CashEntry.objects.filter(user=user, token=token).first()
        if existing is not None:
            return existing
    fields = {name: data[name] for name in ENTRY_FIELDS}
    try:
        with transaction.atomic():
            return CashEntry.objects.create(user=user, token=token, **fields)
    except IntegrityError:
        if token is None:
            raise
        return CashEntry.objects.get(user=user, token=token, token_line=0)


def cash_entry_update(*, entry: CashEntry, data: dict) -> CashEntry:
    for name in ENTRY_FIELDS:
        setattr(entry, name, data[name])
    entry.full_clean()
    entry.save()
    return entry


def cash_entry_delete(*, entry: CashEntry) -> None:
    entry.delete()


def cash_entries_create_batch(
    *, user, date, rows: list[dict], token: uuid.UUID | None = None
) -> tuple[list[CashEntry], bool]:
    """Store the lines of a lesson exercise at ``date``, all or none, once per
    ``token``. Returns the entries and whether they were created now."""
    if token is not None:
        existing = list(CashEntry.objects.filter(user=user, token=token))
        if existing:
            return existing, False
    try:
        with transaction.atomic():
            entries = [
                CashEntry.objects.create(
                    user=user,
                    date=date,
                    token=token,
                    token_line=line,
                    **{name: row[name] for name in ENTRY_FIELDS if name != "date"},
                )
                for line, row in enumerate(rows)
            ]
    except IntegrityError:
        if token is None:
            raise
        return list(CashEntry.objects.filter(user=user, token=token)), False
    return entries, True


def costing_create(*, user, data: dict, token: uuid.UUID | None = None) -> Costing:
    if token is not None:
        existing = Costing.objects.filter(user=user, token=token).first()
        if existing is not None:
            return existing
    try:
        with transaction.atomic():
            return Costing.objects.create(user=user, token=token, **data)
    except IntegrityError:
        if token is None:
            raise
        return Costing.objects.get(user=user, token=token)


def costing_delete(*, costing: Costing) -> None:
    costing.delete()
