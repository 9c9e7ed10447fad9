"""Rupiah: parse what people type, show it the Indonesian way (``Rp 25.000``)."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_DIGITS = re.compile(r"^\d+$", re.ASCII)
# Thousands grouped with dots (Indonesian) or with commas (as phones and
# spreadsheets in English write them): a separator always has three digits after it.
_GROUPED = re.compile(r"^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$", re.ASCII)
_SEPARATED = re.compile(r"^\d+(?:[.,]\d+)+$", re.ASCII)


def parse_rupiah(raw: object) -> Decimal:
    """Whole rupiah from ``25000``, ``25.000``, ``25,000`` or ``Rp 25.000``.

    A dot or a comma followed by exactly three digits groups thousands, so
    ``25,000`` and ``25.000`` are both twenty-five thousand. Anything else after
    a separator would be cents (``25,50``, ``25.5``): rupiah are whole, so it is
    refused with an example of how to write the amount, never guessed. Mixed or
    uneven grouping, scientific notation, negatives and letters are refused.
    """
    if raw is None:
        raise ValidationError(_("Enter a number."), code="required")
    text = str(raw).strip()
    if not text:
        raise ValidationError(_("Enter a number."), code="required")
    text = re.sub(r"^rp\.?\s*", "", text, flags=re.IGNORECASE).replace(" ", "")
    if text.startswith("-"):
        raise ValidationError(_("The number cannot be negative."), code="negative")
    if _DIGITS.match(text) or _GROUPED.match(text):
        return Decimal(text.replace(".", "").replace(",", ""))
    if _SEPARATED.match(text) and len(re.split(r"[.,]", text)[-1]) != 3:
        raise ValidationError(
            _("Write whole rupiah without cents, for example 25.000."),
            code="fraction",
        )
    raise ValidationError(
        _("Write only a number, for example 25000 or 25.000."), code="invalid"
    )


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
