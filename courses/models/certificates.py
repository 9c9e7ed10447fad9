"""Certificates issued for finished courses, and the log of their printed names."""

import re
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage

# Crockford's base 32: digits and capitals without I, L, O and U, so a code read
# off paper cannot be mistyped as a look-alike letter.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 20  # 20 symbols × 5 bits = 100 random bits
CODE_GROUP = 4
_CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_NOT_CODE = re.compile(r"[^0-9A-Z]")
_URL_CODE = re.compile(r"/sertifikat/([^/?#\s]+)", re.IGNORECASE)
CODE_INPUT_MAX = 200


def certificate_code() -> str:
    """20 symbols of Crockford base 32 (100 random bits): not guessable, and
    typed back from paper in any case, with or without spaces and dashes."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def certificate_code_display(code: str) -> str:
    """``7KQ2M9XD…`` → ``7KQ2-M9XD-…`` for reading and typing. Codes of the
    first version (mixed case, with ``-`` and ``_``) are shown as they are."""
    if len(code) != CODE_LENGTH or _NOT_CODE.search(code):
        return code
    return "-".join(code[i : i + CODE_GROUP] for i in range(0, len(code), CODE_GROUP))


def certificate_code_candidates(raw: str) -> list[str]:
    """The stored codes a typed or pasted text may mean: the text as it is
    (codes of the first version are case sensitive) and its normal form
    (capitals, no spaces or dashes, O read as 0 and I or L as 1). A pasted
    verification link counts by its code."""
    text = (raw or "")[:CODE_INPUT_MAX].strip()
    match = _URL_CODE.search(text)
    if match:
        text = match.group(1)
    exact = re.sub(r"\s+", "", text)
    normal = _NOT_CODE.sub("", exact.upper().translate(_CODE_LOOKALIKES))
    return [code for code in dict.fromkeys([exact, normal]) if code]


class Certificate(models.Model):
    """Proof that a learner finished a course. Verifiable by its code.

    Issued with the learner's display name; she confirms the printed name once
    (her display name or her legal name) before the PDF exists. After that only
    a re-issue by staff changes it: the old certificate is revoked, points at
    the new one, and :class:`CertificateNameChange` records every change.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    code = models.CharField(
        _("verification code"), max_length=32, unique=True, default=certificate_code
    )
    printed_name = models.CharField(_("name printed"), max_length=80)
    name_confirmed_at = models.DateTimeField(
        _("name confirmed at"),
        null=True,
        blank=True,
        help_text=_("Empty until the learner chose the printed name."),
    )
    show_centre = models.BooleanField(_("show the centre"), default=False)
    # When the course was completed. A re-issued certificate keeps the date.
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=250, blank=True)
    replaced_by = models.OneToOneField(
        "self",
        verbose_name=_("replaced by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="replaces",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        # Oldest first: a re-issued certificate comes after the one it replaces.
        ordering = ["issued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_one_valid_per_user_course",
            ),
            models.CheckConstraint(
                condition=Q(replaced_by__isnull=True) | Q(revoked_at__isnull=False),
                name="certificate_replaced_is_revoked",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.course} · {self.code}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None

    @property
    def name_is_confirmed(self) -> bool:
        return self.name_confirmed_at is not None

    @property
    def code_display(self) -> str:
        return certificate_code_display(self.code)


class CertificateNameChange(models.Model):
    """One change of a printed name: the learner's choice at issue, or a
    re-issue by staff. Never shown publicly."""

    class Kind(models.TextChoices):
        CHOSEN = "chosen", _("Chosen by the learner at issue")
        REISSUED = "reissued", _("Re-issued by staff")

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.CASCADE,
        related_name="name_changes",
    )
    previous_certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("previous certificate"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now)
    old_name = models.CharField(_("old name"), max_length=80)
    new_name = models.CharField(_("new name"), max_length=80)
    reason = models.CharField(_("reason"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("certificate name change")
        verbose_name_plural = _("certificate name changes")
        ordering = ["changed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.certificate} · {self.old_name} → {self.new_name}"
