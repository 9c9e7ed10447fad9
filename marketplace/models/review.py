"""The review log."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .brands import Brand
from .products import Product


class ReviewLog(models.Model):
    """Who decided what about a brand or product, with the checklist."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("Approved")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        SUSPENDED = "suspended", _("Suspended")
        CENTRE_CONFIRMED = "centre_confirmed", _("Confirmed by the centre")

    brand = models.ForeignKey(
        Brand,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_logs",
    )
    product = models.ForeignKey(
        Product,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="review_logs",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision = models.CharField(max_length=20, choices=Decision.choices)
    checklist = models.JSONField(default=list, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} · {self.created_at:%Y-%m-%d}"
