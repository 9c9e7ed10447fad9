"""Certificate issue, settings and revocation."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User

from .. import selectors
from ..models import (
    Certificate,
    CoursePage,
    Enrolment,
)

# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificate_issue_if_complete(
    *, user: User, course: CoursePage
) -> Certificate | None:
    """Issue the course certificate once every required lesson, quiz and
    assignment is done. Exactly once, also when completions race: the unique
    (user, course) constraint decides, and the loser reads the winner's row.
    A revoked certificate is not re-issued."""
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not Enrolment.objects.filter(user=user, course=course).exists():
        return None
    outline = selectors.course_outline(course=course, user=user)
    if not outline.requirements_met:
        return None
    certificate = Certificate(
        user=user, course=course, printed_name=user.public_name[:80]
    )
    certificate.full_clean(validate_constraints=False, validate_unique=False)
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        return Certificate.objects.get(user=user, course=course)
    return certificate


def certificate_settings_update(
    *, user: User, certificate: Certificate, printed_name: str, show_centre: bool
) -> Certificate:
    """The learner decides the printed name and whether their centre shows."""
    if certificate.user_id != user.pk:
        raise PermissionDenied("not your certificate")
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        locked.printed_name = printed_name.strip()
        locked.show_centre = bool(show_centre)
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["printed_name", "show_centre"])
    return locked


def certificate_revoke(
    *, actor: User, certificate: Certificate, reason: str
) -> Certificate:
    """Staff withdraw a certificate with a reason the verification page shows."""
    if (
        not selectors.certificates_revocable_by(actor)
        .filter(pk=certificate.pk)
        .exists()
    ):
        raise PermissionDenied("may not revoke this certificate")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"revoked_reason": _("Write the reason.")})
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["revoked_at", "revoked_reason"])
    return locked
