"""Printable A4 sheets of sign-in cards (2 × 4 per page) with a QR code."""

from __future__ import annotations

import io

import segno
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from .services import IssuedCard

COLUMNS, ROWS = 2, 4
MARGIN = 10 * mm


def _qr_image(url: str) -> ImageReader:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=6, border=2)
    buffer.seek(0)
    return ImageReader(buffer)


def sign_in_cards_pdf(*, cards: list[IssuedCard], sign_in_url: str, site: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setTitle(_("Sign-in cards"))
    width, height = A4
    card_w = (width - 2 * MARGIN) / COLUMNS
    card_h = (height - 2 * MARGIN) / ROWS
    qr = _qr_image(sign_in_url)
    for index, card in enumerate(cards):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            pdf.showPage()
        col, row = slot % COLUMNS, slot // COLUMNS
        x = MARGIN + col * card_w
        y = height - MARGIN - (row + 1) * card_h
        pdf.setDash(3, 3)
        pdf.rect(x, y, card_w, card_h)
        pdf.setDash()
        top = y + card_h - 10 * mm
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(x + 6 * mm, top, "Berdaya")
        pdf.setFont("Helvetica", 11)
        pdf.drawString(x + 6 * mm, top - 8 * mm, card.user.public_name[:32])
        pdf.setFont("Helvetica", 9)
        pdf.drawString(
            x + 6 * mm, top - 14 * mm, _("Username: %(u)s") % {"u": card.user.username}
        )
        pdf.drawString(x + 6 * mm, top - 22 * mm, _("One-time code:"))
        pdf.setFont("Courier-Bold", 15)
        pdf.drawString(x + 6 * mm, top - 29 * mm, card.code)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(x + 6 * mm, top - 37 * mm, _("Open: %(url)s") % {"url": site})
        pdf.drawString(x + 6 * mm, top - 42 * mm, _("or scan the QR code."))
        pdf.drawString(
            x + 6 * mm, top - 50 * mm, _("Keep this card private. Code works once.")
        )
        qr_size = 32 * mm
        pdf.drawImage(qr, x + card_w - qr_size - 4 * mm, y + 6 * mm, qr_size, qr_size)
    if not cards:
        pdf.drawString(MARGIN, height - MARGIN - 10 * mm, _("No cards."))
    pdf.save()
    return buffer.getvalue()
