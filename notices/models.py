"""Notices: what happened for a person, kept in-app and sent by SMS or e-mail.

A :class:`Notice` is one event for one person (``key`` makes it unique, so a
retried task or an event seen twice makes one notice). Its title and text are
written once, in her language, when it is made. ``sms_state`` and
``email_state`` say what happened on each channel.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notice(models.Model):
    class Kind(models.TextChoices):
        ASSIGNMENT_ACCEPTED = "assignment_accepted", _("Assignment accepted")
        ASSIGNMENT_REVISION = "assignment_revision", _("Assignment needs changes")
        CERTIFICATE_ISSUED = "certificate_issued", _("Certificate issued")
        BRAND_APPROVED = "brand_approved", _("Brand approved")
        BRAND_CHANGES = "brand_changes", _("Brand needs changes")
        PRODUCT_APPROVED = "product_approved", _("Product approved")
        PRODUCT_CHANGES = "product_changes", _("Product needs changes")
        INQUIRY_NEW = "inquiry_new", _("New question from a buyer")
        REMINDER = "reminder", _("Reminder to keep learning")

    class State(models.TextChoices):
        NONE = "", _("not chosen")
        QUEUED = "queued", _("queued")
        DEFERRED = "deferred", _("waiting for the morning")
        SENT = "sent", _("sent")
        CAPPED = "capped", _("not sent: daily limit reached")
        FAILED = "failed", _("not sent")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notices",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    key = models.CharField(_("event key"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=160)
    text = models.CharField(_("text"), max_length=300)
    url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    sms_state = models.CharField(
        _("SMS"), max_length=10, choices=State.choices, blank=True, default=""
    )
    sms_sent_at = models.DateTimeField(_("SMS sent at"), null=True, blank=True)
    email_state = models.CharField(
        _("e-mail"), max_length=10, choices=State.choices, blank=True, default=""
    )
    email_sent_at = models.DateTimeField(_("e-mail sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("notice")
        verbose_name_plural = _("notices")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return f"{self.kind} → {self.user_id}"


class NoticeSettings(models.Model):
    """The channels a person chose. In-app notices are always kept; SMS goes
    only to a verified phone number, e-mail only to an address she has."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="notice_settings",
    )
    sms = models.BooleanField(_("send me an SMS"), default=True)
    email = models.BooleanField(_("send me an e-mail"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("notice settings")
        verbose_name_plural = _("notice settings")

    def __str__(self) -> str:
        return f"{self.user_id}: sms={self.sms} email={self.email}"
