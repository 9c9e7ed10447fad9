"""Writes about people: import learners, sign-in codes, profile, data rights."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import logging
import re
import secrets
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Model
from django.forms.models import model_to_dict
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from courses.models import (
    BusinessPlan,
    Certificate,
    CoursePage,
    Enrolment,
    LessonProgress,
)
from courses.services import EnrolmentRefused, enrolment_create

from . import marketplace_bridge
from .models import Cohort, SignInCode, User
from .phone import phone_normalise

logger = logging.getLogger("berdaya.accounts")

ANONYMOUS_NAME = "Peserta"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 10
CODE_VALID_DAYS = 60
IMPORT_MAX_ROWS = 500

HEADER_ALIASES = {
    "display_name": {"display_name", "display name", "nama panggilan", "panggilan"},
    "legal_name": {
        "legal_name",
        "legal name",
        "nama lengkap",
        "nama sesuai ktp",
        "nama",
    },
    "phone": {"phone", "telepon", "nomor hp", "no hp", "hp", "nomor telepon"},
}


# --- sign-in codes ----------------------------------------------------------


def _code_normalise(code: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", (code or "").upper())


def _code_hash(code: str) -> str:
    key = f"berdaya.sign-in-code:{settings.SECRET_KEY}".encode()
    return hmac.new(key, _code_normalise(code).encode(), hashlib.sha256).hexdigest()


def code_format(code: str) -> str:
    """``ABCDE23456`` → ``ABCDE-23456`` (easier to copy by hand)."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def sign_in_code_issue(*, user: User, valid_days: int = CODE_VALID_DAYS) -> str:
    """A new one-time code for ``user``; earlier unused codes stop working."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))
    with transaction.atomic():
        SignInCode.objects.filter(user=user, used_at__isnull=True).delete()
        row = SignInCode(
            user=user,
            code_hash=_code_hash(code),
            expires_at=timezone.now() + timedelta(days=valid_days),
        )
        row.full_clean()
        row.save()
    return code_format(code)


def sign_in_code_redeem(*, code: str) -> User | None:
    """The user the code belongs to, if it is unused and unexpired; uses it up."""
    if len(_code_normalise(code)) != CODE_LENGTH:
        return None
    with transaction.atomic():
        row = (
            SignInCode.objects.select_for_update()
            .select_related("user")
            .filter(
                code_hash=_code_hash(code),
                used_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )
        if row is None:
            return None
        row.used_at = timezone.now()
        row.save(update_fields=["used_at"])
    return row.user


def sign_in_code_matches(*, user: User, code: str) -> bool:
    return SignInCode.objects.filter(
        user=user,
        code_hash=_code_hash(code),
        used_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).exists()


# --- bulk onboarding ----------------------------------------------------------


@dataclass
class ImportRow:
    line: int
    display_name: str = ""
    legal_name: str = ""
    phone: str = ""
    errors: list[str] = field(default_factory=list)


@dataclass
class IssuedCard:
    user: User
    code: str


@dataclass
class ImportResult:
    rows: list[ImportRow]
    cards: list[IssuedCard] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and all(not row.errors for row in self.rows)

    @property
    def error_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.errors]


def _delimiter(first_line: str) -> str:
    if "\t" in first_line:
        return "\t"
    if ";" in first_line and "," not in first_line:
        return ";"
    return ","


def cohort_import_parse(*, text: str) -> tuple[list[ImportRow], list[str]]:
    """Rows from CSV or pasted text; validates each row and the whole file."""
    text = text.lstrip("\ufeff").strip()
    if not text:
        return [], [_("The file has no rows.")]
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(lines[0]))
    records = [[cell.strip() for cell in record] for record in reader]
    header = [cell.lower() for cell in records[0]]
    known = {
        name: index
        for index, cell in enumerate(header)
        for name, aliases in HEADER_ALIASES.items()
        if cell in aliases
    }
    if "display_name" in known or "legal_name" in known:
        columns = [""] * len(header)
        for name, index in known.items():
            columns[index] = name
        body = list(enumerate(records[1:], start=2))
    else:
        columns = ["display_name", "legal_name", "phone"]
        body = list(enumerate(records, start=1))
    rows: list[ImportRow] = []
    for number, record in body:
        if not any(record):
            continue
        values = dict(zip(columns, record, strict=False))
        rows.append(
            ImportRow(
                line=number,
                display_name=values.get("display_name", ""),
                legal_name=values.get("legal_name", ""),
                phone=values.get("phone", ""),
            )
        )
    errors: list[str] = []
    if not rows:
        errors.append(_("The file has no rows."))
    if len(rows) > IMPORT_MAX_ROWS:
        errors.append(
            _("At most %(max)d learners per import.") % {"max": IMPORT_MAX_ROWS}
        )
    seen_phones: dict[str, int] = {}
    for row in rows:
        _row_validate(row, seen_phones)
    return rows, errors


def _row_validate(row: ImportRow, seen_phones: dict[str, int]) -> None:
    if not row.display_name:
        row.errors.append(_("Display name is missing."))
    elif len(row.display_name) > 80:
        row.errors.append(_("Display name is longer than 80 characters."))
    if not row.legal_name:
        row.errors.append(_("Legal name is missing."))
    elif len(row.legal_name) > 150:
        row.errors.append(_("Legal name is longer than 150 characters."))
    if row.phone:
        try:
            row.phone = phone_normalise(row.phone)
        except ValidationError as exc:
            row.errors.extend(exc.messages)
            return
        if row.phone in seen_phones:
            row.errors.append(
                _("The same phone number is already on line %(line)d.")
                % {"line": seen_phones[row.phone]}
            )
        else:
            seen_phones[row.phone] = row.line
            if User.objects.filter(phone=row.phone).exists():
                row.errors.append(_("This phone number already has an account."))


def _username_for(display_name: str) -> str:
    base = slugify(display_name).replace("-", "")[:20] or "peserta"
    while True:
        candidate = f"{base}{secrets.randbelow(9000) + 1000}"
        if not User.objects.filter(username=candidate).exists():
            return candidate


def user_create_from_row(*, row: ImportRow, cohort: Cohort) -> User:
    """One learner of ``cohort`` from a validated import row (no password yet)."""
    user = User(
        username=_username_for(row.display_name),
        display_name=row.display_name,
        legal_name=row.legal_name,
        phone=row.phone or None,
        centre=cohort.centre,
        cohort=cohort,
    )
    user.set_unusable_password()
    with transaction.atomic():
        user.full_clean()
        user.save()
    return user


def cohort_import(*, cohort: Cohort, text: str) -> ImportResult:
    """Create every learner in the file, or none: nothing is saved on any error.

    Each new learner is enrolled in the cohort's courses and gets a one-time
    first-sign-in code (returned, never stored in clear).
    """
    rows, errors = cohort_import_parse(text=text)
    result = ImportResult(rows=rows, errors=errors)
    if not result.ok:
        return result
    courses = list(cohort.courses.all())
    with transaction.atomic():
        for row in rows:
            user = user_create_from_row(row=row, cohort=cohort)
            for course in courses:
                try:
                    enrolment_create(user=user, course=course)
                except EnrolmentRefused:
                    # Prerequisites first: the learner enrols later, as anyone.
                    continue
            result.cards.append(
                IssuedCard(user=user, code=sign_in_code_issue(user=user))
            )
    logger.info("Imported %d learners into cohort %s", len(rows), cohort.pk)
    return result


def cohort_cards_reissue(*, cohort: Cohort, users: list[User]) -> list[IssuedCard]:
    """New codes for lost cards; the old codes stop working."""
    cards = []
    with transaction.atomic():
        for user in users:
            if user.cohort_id != cohort.pk:
                continue
            cards.append(IssuedCard(user=user, code=sign_in_code_issue(user=user)))
    return cards


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


# --- personal-data rights -----------------------------------------------------------


def _row_dict(row: Model) -> dict:
    data = model_to_dict(row)
    data["id"] = row.pk
    for key, value in list(data.items()):
        if hasattr(value, "name") and hasattr(value, "url"):  # files
            data[key] = value.name or ""
        elif isinstance(value, list):
            data[key] = [getattr(item, "pk", item) for item in value]
    return data


def _files_of(row: Model) -> list:
    files = []
    for model_field in row._meta.concrete_fields:
        value = getattr(row, model_field.attname, None)
        if hasattr(value, "open") and getattr(value, "name", ""):
            files.append(value)
    return files


def user_data_export(*, user: User) -> bytes:
    """A ZIP with ``data.json`` (everything about ``user``) and their uploads."""
    from wagtail.images import get_image_model

    profile = {
        "username": user.username,
        "display_name": user.display_name,
        "legal_name": user.legal_name,
        "email": user.email,
        "emails": list(
            EmailAddress.objects.filter(user=user).values("email", "verified")
        ),
        "phone": str(user.phone or ""),
        "phone_verified": user.phone_verified,
        "preferred_language": user.preferred_language,
        "centre": str(user.centre) if user.centre_id else None,
        "cohort": user.cohort.name if user.cohort_id else None,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }
    enrolments = Enrolment.objects.filter(user=user).select_related("course")
    progress = LessonProgress.objects.filter(user=user).select_related("lesson")
    certificates = Certificate.objects.filter(user=user).select_related("course")
    plan = BusinessPlan.objects.filter(user=user).first()
    images = list(get_image_model().objects.filter(uploaded_by_user=user))
    brands = marketplace_bridge.user_brands(user.pk)
    products = marketplace_bridge.user_products(brands)
    data = {
        "exported_at": timezone.now(),
        "profile": profile,
        "enrolments": [
            {
                "course": e.course.title,
                "enrolled_at": e.created_at,
                "last_activity_at": e.last_activity_at,
                "completed_at": e.completed_at,
            }
            for e in enrolments
        ],
        "lessons_done": [
            {"lesson": p.lesson.title, "completed_at": p.completed_at} for p in progress
        ],
        "certificates": [
            {
                "course": c.course.title,
                "code": c.code,
                "printed_name": c.printed_name,
                "issued_at": c.issued_at,
                "revoked_at": c.revoked_at,
            }
            for c in certificates
        ],
        "business_plan": _row_dict(plan) if plan else None,
        "images": [{"title": image.title, "file": image.file.name} for image in images],
        "brands": [_row_dict(brand) for brand in brands],
        "products": [_row_dict(product) for product in products],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json",
            json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        )
        files = [image.file for image in images]
        for row in [*brands, *products]:
            files.extend(_files_of(row))
        for stored in files:
            try:
                with stored.open("rb") as handle:
                    archive.writestr(f"uploads/{stored.name}", handle.read())
            except (FileNotFoundError, OSError):
                continue
    return buffer.getvalue()


def user_sessions_end(*, user: User) -> int:
    """End every session of ``user`` (deactivation, deletion)."""
    ended = 0
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == str(user.pk):
            session.delete()
            ended += 1
    return ended


def user_deactivate(*, user: User) -> User:
    with transaction.atomic():
        user.is_active = False
        user.save(update_fields=["is_active"])
        user_sessions_end(user=user)
    return user


def user_delete(*, user: User) -> None:
    """Delete an account: personal data removed or anonymised.

    Certificates stay verifiable under the name "Peserta"; the person's brand
    and products are taken off the showcase; learning records are deleted.
    """
    from allauth.mfa.models import Authenticator
    from wagtail.images import get_image_model

    with transaction.atomic():
        Certificate.objects.filter(user=user).update(
            printed_name=ANONYMOUS_NAME, user=None
        )
        brands = marketplace_bridge.user_brands(user.pk)
        marketplace_bridge.unpublish(marketplace_bridge.user_products(brands))
        marketplace_bridge.unpublish(brands)
        BusinessPlan.objects.filter(user=user).delete()
        LessonProgress.objects.filter(user=user).delete()
        Enrolment.objects.filter(user=user).delete()
        CoursePage.instructors.through.objects.filter(user=user).delete()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        SignInCode.objects.filter(user=user).delete()
        get_image_model().objects.filter(uploaded_by_user=user).update(
            uploaded_by_user=None
        )
        user.groups.clear()
        user.user_permissions.clear()
        user.username = f"dihapus-{uuid.uuid4().hex[:12]}"
        user.display_name = ""
        user.legal_name = ""
        user.first_name = ""
        user.last_name = ""
        user.email = ""
        user.phone = None
        user.phone_verified = False
        user.centre = None
        user.cohort = None
        user.is_active = False
        user.is_staff = False
        user.is_superuser = False
        user.anonymised_at = timezone.now()
        user.set_unusable_password()
        user.save()
        user_sessions_end(user=user)
    logger.info("Account %s deleted and anonymised", user.pk)
