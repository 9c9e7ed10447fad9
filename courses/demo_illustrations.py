"""Lesson pictures for the demo courses, drawn with Pillow.

Each scene draws what its lesson's alt text says, in flat shapes and plain
labels; nothing is downloaded. ``illustration_ensure`` stores one as a Wagtail
image through the same cleaning step as every upload (``home.demo_images``).
"""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from home.demo_images import demo_font, drawn_image_ensure

SIZE = (960, 640)
INK = "#1d2b24"
PAPER = "#fffdf8"
GREEN = "#0b6e4f"
LEAF = "#5aa469"
CHIP = "#e8b84a"
CHIP_EDGE = "#b8862a"
WALL = "#f3efe6"
TABLE = "#c9a27a"


def _centred(draw, x: float, y: float, text: str, size: int, fill=INK) -> None:
    font = demo_font(size)
    width = draw.textlength(text, font=font)
    draw.text((x - width / 2, y), text, fill=fill, font=font)


def _chip(draw, x: float, y: float, r: float) -> None:
    draw.ellipse(
        (x - r, y - r * 0.7, x + r, y + r * 0.7), fill=CHIP, outline=CHIP_EDGE, width=3
    )


def _pouch(draw, box, *, label: list[str] | None = None, colour=GREEN) -> None:
    """A stand-up pouch with a zip line and, if given, a sticker label."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=18, fill=PAPER, outline=INK, width=5)
    draw.line((x0 + 10, y0 + 30, x1 - 10, y0 + 30), fill=INK, width=3)
    if label:
        lx0, ly0, lx1 = x0 + 20, y0 + 60, x1 - 20
        ly1 = ly0 + 34 * len(label) + 20
        draw.rectangle((lx0, ly0, lx1, ly1), fill="#ffffff", outline=colour, width=4)
        for row, text in enumerate(label):
            _centred(draw, (x0 + x1) / 2, ly0 + 12 + row * 34, text, 26 if row else 30)
        for i in range(4):
            _chip(draw, x0 + 50 + i * ((x1 - x0 - 100) / 3), y1 - 60, 26)


def scene_kitchen_to_business(draw) -> None:
    draw.rectangle((0, 430, 960, 640), fill=TABLE)
    draw.ellipse((90, 360, 450, 470), fill="#ffffff", outline=INK, width=4)
    for i, (x, y) in enumerate(
        [
            (170, 395),
            (230, 380),
            (300, 392),
            (370, 400),
            (210, 420),
            (280, 425),
            (345, 425),
        ]
    ):
        _chip(draw, x, y, 34 if i % 2 else 30)
    _pouch(draw, (560, 130, 840, 520), label=["Keripik", "Singkong", "50 g"])
    _centred(draw, 270, 500, "keripik di piring", 28)


def scene_business_canvas(draw) -> None:
    draw.rectangle((60, 40, 900, 600), fill=PAPER, outline=INK, width=5)
    names = ["Produk", "Pelanggan", "Nilai", "Saluran", "Biaya", "Harga"]
    for index, name in enumerate(names):
        col, row = index % 3, index // 3
        x0, y0 = 90 + col * 270, 70 + row * 260
        draw.rectangle((x0, y0, x0 + 240, y0 + 230), outline=GREEN, width=5)
        _centred(draw, x0 + 120, y0 + 20, name, 36)
        for line in range(3):
            y = y0 + 100 + line * 40
            draw.line((x0 + 30, y, x0 + 210, y), fill="#b9c4be", width=3)


def scene_three_parts_of_cost(draw) -> None:
    stacks = [
        ("Bahan", "#3a5fa0", 5),
        ("Tenaga kerja", "#8a4b00", 3),
        ("Biaya lain", "#7a2e5c", 2),
    ]
    for index, (name, colour, height) in enumerate(stacks):
        x = 80 + index * 200
        for level in range(height):
            y = 480 - level * 56
            draw.rounded_rectangle(
                (x, y, x + 150, y + 48), radius=10, fill=colour, outline=INK, width=3
            )
        _centred(draw, x + 75, 540, name, 30)
        if index < 2:
            _centred(draw, x + 175, 380, "+", 56)
    _centred(draw, 690, 380, "=", 56)
    draw.rounded_rectangle(
        (730, 300, 920, 480), radius=16, fill=PAPER, outline=GREEN, width=6
    )
    _centred(draw, 825, 340, "HPP", 56)
    _centred(draw, 825, 410, ": jumlah produk", 24)


def scene_before_after(draw) -> None:
    # Left: a thin plain bag tied with a rubber band.
    draw.polygon(
        [(130, 250), (390, 250), (420, 560), (100, 560)],
        fill="#eef3f7",
        outline=INK,
        width=4,
    )
    draw.polygon(
        [(215, 250), (305, 250), (330, 150), (190, 150)],
        fill="#eef3f7",
        outline=INK,
        width=4,
    )
    draw.line((212, 238, 308, 238), fill="#c0392b", width=8)
    for x, y in [(180, 430), (260, 470), (330, 420), (220, 510), (300, 520)]:
        _chip(draw, x, y, 32)
    _centred(draw, 260, 580, "Sebelum", 32)
    # Right: a stand-up pouch with a label.
    _pouch(
        draw, (560, 130, 840, 540), label=["Dapur Bu Sari", "Keripik", "Balado 50 g"]
    )
    _centred(draw, 700, 580, "Sesudah", 32)


def scene_simple_logo(draw) -> None:
    draw.ellipse((330, 70, 630, 370), fill=PAPER, outline=GREEN, width=8)
    # A lemongrass leaf: a long pointed shape.
    draw.polygon(
        [(480, 100), (540, 200), (500, 340), (460, 340), (430, 200)],
        fill=LEAF,
        outline=GREEN,
    )
    draw.line((480, 120, 480, 335), fill=GREEN, width=4)
    _centred(draw, 480, 420, "Wangi Sereh", 64, fill=GREEN)


def scene_complete_label(draw) -> None:
    draw.rectangle((120, 30, 840, 610), fill="#ffffff", outline=GREEN, width=6)
    lines = [
        ("Keripik Singkong Balado", 40),
        ("Dapur Bu Sari", 32),
        ("Berat bersih: 50 g", 26),
        ("Komposisi: singkong, minyak sawit,", 24),
        ("cabai, bawang putih, gula, garam", 24),
        ("Diproduksi oleh: Dapur Bu Sari,", 24),
        ("Malang 65111, Indonesia", 24),
        ("Kode produksi: 261120", 24),
        ("Baik digunakan sebelum: 20 Februari 2027", 24),
        ("P-IRT No. ....   Halal No. ....", 24),
        ("WhatsApp usaha: 0812-xxxx-xxxx", 24),
    ]
    y = 55
    for text, size in lines:
        _centred(draw, 480, y, text, size)
        y += size + 20


def scene_window_light(draw) -> None:
    draw.rectangle((0, 0, 960, 640), fill=WALL)
    draw.rectangle((60, 60, 330, 420), fill="#dff1fb", outline=INK, width=6)
    draw.line((195, 60, 195, 420), fill=INK, width=5)
    draw.line((60, 240, 330, 240), fill=INK, width=5)
    for i in range(5):
        y = 120 + i * 60
        draw.line((340, y, 560, y + 150), fill="#ffd54a", width=6)
    draw.polygon(
        [(380, 470), (920, 470), (960, 640), (340, 640)],
        fill="#ffffff",
        outline="#d6d0c4",
    )
    # A clear jar of biscuits with a lid.
    draw.rounded_rectangle(
        (600, 300, 780, 540), radius=20, fill="#eef6fb", outline=INK, width=5
    )
    draw.rectangle((590, 270, 790, 305), fill=GREEN, outline=INK, width=4)
    for x, y in [
        (640, 500),
        (700, 500),
        (750, 500),
        (670, 455),
        (730, 455),
        (700, 410),
    ]:
        draw.ellipse(
            (x - 26, y - 20, x + 26, y + 20), fill=CHIP, outline=CHIP_EDGE, width=3
        )
    _centred(draw, 195, 440, "jendela", 28)
    _centred(draw, 690, 590, "kain putih", 26)


def scene_product_in_use(draw) -> None:
    draw.rectangle((0, 0, 960, 640), fill="#ffffff")
    # A person's shoulder and arm, in simple shapes.
    draw.ellipse((400, 20, 560, 180), fill="#c68c53", outline=INK, width=4)
    draw.rounded_rectangle(
        (330, 190, 630, 640), radius=60, fill="#7aa6c2", outline=INK, width=4
    )
    # The tote bag: strap over the shoulder, body at the hip.
    draw.line((420, 200, 360, 420), fill="#8a4b00", width=14)
    draw.line((470, 205, 470, 420), fill="#8a4b00", width=14)
    draw.rectangle((250, 410, 560, 630), fill="#8a4b00", outline=INK, width=5)
    for row in range(3):
        for col in range(4):
            cx, cy = 290 + col * 75, 450 + row * 62
            draw.polygon(
                [(cx, cy - 20), (cx + 20, cy), (cx, cy + 20), (cx - 20, cy)],
                fill="#f3c06b",
            )
    _centred(draw, 790, 300, "tas kain", 34)
    _centred(draw, 790, 345, "batik", 34)


def scene_tidy_profile(draw) -> None:
    draw.rectangle((0, 0, 960, 640), fill=WALL)
    draw.rounded_rectangle(
        (330, 20, 630, 620), radius=36, fill="#ffffff", outline=INK, width=6
    )
    draw.ellipse((360, 60, 440, 140), fill=LEAF, outline=GREEN, width=4)
    draw.text((455, 72), "wangisereh", fill=INK, font=demo_font(28))
    draw.text((455, 108), "Sabun sereh", fill="#55635c", font=demo_font(20))
    for index in range(9):
        col, row = index % 3, index // 3
        x0, y0 = 355 + col * 88, 180 + row * 130
        draw.rectangle((x0, y0, x0 + 80, y0 + 120), fill="#eaf4ee")
        draw.rounded_rectangle(
            (x0 + 14, y0 + 40, x0 + 66, y0 + 84),
            radius=8,
            fill="#f6e7a8",
            outline=GREEN,
            width=3,
        )


SCENES = {
    "kitchen-to-business": scene_kitchen_to_business,
    "business-canvas": scene_business_canvas,
    "three-parts-of-cost": scene_three_parts_of_cost,
    "before-after": scene_before_after,
    "simple-logo": scene_simple_logo,
    "complete-label": scene_complete_label,
    "window-light": scene_window_light,
    "product-in-use": scene_product_in_use,
    "tidy-profile": scene_tidy_profile,
}


def illustration_draw(scene: str) -> bytes:
    """The scene as PNG bytes (flat colours keep PNG small and sharp)."""
    image = Image.new("RGB", SIZE, PAPER)
    SCENES[scene](ImageDraw.Draw(image))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def illustration_ensure(*, title: str, scene: str, alt: str):
    """The drawn scene as an image titled ``title`` (created once)."""
    return drawn_image_ensure(
        title=title,
        alt=alt,
        filename=f"{scene}.png",
        draw=lambda: illustration_draw(scene),
    )


__all__ = ["SCENES", "illustration_draw", "illustration_ensure"]
