"""A learner's or seller's own money records: the cash book and saved costings.

Only their owner ever reads them (selectors scope every query by user).
Amounts are whole rupiah.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class CashEntry(models.Model):
    class Kind(models.TextChoices):
        IN = "in", _("Money in")
        OUT = "out", _("Money out")

    class Category(models.TextChoices):
        SALES = "sales", _("Sales")
        MATERIALS = "materials", _("Materials and packaging")
        SHIPPING = "shipping", _("Transport and shipping")
        EQUIPMENT = "equipment", _("Tools and equipment")
        WAGES = "wages", _("Wages")
        CAPITAL = "capital", _("Own money put in")
        HOUSEHOLD = "household", _("Taken for the household")
        OTHER = "other", _("Other")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cash_entries"
    )
    date = models.DateField(_("date"))
    kind = models.CharField(_("in or out"), max_length=3, choices=Kind.choices)
    amount = models.PositiveBigIntegerField(_("amount (Rp)"))
    category = models.CharField(
        _("category"), max_length=12, choices=Category.choices, default=Category.OTHER
    )
    note = models.CharField(_("note"), max_length=120, blank=True)
    # The form's one-time token (and the line, for a batch saved from a
    # lesson): a double tap stores the entry once.
    token = models.UUIDField(null=True, blank=True, editable=False)
    token_line = models.PositiveSmallIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["date", "created_at", "pk"]
        verbose_name = _("cash book entry")
        verbose_name_plural = _("cash book entries")
        indexes = [models.Index(fields=["user", "date"])]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "token", "token_line"],
                condition=Q(token__isnull=False),
                name="business_cashentry_once_per_token",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.kind} {self.amount}"

    @property
    def signed_amount(self) -> int:
        return self.amount if self.kind == self.Kind.IN else -self.amount


class Costing(models.Model):
    """A saved HPP calculation for one product idea."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="costings"
    )
    name = models.CharField(_("product idea"), max_length=80)
    material = models.PositiveBigIntegerField(_("materials and packaging (Rp)"))
    labour = models.PositiveBigIntegerField(_("labour (Rp)"), default=0)
    overhead = models.PositiveBigIntegerField(_("other costs (Rp)"), default=0)
    units = models.PositiveIntegerField(_("pieces per batch"))
    markup = models.PositiveSmallIntegerField(_("markup on HPP (%)"), default=30)
    marketplace_fee = models.PositiveSmallIntegerField(
        _("marketplace fee (%)"), default=10
    )
    shipping = models.PositiveBigIntegerField(_("shipping per piece (Rp)"), default=0)
    fixed_costs = models.PositiveBigIntegerField(
        _("fixed costs per month (Rp)"), default=0
    )
    token = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("saved costing")
        verbose_name_plural = _("saved costings")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "token"],
                condition=Q(token__isnull=False),
                name="business_costing_once_per_token",
            ),
        ]

    def __str__(self) -> str:
        return self.name
