"""Profiles, data export, sessions, deactivation and deletion."""

from __future__ import annotations

import io
import json
import uuid
import zipfile

from allauth.account.models import EmailAddress
from django.contrib.sessions.models import Session
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import Model
from django.forms.models import model_to_dict
from django.utils import timezone

from courses.models import (
    BusinessPlan,
    Certificate,
    CoursePage,
    Enrolment,
    LessonProgress,
)

from .. import marketplace_bridge
from ..models import SignInCode, User
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
