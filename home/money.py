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
# Spoken shorthand: "25rb", "25 ribu", "25k", "1,5jt", "1.5 juta".
_SHORTHAND = re.compile(
    r"^(?P<number>\d+(?:[.,]\d+)?)(?P<unit>rb|ribu|k|jt|juta)$", re.ASCII
)
_UNITS = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}


def parse_rupiah(raw: object) -> Decimal:
    """Whole rupiah from ``25000``, ``25.000``, ``25,000`` or ``Rp 25.000``,
    and from the shorthand people say: ``25rb``, ``25 ribu``, ``25k``, ``1,5jt``,
    ``1.5 juta`` (a comma or a dot before the unit is a decimal point).

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
    shorthand = _SHORTHAND.match(text.lower())
    if shorthand:
        return _from_shorthand(shorthand["number"], shorthand["unit"])
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


def _from_shorthand(number: str, unit: str) -> Decimal:
    if _GROUPED.match(number):
        value = Decimal(number.replace(".", "").replace(",", ""))
    else:
        value = Decimal(number.replace(",", "."))
    amount = value * _UNITS[unit]
    if amount != amount.to_integral_value():
        raise ValidationError(
            _("Write whole rupiah without cents, for example 25.000."),
            code="fraction",
        )
    return amount.quantize(Decimal("1"))


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
