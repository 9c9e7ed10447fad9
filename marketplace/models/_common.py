"""Limits, validators and review statuses shared by the showcase models."""

from __future__ import annotations

from django.core.validators import (
    RegexValidator,
)
from django.db import models
from django.utils.translation import gettext_lazy as _

PRICE_MIN = 1
PRICE_MAX = 1_000_000_000
MAX_PHOTOS = 8
instagram_validator = RegexValidator(
    r"^[A-Za-z0-9._]{1,30}$",
    _("Write only the Instagram name, for example dapurbusari."),
)


phone_validator = RegexValidator(
    r"^\+?[0-9 \-]{8,20}$",
    _("Write a phone number, for example 0812 3456 7890."),
)


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
