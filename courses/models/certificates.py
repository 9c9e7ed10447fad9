"""Certificates issued for finished courses."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage


def certificate_code() -> str:
    """22 URL-safe characters: 128 random bits, not guessable."""
    return secrets.token_urlsafe(16)


class Certificate(models.Model):
    """Proof that a learner finished a course. Verifiable by its code."""

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
    show_centre = models.BooleanField(_("show the centre"), default=False)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.CharField(_("reason"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="certificate_unique_user_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.course} · {self.code}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
