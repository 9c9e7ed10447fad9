"""QR label sheets for packaging: A4, 3 x 7 labels, each with a QR code.

A label only ever points at a page buyers can open: ``label_target`` gives the
product's public page, or ``None`` while the product is not public (the label
page then says so instead of printing a code that would lead to a 404).
"""

from __future__ import annotations

import io

import segno
from django.urls import reverse
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from home.money import format_rupiah

from .models import Product

COLUMNS, ROWS = 3, 7
LABEL_W, LABEL_H = 63.5 * mm, 38.1 * mm  # the common 21-per-sheet label paper
MARGIN_X = (A4[0] - COLUMNS * LABEL_W) / 2
MARGIN_Y = (A4[1] - ROWS * LABEL_H) / 2
QR_SIZE = 30 * mm


def _fit(pdf: canvas.Canvas, text: str, font: str, size: float, width: float) -> str:
    while text and pdf.stringWidth(text, font, size) > width:
        text = text[:-2] + "…"
    return text


def label_target(*, product: Product) -> str | None:
    """The path a product's QR code opens, or ``None`` while buyers cannot see
    it (``Product.is_public``, the rule of ``Product.objects.public()``)."""
    if not product.is_public:
        return None
    return reverse(
        "marketplace:product_detail", args=[product.brand.slug, product.slug]
    )


def label_sheet_pdf(
    *,
    brand_name: str,
    product_name: str,
    price: int | None,
    unit: str,
    url: str,
    count: int,
) -> io.BytesIO:
    """The PDF as a file object; the product URL is in every QR code, printed
    under it, and a link on the label."""
    qr_png = io.BytesIO()
    segno.make(url, error="m").save(qr_png, kind="png", scale=8, border=1)
    qr_png.seek(0)
    qr_image = ImageReader(qr_png)

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0)
    pdf.setTitle(f"{brand_name} - {product_name}")
    pdf.setAuthor("Berdaya")
    text_width = LABEL_W - QR_SIZE - 8 * mm
    for index in range(count):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            pdf.showPage()
        column, row = slot % COLUMNS, slot // COLUMNS
        x = MARGIN_X + column * LABEL_W
        y = A4[1] - MARGIN_Y - (row + 1) * LABEL_H
        pdf.setStrokeColorRGB(0.85, 0.85, 0.85)
        pdf.rect(x, y, LABEL_W, LABEL_H)
        qr_x = x + LABEL_W - QR_SIZE - 2 * mm
        qr_y = y + (LABEL_H - QR_SIZE) / 2 + 2 * mm
        pdf.drawImage(qr_image, qr_x, qr_y, QR_SIZE, QR_SIZE)
        pdf.linkURL(url, (qr_x, qr_y, qr_x + QR_SIZE, qr_y + QR_SIZE))
        left = x + 3 * mm
        pdf.setFillColorRGB(0.04, 0.43, 0.31)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(
            left,
            y + LABEL_H - 9 * mm,
            _fit(pdf, brand_name, "Helvetica-Bold", 11, text_width),
        )
        pdf.setFillColorRGB(0.11, 0.17, 0.14)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(
            left,
            y + LABEL_H - 15 * mm,
            _fit(pdf, product_name, "Helvetica", 9, text_width),
        )
        if price is not None:
            pdf.setFont("Helvetica-Bold", 10)
            pdf.drawString(
                left, y + LABEL_H - 22 * mm, f"{format_rupiah(price)} / {unit}"
            )
        pdf.setFont("Helvetica", 5.5)
        pdf.drawString(
            left, y + 3 * mm, _fit(pdf, url, "Helvetica", 5.5, LABEL_W - 6 * mm)
        )
    pdf.save()
    buffer.seek(0)
    return buffer
