"""The registry of personal-data handlers: one export/erase pair per app.

Each app that stores something about a person registers a
:class:`PersonalDataHandler` in its ``AppConfig.ready()``. "Data saya" (export)
and account deletion (erase) call every registered handler, so a model added
next year is covered as soon as its app lists it in ``models``; a test walks
every model that points at the user model and fails when none does.

Handlers never import each other: each one exports and erases only what its own
app stores. Files are deleted only after the transaction commits
(:func:`file_delete_on_commit`), so a rolled-back deletion loses nothing.

This module also holds home's own pair (:func:`export_personal_data`,
:func:`erase_personal_data`): the images, documents and raw uploads a person
put in the Wagtail media library. Because it imports Wagtail's models, apps
import it in ``AppConfig.ready()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from django.core.files.storage import Storage
from django.db import transaction
from django.db.models.fields.files import FieldFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from . import page_cache


@dataclass
class ExportFile:
    """One stored file to put in the export ZIP under ``path``."""

    path: str
    file: FieldFile


def export_file(app_label: str, file: FieldFile) -> ExportFile:
    """A stored file of ``app_label``, placed at ``files/<app_label>/<stored name>``.

    Stored names are unique, so two apps exporting the same file (an image is
    home's model, used by the showcase) put it in the ZIP once.
    """
    return ExportFile(path=f"files/{app_label}/{file.name}", file=file)


def image_export_file(image) -> ExportFile:
    """The original of a Wagtail image: images belong to home (``files/home/``)."""
    return export_file("home", image.file)


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


def register_module(app_label: str, module: ModuleType, *, order: int) -> None:
    """Register an app's ``personal_data`` module: its ``export_personal_data``,
    ``erase_personal_data``, ``MODELS`` and ``KEPT``."""
    register(
        PersonalDataHandler(
            app_label=app_label,
            export=module.export_personal_data,
            erase=module.erase_personal_data,
            models=module.MODELS,
            kept=module.KEPT,
            order=order,
        )
    )


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
        # Some rows are changed in bulk (no signals): kept public pages (a
        # certificate's printed name, a brand) must not show them any more,
        # nor pages kept in memory (the pages she had locked).
        page_cache.public_data_changed()
        transaction.on_commit(page_cache.public_data_changed)
        page_cache.content_changed()
        transaction.on_commit(page_cache.content_changed)


def file_delete_on_commit(storage: Storage, name: str) -> None:
    """Delete a stored file once the surrounding transaction commits."""
    if not name:
        return
    transaction.on_commit(lambda: storage.delete(name))


# --- home's own pair: the media library ------------------------------------------

MODELS = ("home.BerdayaImage", "home.BerdayaRendition", "wagtailcore.UploadedFile")
KEPT = {
    "home.BerdayaImage": (
        "Images uploaded in the admin (course and page pictures) are the programme's "
        "editorial content and lessons use them: they stay, with the uploader "
        "unlinked. Showcase photos are deleted by the marketplace handler, which "
        "runs first."
    ),
    "wagtaildocs.Document": (
        "Documents are course material (worksheets, audio, video) uploaded in the "
        "admin: they stay, with the uploader unlinked."
    ),
}


def export_personal_data(user) -> PersonalDataExport:
    """Every image the person uploaded (originals), raw uploads and documents."""
    images = (
        get_image_model()
        .objects.filter(uploaded_by_user=user)
        .select_related("collection")
        .order_by("created_at", "pk")
    )
    uploads = UploadedFile.objects.filter(uploaded_by_user=user).order_by("pk")
    documents = (
        get_document_model().objects.filter(uploaded_by_user=user).order_by("pk")
    )
    files: list[ExportFile] = []
    image_rows = []
    for image in images:
        exported = image_export_file(image)
        files.append(exported)
        image_rows.append(
            {
                "title": image.title,
                "uploaded_at": image.created_at,
                "collection": image.collection.name,
                "width": image.width,
                "height": image.height,
                "file": exported.path,
            }
        )
    upload_rows = []
    for upload in uploads:
        if not upload.file:
            continue
        exported = export_file("home", upload.file)
        files.append(exported)
        upload_rows.append({"file": exported.path})
    return PersonalDataExport(
        records={
            "images": image_rows,
            "unfinished_uploads": upload_rows,
            "documents": [
                {"title": document.title, "uploaded_at": document.created_at}
                for document in documents
            ],
        },
        files=files,
    )


def erase_personal_data(user) -> None:
    """Raw uploads deleted with their files; library images and documents kept,
    no longer linked to the person."""
    with transaction.atomic():
        for upload in UploadedFile.objects.filter(uploaded_by_user=user):
            file_delete_on_commit(upload.file.storage, upload.file.name)
            upload.delete()
        get_image_model().objects.filter(uploaded_by_user=user).update(
            uploaded_by_user=None
        )
        get_document_model().objects.filter(uploaded_by_user=user).update(
            uploaded_by_user=None
        )
