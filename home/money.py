"""Rupiah: parse what people type, show it the Indonesian way (``Rp 25.000``)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+(,\d+)?$")
_PLAIN = re.compile(r"^\d+(,\d+)?$")
_PLAIN_DOT_DECIMAL = re.compile(r"^\d+\.\d{1,2}$")


def parse_rupiah(raw: object, *, allow_fraction: bool = False) -> Decimal:
    """Parse ``25000``, ``25.000``, ``Rp 25.000`` or ``Rp25.000,50``.

    Dots group thousands and a comma starts the fraction, as written in
    Indonesia. Scientific notation, negatives and letters are refused.
    """
    if raw is None:
        raise ValidationError(_("Enter a number."), code="required")
    text = str(raw).strip()
    if not text:
        raise ValidationError(_("Enter a number."), code="required")
    text = re.sub(r"^rp\.?\s*", "", text, flags=re.IGNORECASE).replace(" ", "")
    if text.startswith("-"):
        raise ValidationError(_("The number cannot be negative."), code="negative")
    if _GROUPED.match(text) or _PLAIN.match(text):
        normalised = text.replace(".", "").replace(",", ".")
    elif _PLAIN_DOT_DECIMAL.match(text) and allow_fraction:
        normalised = text
    else:
        raise ValidationError(
            _("Write only a number, for example 25000 or 25.000."), code="invalid"
        )
    try:
        value = Decimal(normalised)
    except InvalidOperation as exc:  # pragma: no cover - regex guards this
        raise ValidationError(_("Write only a number."), code="invalid") from exc
    if not allow_fraction and value != value.to_integral_value():
        raise ValidationError(
            _("Write whole rupiah without cents, for example 25.000."), code="fraction"
        )
    return value


def format_rupiah(value: object) -> str:
    """``25000`` → ``Rp 25.000`` (rounded to whole rupiah, no decimals)."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(str(value)).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
    except (InvalidOperation, ValueError):
        return ""
    sign = "-" if amount < 0 else ""
    grouped = f"{abs(int(amount)):,}".replace(",", ".")
    return f"{sign}Rp {grouped}"
