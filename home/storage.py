"""What reaches file storage from an upload, and when it leaves again.

Wagtail's multiple upload keeps a file in ``wagtail_uploads/`` (a
``wagtail.models.UploadedFile`` row) when a field other than the file fails,
and turns it into an image later. ``home.signals`` cleans such a file before it
is stored and names it ``<random>-<sha256 of the cleaned bytes>.<ext>``; the
image model then recognises those exact bytes here and keeps them as they are
instead of re-encoding them a second time. Anything else is cleaned.

Abandoned pending uploads are deleted by :func:`raw_uploads_cleanup` (the
``cleanup_uploads`` command, run daily).

Services that store files inside a transaction write them with
:func:`file_store` inside :func:`files_removed_on_error`: a failure after the
write (a rule, a unique key, a database error) deletes the file again, and a
storage error (full or read-only disk, object storage down) becomes a clear
form error (:class:`StorageUnavailable`) before any row is written.
"""

from __future__ import annotations

import hashlib
import logging
import posixpath
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import UploadedFile

from .imaging import MAX_SIDE, CleanedFile, clean_image, read_upload

UPLOADS_FOLDER = UploadedFile._meta.get_field("file").upload_to
logger = logging.getLogger("berdaya.storage")


def pending_upload_name(cleaned: CleanedFile) -> str:
    """File name for a cleaned pending upload: random, plus its digest."""
    extension = posixpath.splitext(cleaned.name)[1]
    digest = hashlib.sha256(cleaned.read()).hexdigest()
    cleaned.seek(0)
    return f"{uuid.uuid4().hex}-{digest}{extension}"


def _pending_image_uploads():
    return UploadedFile.objects.filter(
        for_content_type=ContentType.objects.get_for_model(get_image_model())
    )


def image_file_cleaned(content, *, max_side: int = MAX_SIDE) -> CleanedFile:
    """The bytes to store for an image: ``content`` if already cleaned.

    Already cleaned means a :class:`CleanedFile`, or exactly the bytes of a
    pending image upload that ``home.signals`` cleaned (its name carries their
    SHA-256). Everything else goes through ``clean_image``, which raises
    ``ValidationError`` for files it refuses.
    """
    if isinstance(content, CleanedFile):
        return content
    data = read_upload(content)
    digest = hashlib.sha256(data).hexdigest()
    pending = _pending_image_uploads().filter(file__contains=f"-{digest}.").first()
    if pending is not None:
        extension = posixpath.splitext(pending.file.name)[1]
        return CleanedFile(data, name=f"{uuid.uuid4().hex}{extension}")
    return clean_image(ContentFile(data), max_side=max_side).file


@dataclass(frozen=True)
class RawUploadsCleanup:
    rows: int
    orphan_files: int


def _files_under(storage: Storage, folder: str) -> Iterator[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return
    for name in files:
        yield posixpath.join(folder, name)
    for sub in folders:
        yield from _files_under(storage, posixpath.join(folder, sub))


def raw_uploads_cleanup(
    *, older_than: timedelta, now: datetime | None = None
) -> RawUploadsCleanup:
    """Delete pending uploads (rows and files) older than ``older_than``, and
    files under ``wagtail_uploads/`` that no row points at. Idempotent.

    ``UploadedFile`` has no timestamp, so a row's age is its file's. A row
    whose file is gone can never be completed and is deleted at any age.
    The file goes first: a row left without one is deleted on the next run.
    """
    cutoff = (now or timezone.now()) - older_than
    storage = UploadedFile._meta.get_field("file").storage
    rows = 0
    for upload in UploadedFile.objects.only("pk", "file").iterator():
        name = upload.file.name
        if name and storage.exists(name):
            if storage.get_modified_time(name) > cutoff:
                continue
            storage.delete(name)
        upload.delete()
        rows += 1

    kept = set(UploadedFile.objects.values_list("file", flat=True))
    orphan_files = 0
    for name in _files_under(storage, UPLOADS_FOLDER):
        if name in kept or storage.get_modified_time(name) > cutoff:
            continue
        storage.delete(name)
        orphan_files += 1
    return RawUploadsCleanup(rows=rows, orphan_files=orphan_files)


# --- Files written inside a transaction that rolls back ------------------------

_written: ContextVar[list[tuple[Storage, str]] | None] = ContextVar(
    "berdaya_files_written", default=None
)


class StorageUnavailable(ValidationError):
    """The file storage refused a write (full or read-only disk, object
    storage down). Shown to the user as a form error; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(
            _(
                "We could not save your photo right now, so nothing was saved. "
                "Please try again in a few minutes."
            ),
            code="storage_unavailable",
        )


def file_store(field_file, content, *, name: str = "") -> None:
    """Write ``content`` through ``field_file`` (``save=False``) and remember
    the stored name, so that :func:`files_removed_on_error` can delete it if
    the surrounding work fails. A storage error becomes
    :class:`StorageUnavailable`."""
    try:
        field_file.save(name or content.name, content, save=False)
    except ValidationError:
        raise
    except Exception as error:
        logger.error("File storage refused a write: %s", type(error).__name__)
        raise StorageUnavailable() from error
    written = _written.get()
    if written is not None:
        written.append((field_file.storage, field_file.name))


@contextmanager
def files_removed_on_error() -> Iterator[None]:
    """Delete the files :func:`file_store` wrote inside this block if the block
    fails, so a rolled-back transaction leaves no orphan file. Use it outside
    ``transaction.atomic()``. Nested blocks clean up their own files when they
    fail and hand them to the outer block when they succeed.
    """
    outer = _written.get()
    written: list[tuple[Storage, str]] = outer if outer is not None else []
    start = len(written)
    token = _written.set(written) if outer is None else None
    try:
        yield
    except BaseException:
        for storage, name in written[start:]:
            try:
                storage.delete(name)
            except Exception:
                logger.warning("Could not delete %s after a failed write", name)
        del written[start:]
        raise
    finally:
        if token is not None:
            _written.reset(token)
