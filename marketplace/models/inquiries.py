"""Inquiries and replies."""

from __future__ import annotations

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import (
    MaxValueValidator,
    MinValueValidator,
)
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ._common import phone_validator
from .brands import Brand
from .products import Product


class Inquiry(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        REPLIED = "replied", _("Replied")
        CLOSED = "closed", _("Closed")

    product = models.ForeignKey(
        Product,
        verbose_name=_("product"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    brand = models.ForeignKey(
        Brand,
        verbose_name=_("brand"),
        on_delete=models.CASCADE,
        related_name="inquiries",
    )
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    buyer_name = models.CharField(_("your name"), max_length=80)
    buyer_phone = models.CharField(
        _("phone or WhatsApp"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
    )
    buyer_email = models.EmailField(_("e-mail"), blank=True)
    quantity = models.PositiveIntegerField(
        _("how many"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
    )
    message = models.TextField(_("message"), max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(buyer_phone="") | ~Q(buyer_email=""),
                name="inquiry_has_contact",
            )
        ]

    def __str__(self) -> str:
        return f"{self.product} · {self.created_at:%Y-%m-%d}"

    def clean(self) -> None:
        if not self.buyer_phone and not self.buyer_email:
            raise ValidationError(
                _("Leave a phone number or an e-mail so the seller can answer.")
            )


class InquiryReply(models.Model):
    inquiry = models.ForeignKey(
        Inquiry,
        verbose_name=_("inquiry"),
        on_delete=models.CASCADE,
        related_name="replies",
    )
    message = models.TextField(_("your answer"), max_length=1000)
    emailed = models.BooleanField(_("sent to the buyer"), default=False)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"{self.inquiry_id} · {self.created_at:%Y-%m-%d}"


class InquiryRefusal(models.Model):
    """Questions about a product refused by the limiter, per hour.

    A counter only: no name, phone, address or IP of whoever sent them. The
    seller sees the count of the last 24 hours in the inbox.
    """

    product = models.ForeignKey(
        Product, on_delete=models.CASCADE, related_name="inquiry_refusals"
    )
    hour = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["product", "hour"], name="inquiry_refusal_unique_hour"
            )
        ]

    def __str__(self) -> str:
        return f"{self.product_id} {self.hour}: {self.count}"
