"""Certificates and their public projection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext

from accounts.models import User
from accounts.selectors import staff_centre_for

from ..models import (
    Certificate,
)
from .assignments import user_is_curriculum_reviewer

# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificates_valid_count() -> int:
    """How many certificates are valid (not revoked), for the home page."""
    return Certificate.objects.filter(revoked_at__isnull=True).count()


def certificates_of(user: User):
    """The learner's own certificates (their PDF and settings)."""
    return Certificate.objects.filter(user=user).select_related("course")


def certificates_revocable_by(user: User):
    """Admins and curriculum reviewers: all; centre staff: their centre's
    learners only; anyone else: none."""
    queryset = Certificate.objects.select_related("course", "user")
    if not user.is_authenticated:
        return queryset.none()
    if user_is_curriculum_reviewer(user):
        return queryset
    centre = staff_centre_for(user)
    if centre is None:
        return queryset.none()
    return queryset.filter(user__centre=centre)


@dataclass(frozen=True)
class PublicCertificate:
    """What anyone may see on the verification page: nothing more."""

    code: str
    printed_name: str
    course_title: str
    issued_at: Any
    is_valid: bool
    revoked_at: Any
    revoked_reason: str
    centre_name: str


def certificate_public(*, code: str) -> PublicCertificate | None:
    certificate = (
        Certificate.objects.filter(code=code)
        .select_related("course", "user__centre")
        .first()
    )
    if certificate is None:
        return None
    user = certificate.user
    centre_name = ""
    if user is not None and certificate.show_centre and user.centre is not None:
        centre_name = user.centre.name
    return PublicCertificate(
        code=certificate.code,
        printed_name=certificate.printed_name
        if user is not None
        else gettext("Participant"),
        course_title=certificate.course.title,
        issued_at=certificate.issued_at,
        is_valid=certificate.is_valid,
        revoked_at=certificate.revoked_at,
        revoked_reason=certificate.revoked_reason,
        centre_name=centre_name,
    )
