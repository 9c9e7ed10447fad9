"""The registry of personal-data handlers: one export/erase pair per app.

Each app that stores something about a person registers a
:class:`PersonalDataHandler` in its ``AppConfig.ready()``. "Data saya" (export)
and account deletion (erase) call every registered handler, so a model added
next year is covered as soon as its app lists it in ``models``; a test walks
every model that points at the user model and fails when none does.

Handlers never import each other: each one exports and erases only what its own
app stores. Files are deleted only after the transaction commits
(:func:`file_delete_on_commit`), so a rolled-back deletion loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.files.storage import Storage
from django.db import transaction
from django.db.models.fields.files import FieldFile


@dataclass
class ExportFile:
    """One stored file to put in the export ZIP under ``path``."""

    path: str
    file: FieldFile


@dataclass
class PersonalDataExport:
    """What one app holds about a person: JSON-ready records and files."""

    records: dict[str, Any] = field(default_factory=dict)
    files: list[ExportFile] = field(default_factory=list)


@dataclass(frozen=True)
class PersonalDataHandler:
    """An app's pair of personal-data functions.

    ``models`` lists the labels (``"app_label.ModelName"``) of every model whose
    rows about a person this handler exports and erases, third-party models
    included. ``kept`` maps a model label to the reason its rows are kept (for
    example a certificate that must stay verifiable). ``order`` sorts erasure:
    lower first; the accounts handler, which scrubs the user row itself, runs
    last.
    """

    app_label: str
    export: Callable[[Any], PersonalDataExport]
    erase: Callable[[Any], None]
    models: tuple[str, ...] = ()
    kept: dict[str, str] = field(default_factory=dict)
    order: int = 100


_handlers: dict[str, PersonalDataHandler] = {}


def register(handler: PersonalDataHandler) -> None:
    """Register (or replace) the handler of ``handler.app_label``."""
    _handlers[handler.app_label] = handler


def handlers() -> list[PersonalDataHandler]:
    return sorted(
        _handlers.values(), key=lambda handler: (handler.order, handler.app_label)
    )


def covered_models() -> set[str]:
    """Labels of every model some handler exports and erases, or keeps on purpose."""
    labels: set[str] = set()
    for handler in handlers():
        labels.update(label.lower() for label in handler.models)
        labels.update(label.lower() for label in handler.kept)
    return labels


def export_all(user) -> dict[str, PersonalDataExport]:
    """Every app's export for ``user``, keyed by app label."""
    return {handler.app_label: handler.export(user) for handler in handlers()}


def erase_all(user) -> None:
    """Every app erases what it holds about ``user``, all or nothing."""
    with transaction.atomic():
        for handler in handlers():
            handler.erase(user)


def file_delete_on_commit(storage: Storage, name: str) -> None:
    """Delete a stored file once the surrounding transaction commits."""
    if not name:
        return
    transaction.on_commit(lambda: storage.delete(name))
