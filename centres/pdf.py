"""Printable A4 sheets of sign-in cards (2 × 4 per page) with a QR code."""

from __future__ import annotations

import io

import segno
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from accounts.services import CODE_VALID_DAYS
from home.pdf_fonts import TextItem, draw_lines, flow_text, unicode_fonts

from .services import IssuedCard

COLUMNS, ROWS = 2, 4
MARGIN = 10 * mm
PADDING = 6 * mm  # text from the card's edges
QR_SIZE = 32 * mm  # the whole image, quiet zone included
QR_QUIET_ZONE = 4  # modules (ISO/IEC 18004)
QR_INSET = 4 * mm  # from the card's top and right edge
TEXT_GAP = 2 * mm  # text from the QR image
CARD_W = (A4[0] - 2 * MARGIN) / COLUMNS
CARD_H = (A4[1] - 2 * MARGIN) / ROWS


def _qr_image(url: str) -> ImageReader:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=QR_QUIET_ZONE)
    buffer.seek(0)
    return ImageReader(buffer)


def qr_box(x: float, y: float) -> tuple[float, float, float, float]:
    """The QR image of the card at (x, y): left, bottom, right, top."""
    left = x + CARD_W - QR_INSET - QR_SIZE
    top = y + CARD_H - QR_INSET
    return left, top - QR_SIZE, left + QR_SIZE, top


def _card_text(card: IssuedCard, site: str) -> list[TextItem]:
    regular, bold = unicode_fonts()
    return [
        TextItem("Berdaya", bold, 13),
        TextItem(card.user.public_name, bold, 11, max_lines=3, space_before=4),
        TextItem(
            _("Username: %(u)s") % {"u": card.user.username},
            regular,
            9,
            max_lines=3,
            space_before=3,
        ),
        TextItem(_("One-time code:"), regular, 9, space_before=5),
        TextItem(card.code, bold, 15, space_before=2),
        TextItem(_("Open: %(url)s") % {"url": site}, regular, 8, 2, space_before=6),
        TextItem(_("or scan the QR code."), regular, 8),
        TextItem(
            _("Keep this card private. The code works once, within %(days)s days.")
            % {"days": CODE_VALID_DAYS},
            regular,
            8,
            max_lines=2,
            space_before=3,
        ),
    ]


def sign_in_cards_pdf(*, cards: list[IssuedCard], sign_in_url: str, site: str) -> bytes:
    regular, _bold = unicode_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=regular)
    pdf.setTitle(_("Sign-in cards"))
    width, height = A4
    qr = _qr_image(sign_in_url)
    for index, card in enumerate(cards):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            pdf.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        x = MARGIN + col * CARD_W
        y = height - MARGIN - (row + 1) * CARD_H
        pdf.setDash(3, 3)
        pdf.rect(x, y, CARD_W, CARD_H)
        pdf.setDash()
        qr_left, qr_bottom, _qr_right, _qr_top = qr_box(x, y)
        pdf.drawImage(qr, qr_left, qr_bottom, QR_SIZE, QR_SIZE)

        def width_at(line_top, line_bottom, x=x, qr_left=qr_left, qr_bottom=qr_bottom):
            if line_bottom > qr_bottom - TEXT_GAP:
                return qr_left - TEXT_GAP - (x + PADDING)
            return CARD_W - 2 * PADDING

        draw_lines(
            pdf,
            flow_text(
                _card_text(card, site),
                x=x + PADDING,
                top=y + CARD_H - PADDING,
                bottom=y + PADDING / 2,
                width_at=width_at,
            ),
        )
    if not cards:
        pdf.setFont(regular, 11)
        pdf.drawString(MARGIN, height - MARGIN - 10 * mm, _("No cards."))
    pdf.save()
    return buffer.getvalue()
