"""Profiles, data export, sessions, deactivation and deletion."""

from __future__ import annotations

import io
import json
import zipfile

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from home.personal_data import erase_all, export_all

from ..models import User, UserSession
from ..sessions import user_sessions_forget
from ._common import logger

ANONYMOUS_NAME = "Peserta"


# --- profile ----------------------------------------------------------------------


def user_profile_update(
    *, user: User, display_name: str, legal_name: str, preferred_language: str
) -> User:
    user.display_name = display_name
    user.legal_name = legal_name
    user.preferred_language = preferred_language
    with transaction.atomic():
        user.full_clean()
        user.save(update_fields=["display_name", "legal_name", "preferred_language"])
    return user


def user_data_saver_set(*, user: User, on: bool) -> User:
    """Switch "Hemat kuota" (pictures only when tapped) for ``user``."""
    # A boolean is always valid: no full_clean(), which would re-check the
    # other fields (and query for a unique username and phone) for nothing.
    user.data_saver = on
    with transaction.atomic():
        user.save(update_fields=["data_saver"])
    return user


# --- personal-data rights -----------------------------------------------------------

EXPORT_README = """Data saya - Berdaya

Setiap file .json berisi data Anda dari satu bagian Berdaya:
accounts.json (akun), courses.json (belajar), marketplace.json (etalase),
home.json (foto dan file yang Anda unggah).
Folder files/ berisi foto dan file Anda.

My data - Berdaya: one .json file per part of Berdaya, and your photos and
files in the files/ folder.
"""


def user_data_export(*, user: User) -> bytes:
    """A ZIP of everything Berdaya stores about ``user``.

    Every app's handler (``home.personal_data``) adds ``<app>.json`` and its
    files under ``files/<app>/``. A file missing from storage is skipped.
    """
    exports = export_all(user)
    buffer = io.BytesIO()
    written: set[str] = set()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("BACA-SAYA.txt", EXPORT_README)
        for app_label, export in exports.items():
            document = {"exported_at": timezone.now(), **export.records}
            archive.writestr(
                f"{app_label}.json",
                json.dumps(
                    document, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2
                ),
            )
            for exported in export.files:
                if exported.path in written:
                    continue
                try:
                    with exported.file.open("rb") as handle:
                        archive.writestr(exported.path, handle.read())
                except (FileNotFoundError, OSError):
                    logger.warning(
                        "Export of user %s: a stored file is missing", user.pk
                    )
                    continue
                written.add(exported.path)
    return buffer.getvalue()


def user_sessions_end(*, user: User) -> int:
    """End every session of ``user`` (deactivation, deletion): one indexed
    delete (``accounts.sessions`` stores whose each session is)."""
    user_sessions_forget(user.pk)  # their entries in the cache, if kept there
    ended, _rows = UserSession.objects.filter(user=user).delete()
    return ended


def user_deactivate(*, user: User) -> User:
    """Deactivate ``user`` and end her sessions. Any save of an inactive user
    ends them too (``accounts.signals``), whoever deactivates her (the Wagtail
    or Django admin), so that reactivating her never revives an old cookie."""
    with transaction.atomic():
        user.is_active = False
        user.save(update_fields=["is_active"])
        user_sessions_end(user=user)
    return user


def user_delete(*, user: User) -> None:
    """Delete an account: every app erases what it holds about ``user``.

    All or nothing, in one transaction; files leave storage once it commits.
    What stays, and why, is listed in each handler's ``kept`` (docs/privacy.md).
    """
    erase_all(user)
    logger.info("Account %s deleted and anonymised", user.pk)
