"""PDF documents for learners, drawn with ReportLab (pip only, no network)."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

import segno
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from home.pdf_fonts import size_to_fit, unicode_fonts

from .models import BusinessPlan, Certificate

GREEN = colors.HexColor("#0b6e4f")


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "–").replace("\n", "<br/>"), style)


def business_plan_pdf(*, plan: BusinessPlan, owner_name: str) -> bytes:
    """A one-page A4 business model canvas."""
    regular, bold = unicode_fonts()
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
        initialFontName=regular,
    )
    title = ParagraphStyle("title", fontName=bold, fontSize=18, leading=22)
    meta = ParagraphStyle("meta", fontName=regular, fontSize=9, textColor="#4a5a52")
    head = ParagraphStyle(
        "head", fontName=bold, fontSize=10, textColor=GREEN, leading=13
    )
    body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)

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
                ("FONTNAME", (0, 0), (-1, -1), regular),
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


def _draw_qr(pdf, data: str, *, x: float, y: float, size: float) -> None:
    """A QR code drawn as vector squares (segno computes it; no image files)."""
    qr = segno.make(data, error="m")
    matrix = [list(row) for row in qr.matrix]
    count = len(matrix)
    border = 2
    module = size / (count + 2 * border)
    pdf.setFillColor(colors.white)
    pdf.rect(x, y, size, size, stroke=0, fill=1)
    pdf.setFillColor(colors.black)
    for row_index, row in enumerate(matrix):
        for col_index, dark in enumerate(row):
            if dark:
                pdf.rect(
                    x + (col_index + border) * module,
                    y + size - (row_index + border + 1) * module,
                    module,
                    module,
                    stroke=0,
                    fill=1,
                )


def certificate_pdf(
    *, certificate: Certificate, verify_url: str, lookup_url: str = ""
) -> bytes:
    """An A4 landscape certificate with a QR code to the verification page,
    and the code to type at the look-up page (``lookup_url``) without a camera.

    Shows only the printed name the learner chose; never the legal name or
    (unless the learner opted in) the centre.
    """
    regular, bold = unicode_fonts()
    buffer = io.BytesIO()
    size = landscape(A4)
    width, height = size
    pdf = canvas.Canvas(buffer, pagesize=size, initialFontName=regular)
    pdf.setTitle(_("Certificate"))
    pdf.setAuthor("Berdaya")
    pdf.setStrokeColor(GREEN)
    pdf.setLineWidth(4)
    pdf.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    pdf.setLineWidth(1)
    pdf.rect(16 * mm, 16 * mm, width - 32 * mm, height - 32 * mm)

    pdf.setFillColor(GREEN)
    pdf.setFont(bold, 16)
    pdf.drawCentredString(width / 2, height - 38 * mm, "BERDAYA")
    line_width = width - 50 * mm

    def centred(text: str, font: str, size: float, y: float) -> None:
        pdf.setFont(font, size_to_fit(text, font, size, line_width))
        pdf.drawCentredString(width / 2, y, text)

    centred(_("Certificate of completion"), bold, 34, height - 58 * mm)
    pdf.setFillColor(colors.HexColor("#1d2b24"))
    centred(_("This certifies that"), regular, 14, height - 76 * mm)
    centred(certificate.printed_name, bold, 28, height - 92 * mm)
    centred(_("has completed the course"), regular, 14, height - 108 * mm)
    centred(certificate.course.title, bold, 22, height - 122 * mm)
    pdf.setFont(regular, 12)
    issued = date_format(timezone.localtime(certificate.issued_at), "j F Y")
    pdf.drawCentredString(
        width / 2,
        height - 136 * mm,
        _("Lessons, quiz and practical work completed · %(date)s") % {"date": issued},
    )
    if certificate.show_centre and certificate.user and certificate.user.centre:
        pdf.drawCentredString(
            width / 2,
            height - 144 * mm,
            _("Learned at %(centre)s") % {"centre": certificate.user.centre.name},
        )

    qr_size = 38 * mm
    _draw_qr(pdf, verify_url, x=width - 26 * mm - qr_size, y=24 * mm, size=qr_size)
    pdf.setFont(regular, 9)
    pdf.setFillColor(colors.HexColor("#4a5a52"))
    pdf.drawString(26 * mm, 34 * mm, _("Check this certificate:"))
    pdf.drawString(26 * mm, 29 * mm, verify_url)
    code_line = _("Code: %(code)s") % {"code": certificate.code_display}
    if lookup_url:
        code_line = _("Code: %(code)s (type it at %(url)s)") % {
            "code": certificate.code_display,
            "url": lookup_url,
        }
    pdf.drawString(26 * mm, 24 * mm, code_line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
