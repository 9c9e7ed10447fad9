"""PDF documents for learners, drawn with ReportLab (pip only, no network)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .models import BusinessPlan

GREEN = colors.HexColor("#0b6e4f")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "–").replace("\n", "<br/>"), style)


def business_plan_pdf(*, plan: BusinessPlan, owner_name: str) -> bytes:
    """A one-page A4 business model canvas."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=_("Business plan"),
        author="Berdaya",
    )
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=18, leading=22)
    meta = ParagraphStyle("meta", fontName="Helvetica", fontSize=9, textColor="#4a5a52")
    head = ParagraphStyle(
        "head", fontName="Helvetica-Bold", fontSize=10, textColor=GREEN, leading=13
    )
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5)

    def cell(label: str, value: str) -> list:
        return [_para(label, head), Spacer(1, 2 * mm), _para(value, body)]

    grid = [
        [cell(_("Product"), plan.product), cell(_("Customers"), plan.customers)],
        [
            cell(_("Why customers choose you"), plan.value),
            cell(_("How you sell"), plan.channels),
        ],
        [cell(_("Costs"), plan.costs), cell(_("Price"), plan.price)],
    ]
    table = Table(grid, colWidths=[90 * mm, 90 * mm], rowHeights=[75 * mm] * 3)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.8, GREEN),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    story = [
        _para(plan.business_name or _("My business plan"), title),
        Spacer(1, 2 * mm),
        _para(
            _("%(name)s · updated %(date)s · Berdaya")
            % {
                "name": owner_name,
                "date": date_format(timezone.localtime(plan.updated_at), "j F Y"),
            },
            meta,
        ),
        Spacer(1, 6 * mm),
        table,
    ]
    doc.build(story)
    return buffer.getvalue()
