"""Certificates: issue, the printed name (chosen once, corrected by re-issue),
settings, revocation, and the per-address limit on code guesses."""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from accounts.models import User
from notices.models import Notice
from notices.services import notify

from .. import selectors
from ..models import (
    Certificate,
    CertificateNameChange,
    CoursePage,
    Enrolment,
)

logger = logging.getLogger(__name__)

# Wrong codes one address may try (look-up form and verification links together)
# before every look-up from it answers 429 for the rest of the window.
LOOKUP_MISSES_PER_IP = 10
LOOKUP_WINDOW_SECONDS = 15 * 60

# ---------------------------------------------------------------------------
# Issue
# ---------------------------------------------------------------------------


def certificate_issue_if_complete(
    *, user: User, course: CoursePage
) -> Certificate | None:
    """Issue the course certificate once every required lesson, quiz and
    assignment is done. A showcase course also needs at least one required
    assignment, accepted by a reviewer: its certificate opens the showcase.

    Exactly once, also when completions race: the unique constraint on the
    valid certificate of (user, course) decides, and the loser reads the
    winner's row. A revoked certificate is not issued again (a re-issue by
    staff is :func:`certificate_reissue`).

    The certificate starts with the learner's display name, not yet confirmed:
    she chooses the printed name once (:func:`certificate_name_confirm`)
    before the PDF exists. It is verifiable from the start.
    """
    existing = Certificate.objects.filter(user=user, course=course).last()
    if existing is not None:
        return existing
    if not Enrolment.objects.filter(user=user, course=course).exists():
        return None
    outline = selectors.course_outline(course=course, user=user)
    if not outline.requirements_met:
        return None
    if course.counts_for_showcase and not any(
        item.page.required and item.accepted for item in outline.assignments
    ):
        return None
    certificate = Certificate(
        user=user, course=course, printed_name=user.public_name[:80]
    )
    certificate.full_clean(validate_constraints=False, validate_unique=False)
    try:
        with transaction.atomic():
            certificate.save()
            notify(
                user=user,
                kind=Notice.Kind.CERTIFICATE_ISSUED,
                key=f"certificate-issued:{certificate.pk}",
                url=reverse("certificate_verify", kwargs={"code": certificate.code}),
                params={"course": course.title},
            )
    except IntegrityError:
        return Certificate.objects.get(
            user=user, course=course, revoked_at__isnull=True
        )
    return certificate


# ---------------------------------------------------------------------------
# The printed name
# ---------------------------------------------------------------------------


class CertificateNameFixed(PermissionDenied):
    """The printed name was chosen already; only staff can re-issue."""


def certificate_name_confirm(
    *, user: User, certificate: Certificate, choice: str
) -> Certificate:
    """The learner fixes the printed name, once: ``choice`` is a key of
    :func:`courses.selectors.certificate_name_options`. Sending the same choice
    again (a double tap) changes nothing; another name after that raises
    :class:`CertificateNameFixed`."""
    if certificate.user_id != user.pk:
        raise PermissionDenied("not your certificate")
    options = selectors.certificate_name_options(user=user)
    if choice not in options:
        raise ValidationError({"choice": _("Choose one of the names.")})
    name = options[choice]
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.name_confirmed_at is not None:
            if locked.printed_name == name:
                return locked
            raise CertificateNameFixed(
                _("The name on this certificate is fixed. Ask your centre to fix it.")
            )
        if not locked.is_valid:
            raise CertificateNameFixed(_("This certificate was revoked."))
        old_name = locked.printed_name
        locked.printed_name = name
        locked.name_confirmed_at = timezone.now()
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["printed_name", "name_confirmed_at"])
        _name_change_log(
            certificate=locked,
            kind=CertificateNameChange.Kind.CHOSEN,
            changed_by=user,
            old_name=old_name,
            new_name=name,
        )
    return locked


def certificate_reissue(
    *, actor: User, certificate: Certificate, printed_name: str, reason: str
) -> Certificate:
    """Correct a printed name: a new certificate with a new code and the new
    name, the same course and completion date; the old one is revoked as
    "re-issued" and its verification page points to the new one.

    Centre staff for their own centre's learners, admins and curriculum
    reviewers for everyone (the same people who may revoke)."""
    if (
        not selectors.certificates_revocable_by(actor)
        .filter(pk=certificate.pk)
        .exists()
    ):
        raise PermissionDenied("may not re-issue this certificate")
    printed_name = " ".join((printed_name or "").split())
    reason = (reason or "").strip()
    errors = {}
    if not printed_name:
        errors["printed_name"] = _("Write the name to print.")
    if not reason:
        errors["reason"] = _("Write the reason.")
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        old = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if not old.is_valid:
            raise ValidationError(
                _("This certificate was revoked: it cannot be re-issued.")
            )
        if old.user_id is None:
            raise ValidationError(
                _("The learner deleted her account: the certificate cannot change.")
            )
        if printed_name == old.printed_name:
            raise ValidationError(
                {"printed_name": _("This is the name printed already.")}
            )
        now = timezone.now()
        with override(settings.LANGUAGE_CODE):
            old.revoked_reason = _("Re-issued")
        old.revoked_at = now
        old.full_clean(validate_unique=False, validate_constraints=False)
        old.save(update_fields=["revoked_at", "revoked_reason"])
        new = Certificate(
            user_id=old.user_id,
            course_id=old.course_id,
            printed_name=printed_name,
            name_confirmed_at=now,
            show_centre=old.show_centre,
            issued_at=old.issued_at,
        )
        new.full_clean(validate_unique=False, validate_constraints=False)
        new.save()
        old.replaced_by = new
        old.save(update_fields=["replaced_by"])
        _name_change_log(
            certificate=new,
            previous=old,
            kind=CertificateNameChange.Kind.REISSUED,
            changed_by=actor,
            old_name=old.printed_name,
            new_name=printed_name,
            reason=reason,
            changed_at=now,
        )
    return new


def _name_change_log(
    *,
    certificate: Certificate,
    kind: str,
    changed_by: User,
    old_name: str,
    new_name: str,
    reason: str = "",
    previous: Certificate | None = None,
    changed_at=None,
) -> CertificateNameChange:
    entry = CertificateNameChange(
        certificate=certificate,
        previous_certificate=previous,
        kind=kind,
        changed_by=changed_by,
        old_name=old_name,
        new_name=new_name,
        reason=reason[:250],
        changed_at=changed_at or timezone.now(),
    )
    entry.full_clean()
    entry.save()
    return entry


# ---------------------------------------------------------------------------
# Settings and revocation
# ---------------------------------------------------------------------------


def certificate_settings_update(
    *, user: User, certificate: Certificate, show_centre: bool
) -> Certificate:
    """The learner decides whether her centre shows. The printed name is not
    a setting: it is fixed at issue (:func:`certificate_name_confirm`)."""
    if certificate.user_id != user.pk:
        raise PermissionDenied("not your certificate")
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        locked.show_centre = bool(show_centre)
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["show_centre"])
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
        if locked.replaced_by_id is not None:
            raise ValidationError(
                _("This certificate was re-issued: revoke the new one instead.")
            )
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["revoked_at", "revoked_reason"])
    return locked


# ---------------------------------------------------------------------------
# Guessing codes
# ---------------------------------------------------------------------------


def _lookup_key(ip: str) -> str:
    # The address is hashed with the secret key: never stored, not even here.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()
    return f"certificate-lookup:{digest[:32]}"


def certificate_lookup_blocked(*, ip: str) -> bool:
    """Has this address tried too many wrong codes in the window?

    When the cache fails we allow the look-up, on purpose: a code holds 100
    random bits, so the limit is a second line of defence, not what keeps codes
    secret, and failing closed would tell every buyer and employer checking a
    real certificate "too many tries" while the cache is down. The failure is
    logged.
    """
    try:
        misses = cache.get(_lookup_key(ip))
    except Exception:
        logger.warning("certificate look-up limit unavailable: cache error")
        return False
    return (misses or 0) >= LOOKUP_MISSES_PER_IP


def certificate_lookup_miss_record(*, ip: str) -> None:
    """Count one wrong code for this address (allowed if the cache fails, see
    :func:`certificate_lookup_blocked`)."""
    key = _lookup_key(ip)
    try:
        if not cache.add(key, 1, LOOKUP_WINDOW_SECONDS):
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, LOOKUP_WINDOW_SECONDS)
    except Exception:
        logger.warning("certificate look-up limit unavailable: cache error")
