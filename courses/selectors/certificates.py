"""Certificates and their public projection."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext

from accounts.models import User
from accounts.selectors import staff_centre_for

from ..models import (
    Certificate,
    CertificateNameChange,
    certificate_code_candidates,
)
from .assignments import user_is_curriculum_reviewer

# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificates_valid_count() -> int:
    """How many certificates are valid (not revoked), for the home page."""
    return Certificate.objects.filter(revoked_at__isnull=True).count()


def certificates_of(user: User):
    """The learner's own certificates (their PDF, name and settings)."""
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


def certificate_name_options(*, user: User) -> dict[str, str]:
    """The names a learner may print: her display name, and her legal name if
    she gave one that fits on the certificate. Keys are what the form posts."""
    options = {"display": user.public_name[:80]}
    legal = (user.legal_name or "").strip()
    if legal and len(legal) <= 80 and legal != options["display"]:
        options["legal"] = legal
    return options


def certificate_learner_names(*, viewer: User, certificate: Certificate) -> dict:
    """The holder's names as staff correcting a certificate may see them: her
    display name always; her legal name only for staff of her own centre and
    superusers (docs/privacy.md), not for curriculum reviewers."""
    learner = certificate.user
    if learner is None:
        return {"display": "", "legal": ""}
    centre = staff_centre_for(viewer)
    sees_legal = viewer.is_superuser or (
        centre is not None and learner.centre_id == centre.pk
    )
    return {
        "display": learner.public_name,
        "legal": learner.legal_name if sees_legal else "",
    }


def certificate_name_changes(*, certificate: Certificate) -> list:
    """Every change of the printed name along ``certificate``'s chain of
    re-issues, oldest first, for the staff who may re-issue it."""
    chain = {certificate.pk}
    current = certificate
    while True:
        previous = Certificate.objects.filter(replaced_by=current).first()
        if previous is None or previous.pk in chain:
            break
        chain.add(previous.pk)
        current = previous
    return list(
        CertificateNameChange.objects.filter(certificate_id__in=chain).select_related(
            "changed_by", "certificate", "previous_certificate"
        )
    )


@dataclass(frozen=True)
class PublicCertificate:
    """What anyone may see on the verification page: nothing more."""

    code: str
    code_display: str
    printed_name: str
    course_title: str
    issued_at: Any
    is_valid: bool
    revoked_at: Any
    revoked_reason: str
    centre_name: str
    # A re-issued certificate names its successor and hides its old name (a
    # correction may have removed a legal name from view).
    replaced_by_code: str = ""


def certificate_public(*, code: str) -> PublicCertificate | None:
    """The certificate a typed, pasted or linked code means (any case, with
    spaces or dashes), as the public may see it. One query, found or not."""
    candidates = certificate_code_candidates(code)
    if not candidates:
        return None
    certificate = (
        Certificate.objects.filter(code__in=candidates)
        .select_related("course", "user__centre", "replaced_by")
        .first()
    )
    if certificate is None:
        return None
    user = certificate.user
    centre_name = ""
    if user is not None and certificate.show_centre and user.centre is not None:
        centre_name = user.centre.name
    printed_name = (
        certificate.printed_name if user is not None else gettext("Participant")
    )
    replaced_by_code = ""
    if certificate.replaced_by is not None:
        replaced_by_code = certificate.replaced_by.code
        printed_name = ""
        centre_name = ""
    return PublicCertificate(
        code=certificate.code,
        code_display=certificate.code_display,
        printed_name=printed_name,
        course_title=certificate.course.title,
        issued_at=certificate.issued_at,
        is_valid=certificate.is_valid,
        revoked_at=certificate.revoked_at,
        revoked_reason=certificate.revoked_reason,
        centre_name=centre_name,
        replaced_by_code=replaced_by_code,
    )
