"""The one-page month PDF of the cash book (ReportLab, no network).

The font names are the module constants below, in one place, so a Unicode
TrueType font can replace the built-in Helvetica by changing them here.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from home.money import format_rupiah

from .selectors import CashMonth

FONT_REGULAR = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
GREEN = colors.HexColor("#0b6e4f")
# Rows tried on one A4 page below the summary; when long notes make them
# overflow, fewer are drawn until the month fits one page. The rest are counted
# in a closing line that points to the CSV file.
MAX_ROWS = 40
ROWS_STEP = 5


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "–"), style)


def month_pdf(*, book: CashMonth, owner_name: str) -> bytes:
    """The month on one A4 page: summary, then as many entries as fit."""
    rows = MAX_ROWS
    while True:
        data, pages = _month_pdf(book=book, owner_name=owner_name, max_rows=rows)
        if pages == 1 or rows <= ROWS_STEP:
            return data
        rows -= ROWS_STEP


def _month_pdf(*, book: CashMonth, owner_name: str, max_rows: int) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    month_label = date_format(book.month.first_day, "F Y")
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=_("Cash book %(month)s") % {"month": month_label},
        author="Berdaya",
    )
    title = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=16, leading=20)
    meta = ParagraphStyle(
        "meta", fontName=FONT_REGULAR, fontSize=9, textColor="#4a5a52"
    )
    cell = ParagraphStyle("cell", fontName=FONT_REGULAR, fontSize=8, leading=10)
    head = ParagraphStyle(
        "head", fontName=FONT_BOLD, fontSize=8, leading=10, textColor=colors.white
    )

    summary = Table(
        [
            [_("Balance at the start"), format_rupiah(book.opening)],
            [_("Money in"), format_rupiah(book.total_in)],
            [_("Money out"), format_rupiah(book.total_out)],
            [_("Profit this month"), format_rupiah(book.profit)],
            [_("Balance at the end"), format_rupiah(book.closing)],
        ],
        colWidths=[60 * mm, 40 * mm],
    )
    summary.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR),
                ("FONTNAME", (0, 3), (-1, 3), FONT_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 2), (-1, 2), 0.5, GREEN),
            ]
        )
    )
    rows = [
        [
            _para(_("Date"), head),
            _para(_("Note"), head),
            _para(_("Category"), head),
            _para(_("In"), head),
            _para(_("Out"), head),
            _para(_("Balance"), head),
        ]
    ]
    for line in book.lines[:max_rows]:
        entry = line.entry
        is_in = entry.kind == entry.Kind.IN
        rows.append(
            [
                date_format(entry.date, "d/m"),
                _para(entry.note, cell),
                _para(str(entry.get_category_display()), cell),
                format_rupiah(entry.amount) if is_in else "",
                "" if is_in else format_rupiah(entry.amount),
                format_rupiah(line.balance),
            ]
        )
    table = Table(
        rows,
        colWidths=[14 * mm, 64 * mm, 34 * mm, 23 * mm, 23 * mm, 24 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), GREEN),
                ("FONTNAME", (0, 1), (-1, -1), FONT_REGULAR),
                ("FONTSIZE", (0, 1), (-1, -1), 8),
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#c9d6cf")),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    story = [
        _para(_("Cash book %(month)s") % {"month": month_label}, title),
        _para(owner_name, meta),
        Spacer(1, 4 * mm),
        summary,
        Spacer(1, 5 * mm),
    ]
    if book.lines:
        story.append(table)
    else:
        story.append(_para(_("No entries this month."), cell))
    hidden = len(book.lines) - max_rows
    if hidden > 0:
        story += [
            Spacer(1, 2 * mm),
            _para(
                ngettext(
                    "%(count)s more entry is in the CSV file of this month.",
                    "%(count)s more entries are in the CSV file of this month.",
                    hidden,
                )
                % {"count": hidden},
                meta,
            ),
        ]
    doc.build(story)
    return buffer.getvalue(), doc.page
