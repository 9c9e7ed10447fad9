"""Indonesian phone numbers: one normal form (E.164) for every way people write them."""

from __future__ import annotations

import phonenumbers
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_REGION = "ID"

INVALID_PHONE = _("Enter a valid Indonesian phone number, for example 0812 3456 7890.")


def phone_normalise(value: str) -> str:
    """Return ``value`` as E.164 (``+6281234567890``) or raise ValidationError.

    ``0812…``, ``+62 812…``, ``62812…`` and ``0812-3456-7890`` are the same number.
    """
    raw = (value or "").strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not digits:
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    if not raw.startswith("+") and digits.startswith("62"):
        raw = "+" + digits
    try:
        number = phonenumbers.parse(raw, DEFAULT_REGION)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(INVALID_PHONE, code="invalid_phone") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(INVALID_PHONE, code="invalid_phone")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_mask(value: str) -> str:
    """A number safe for logs: ``+62812******90``."""
    value = str(value or "")
    if len(value) <= 6:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 8) + value[-2:]


def phone_display(value: str) -> str:
    """The national way Indonesians read a number: ``0812-3456-7890``."""
    try:
        number = phonenumbers.parse(str(value), DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        return str(value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
