"""QR label sheets for packaging: A4, 3 x 7 labels, each with a QR code.

A label only ever points at a page buyers can open: ``label_target`` gives the
product's public page, or ``None`` while the product is not public (the label
page then says so instead of printing a code that would lead to a 404).
"""

from __future__ import annotations

import io
from dataclasses import replace

import segno
from django.urls import reverse
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from home.money import format_rupiah
from home.pdf_fonts import TextItem, draw_lines, flow_text, unicode_fonts

from .models import Product

COLUMNS, ROWS = 3, 7
LABEL_W, LABEL_H = 63.5 * mm, 38.1 * mm  # the common 21-per-sheet label paper
MARGIN_X = (A4[0] - COLUMNS * LABEL_W) / 2
MARGIN_Y = (A4[1] - ROWS * LABEL_H) / 2
QR_SIZE = 27 * mm  # the whole image, quiet zone included
QR_QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)
QR_INSET = 2 * mm  # from the label's top and right edge
PADDING = 2 * mm  # text from the label's edges
TEXT_GAP = 2 * mm  # text from the QR image


def qr_box(x: float, y: float) -> tuple[float, float, float, float]:
    """The QR image of the label at (x, y): left, bottom, right, top."""
    left = x + LABEL_W - QR_INSET - QR_SIZE
    bottom = y + LABEL_H - QR_INSET - QR_SIZE
    return left, bottom, left + QR_SIZE, bottom + QR_SIZE


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
    regular, bold = unicode_fonts()
    qr_png = io.BytesIO()
    segno.make(url, error="m").save(qr_png, kind="png", scale=8, border=QR_QUIET_ZONE)
    qr_png.seek(0)
    qr_image = ImageReader(qr_png)

    items = [TextItem(brand_name, bold, 10.5, max_lines=3, min_size=6)]
    items.append(
        TextItem(product_name, regular, 9, max_lines=3, space_before=2, min_size=5.5)
    )
    if price is not None:
        items.append(
            TextItem(
                f"{format_rupiah(price)} / {unit}",
                bold,
                9.5,
                max_lines=2,
                space_before=2,
                min_size=6.5,
            )
        )
    # The address is in the code; printed without "https://" for typing by hand.
    items.append(
        TextItem(
            url.split("://", 1)[-1],
            regular,
            5.5,
            max_lines=2,
            space_before=2,
            min_size=4,
        )
    )

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, pageCompression=0, initialFontName=regular)
    pdf.setTitle(f"{brand_name} - {product_name}")
    pdf.setAuthor("Berdaya")
    layout = None
    for index in range(count):
        slot = index % (COLUMNS * ROWS)
        if index and slot == 0:
            pdf.showPage()
        column, row = slot % COLUMNS, slot // COLUMNS
        x = MARGIN_X + column * LABEL_W
        y = A4[1] - MARGIN_Y - (row + 1) * LABEL_H
        pdf.setStrokeColorRGB(0.85, 0.85, 0.85)
        pdf.rect(x, y, LABEL_W, LABEL_H)
        qr_left, qr_bottom, qr_right, qr_top = qr_box(x, y)
        pdf.drawImage(qr_image, qr_left, qr_bottom, QR_SIZE, QR_SIZE)
        pdf.linkURL(url, (qr_left, qr_bottom, qr_right, qr_top))
        if layout is None:
            # Every label of the sheet is the same: lay the text out once, at
            # the first label, and move it for the others.
            origin = (x, y)

            def width_at(
                line_top, line_bottom, x=x, qr_bottom=qr_bottom, qr_left=qr_left
            ):
                if line_bottom > qr_bottom - TEXT_GAP:
                    return qr_left - TEXT_GAP - (x + PADDING)
                return LABEL_W - 2 * PADDING

            layout = flow_text(
                items,
                x=x + PADDING,
                top=y + LABEL_H - PADDING,
                bottom=y + PADDING,
                width_at=width_at,
            )
        dx, dy = x - origin[0], y - origin[1]
        pdf.setFillColorRGB(0.11, 0.17, 0.14)
        draw_lines(
            pdf,
            [replace(line, x=line.x + dx, y=line.y + dy) for line in layout],
        )
    pdf.save()
    buffer.seek(0)
    return buffer
