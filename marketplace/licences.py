"""Checking the licence numbers a seller types (P-IRT and halal).

Only what the published rules confirm is checked (docs/marketplace.md, "Licence
numbers", lists the sources):

- **P-IRT** (the number on an SPP-IRT, BPOM rules of 2012 and Peraturan BPOM
  No. 22 Tahun 2018): at least 15 digits, written ``1234567890123-45``. Digit 1
  is the packaging code (1 to 8), digits 14 and 15 the year the licence ends.
  Spaces, dots, dashes and a prefix ("P-IRT No.", "No. PIRT:", "Nomor
  SPP-IRT") are allowed around them.
- **Halal certificate** from BPJPH: "ID" followed by digits. The exact number
  of digits is not published in a source we could confirm, so between 10 and
  20 digits are accepted.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PIRT_EXAMPLE = "2063302010123-29"
HALAL_EXAMPLE = "ID31110000123450124"

# "No." or "Nomor" may come before or after the name ("No. PIRT: ...", "P-IRT
# No. ..."), the name may be the certificate's (SPP-IRT); "Nomor" is tried
# before "No" so that it is taken whole.
_PIRT_PREFIX = re.compile(
    r"^\s*(?:(?:Nomor|No\.?)\s*)?(?:(?:S\s*P\s*)?P\s*[-.]?\s*IRT)?"
    r"\s*(?:Nomor|No\.?)?\s*:?\s*",
    re.I,
)
_PIRT_BODY = re.compile(r"^[\d\s.\-]+$")
_HALAL = re.compile(r"^ID\d{10,20}$")


def pirt_digits(value: str) -> str:
    """The digits of a P-IRT number, without prefix and separators."""
    body = _PIRT_PREFIX.sub("", value or "", count=1)
    if not _PIRT_BODY.match(body):
        return ""
    return re.sub(r"\D", "", body)


def validate_pirt_number(value: str) -> None:
    if not value:
        return
    digits = pirt_digits(value)
    if not (15 <= len(digits) <= 20) or digits[0] not in "12345678":
        raise ValidationError(
            _(
                "A P-IRT number has 15 digits, for example %(example)s. Copy it "
                "from your SPP-IRT."
            ),
            code="pirt_format",
            params={"example": PIRT_EXAMPLE},
        )


def halal_normalise(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "").upper()


def validate_halal_number(value: str) -> None:
    if not value:
        return
    if not _HALAL.match(halal_normalise(value)):
        raise ValidationError(
            _(
                "A halal certificate number starts with ID and then digits, for "
                "example %(example)s. Copy it from your certificate from BPJPH."
            ),
            code="halal_format",
            params={"example": HALAL_EXAMPLE},
        )
