"""Product photos for the demo showcase, drawn with Pillow (no downloads).

Each picture is a product shape (jar, bottle, pouch, box, soap bar, bag,
candle, thread spool) standing on a table: a warm backdrop with a gradient, a
soft shadow under the product, light from the left (a highlight and a shaded
side), fine grain as texture, and a small printed label. They read as product
photos on a card, not as labelled boxes.
"""

from __future__ import annotations

import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from home.demo_images import demo_font

SHAPES = ("jar", "bottle", "pouch", "box", "soap", "bag", "candle", "spool")


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _backdrop(size, tint) -> Image.Image:
    """A wall fading into a table, warm and slightly tinted by the product."""
    width, height = size
    wall_top = _mix((250, 246, 238), tint, 0.08)
    wall_low = _mix((236, 228, 214), tint, 0.12)
    table = _mix((214, 196, 170), tint, 0.06)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.68)
    for y in range(height):
        if y < horizon:
            colour = _mix(wall_top, wall_low, y / horizon)
        else:
            colour = _mix(
                table,
                _mix(table, (120, 100, 80), 0.25),
                (y - horizon) / (height - horizon),
            )
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def _shaded(mask: Image.Image, colour, box) -> Image.Image:
    """``colour`` lit from the left over ``box``: brighter left, darker right,
    a soft highlight stripe."""
    width, height = mask.size
    left, _top, right, _bottom = box
    base = Image.new("RGB", mask.size, colour)
    light = Image.new("L", mask.size)
    draw = ImageDraw.Draw(light)
    span = max(right - left, 1)
    for x in range(width):
        t = min(max((x - left) / span, 0.0), 1.0)
        draw.line([(x, 0), (x, height)], fill=round(255 * (1.12 - 0.5 * t) / 1.12))
    lit = ImageChops.multiply(base, Image.merge("RGB", (light, light, light)))
    lit = Image.blend(base, lit, 0.75)
    stripe = Image.new("L", mask.size)
    x0 = left + span * 0.16
    ImageDraw.Draw(stripe).rectangle((x0, 0, x0 + span * 0.07, height), fill=120)
    stripe = stripe.filter(ImageFilter.GaussianBlur(span * 0.04))
    lit = ImageChops.screen(lit, Image.merge("RGB", (stripe, stripe, stripe)))
    return lit


def _label(draw, box, text: str, fill, ink) -> None:
    left, top, right, bottom = box
    draw.rounded_rectangle(box, radius=(bottom - top) * 0.15, fill=fill)
    size = max(int((bottom - top) * 0.26), 12)
    font = demo_font(size)
    words = text.split()
    lines, line = [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font) > (right - left) * 0.86 and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    lines.append(line)
    lines = lines[:2]
    y = top + (bottom - top - len(lines) * size * 1.15) / 2
    for text_line in lines:
        w = draw.textlength(text_line, font=font)
        draw.text(((left + right - w) / 2, y), text_line, font=font, fill=ink)
        y += size * 1.15


def _outline(shape: str, cx: float, floor: float, unit: float):
    """Polygons and ellipses of the product (in canvas pixels), the lid or cap
    colour parts, and the label box."""
    u = unit
    parts, caps = [], []
    if shape == "jar":
        body = (cx - 1.3 * u, floor - 3.2 * u, cx + 1.3 * u, floor)
        parts.append(("rrect", body, 0.35 * u))
        caps.append(
            (
                "rrect",
                (cx - 1.15 * u, floor - 3.75 * u, cx + 1.15 * u, floor - 3.05 * u),
                0.12 * u,
            )
        )
        label = (cx - 1.15 * u, floor - 2.3 * u, cx + 1.15 * u, floor - 0.9 * u)
    elif shape == "bottle":
        parts.append(
            ("rrect", (cx - 0.95 * u, floor - 3.4 * u, cx + 0.95 * u, floor), 0.4 * u)
        )
        parts.append(
            (
                "poly",
                [
                    (cx - 0.95 * u, floor - 3.0 * u),
                    (cx - 0.35 * u, floor - 4.1 * u),
                    (cx + 0.35 * u, floor - 4.1 * u),
                    (cx + 0.95 * u, floor - 3.0 * u),
                ],
            )
        )
        caps.append(
            (
                "rrect",
                (cx - 0.42 * u, floor - 4.7 * u, cx + 0.42 * u, floor - 4.05 * u),
                0.1 * u,
            )
        )
        label = (cx - 0.85 * u, floor - 2.4 * u, cx + 0.85 * u, floor - 1.0 * u)
    elif shape == "pouch":
        parts.append(
            (
                "poly",
                [
                    (cx - 1.4 * u, floor - 4.0 * u),
                    (cx + 1.4 * u, floor - 4.0 * u),
                    (cx + 1.55 * u, floor - 0.2 * u),
                    (cx + 1.2 * u, floor),
                    (cx - 1.2 * u, floor),
                    (cx - 1.55 * u, floor - 0.2 * u),
                ],
            )
        )
        caps.append(
            (
                "rrect",
                (cx - 1.4 * u, floor - 4.0 * u, cx + 1.4 * u, floor - 3.65 * u),
                0.05 * u,
            )
        )
        label = (cx - 1.05 * u, floor - 2.7 * u, cx + 1.05 * u, floor - 1.3 * u)
    elif shape == "box":
        parts.append(("rect", (cx - 1.7 * u, floor - 2.4 * u, cx + 1.3 * u, floor)))
        parts.append(
            (
                "poly",
                [
                    (cx - 1.7 * u, floor - 2.4 * u),
                    (cx - 1.2 * u, floor - 2.9 * u),
                    (cx + 1.8 * u, floor - 2.9 * u),
                    (cx + 1.3 * u, floor - 2.4 * u),
                ],
            )
        )
        parts.append(
            (
                "poly",
                [
                    (cx + 1.3 * u, floor - 2.4 * u),
                    (cx + 1.8 * u, floor - 2.9 * u),
                    (cx + 1.8 * u, floor - 0.5 * u),
                    (cx + 1.3 * u, floor),
                ],
            )
        )
        caps.append(("rect", (cx - 0.35 * u, floor - 2.4 * u, cx - 0.05 * u, floor)))
        caps.append(
            (
                "poly",
                [
                    (cx - 0.35 * u, floor - 2.4 * u),
                    (cx + 0.15 * u, floor - 2.9 * u),
                    (cx + 0.45 * u, floor - 2.9 * u),
                    (cx - 0.05 * u, floor - 2.4 * u),
                ],
            )
        )
        label = (cx + 0.05 * u, floor - 1.6 * u, cx + 1.2 * u, floor - 0.6 * u)
    elif shape == "soap":
        parts.append(
            ("rrect", (cx - 1.9 * u, floor - 1.3 * u, cx + 1.9 * u, floor), 0.45 * u)
        )
        caps.append(
            (
                "rrect",
                (cx - 1.7 * u, floor - 1.35 * u, cx + 1.7 * u, floor - 0.95 * u),
                0.2 * u,
            )
        )
        label = (cx - 1.1 * u, floor - 0.9 * u, cx + 1.1 * u, floor - 0.2 * u)
    elif shape == "bag":
        parts.append(
            (
                "poly",
                [
                    (cx - 1.7 * u, floor - 2.8 * u),
                    (cx + 1.7 * u, floor - 2.8 * u),
                    (cx + 1.9 * u, floor),
                    (cx - 1.9 * u, floor),
                ],
            )
        )
        caps.append(
            (
                "arc",
                (cx - 1.1 * u, floor - 4.2 * u, cx - 0.1 * u, floor - 2.2 * u),
                0.14 * u,
            )
        )
        caps.append(
            (
                "arc",
                (cx + 0.1 * u, floor - 4.2 * u, cx + 1.1 * u, floor - 2.2 * u),
                0.14 * u,
            )
        )
        label = (cx - 0.9 * u, floor - 1.0 * u, cx + 0.9 * u, floor - 0.35 * u)
    elif shape == "candle":
        parts.append(
            ("rrect", (cx - 1.2 * u, floor - 2.6 * u, cx + 1.2 * u, floor), 0.2 * u)
        )
        caps.append(
            (
                "ellipse",
                (cx - 0.09 * u, floor - 3.35 * u, cx + 0.09 * u, floor - 2.75 * u),
            )
        )
        label = (cx - 1.0 * u, floor - 1.7 * u, cx + 1.0 * u, floor - 0.6 * u)
    else:  # spool of thread, for services and crafts
        parts.append(
            ("rect", (cx - 0.95 * u, floor - 3.4 * u, cx + 0.95 * u, floor - 0.35 * u))
        )
        caps.append(
            ("rrect", (cx - 1.3 * u, floor - 0.4 * u, cx + 1.3 * u, floor), 0.08 * u)
        )
        caps.append(
            (
                "rrect",
                (cx - 1.3 * u, floor - 3.75 * u, cx + 1.3 * u, floor - 3.35 * u),
                0.08 * u,
            )
        )
        label = (cx - 0.8 * u, floor - 2.3 * u, cx + 0.8 * u, floor - 1.5 * u)
    return parts, caps, label


def _draw_parts(draw, parts, fill=255) -> None:
    for part in parts:
        kind = part[0]
        if kind == "rrect":
            draw.rounded_rectangle(part[1], radius=part[2], fill=fill)
        elif kind == "rect":
            draw.rectangle(part[1], fill=fill)
        elif kind == "poly":
            draw.polygon(part[1], fill=fill)
        elif kind == "ellipse":
            draw.ellipse(part[1], fill=fill)
        elif kind == "arc":
            draw.arc(part[1], 180, 360, fill=fill, width=max(int(part[2]), 2))


def draw_product(
    *, shape: str, colour: str, label: str, size=(960, 720), seed: int = 0
) -> bytes:
    """A JPEG of a ``shape`` product in ``colour`` with ``label`` printed on it."""
    width, height = size
    tint = _rgb(colour)
    canvas = _backdrop(size, tint)
    unit = min(width, height) / 6.2
    cx, floor = width / 2, height * 0.84
    parts, caps, label_box = _outline(
        shape if shape in SHAPES else "jar", cx, floor, unit
    )

    # Soft shadow on the table, longer to the right (light from the left).
    shadow = Image.new("L", size)
    ImageDraw.Draw(shadow).ellipse(
        (cx - 2.0 * unit, floor - 0.25 * unit, cx + 2.6 * unit, floor + 0.3 * unit),
        fill=150,
    )
    shadow = shadow.filter(ImageFilter.GaussianBlur(unit * 0.22))
    canvas = Image.composite(Image.new("RGB", size, (60, 45, 35)), canvas, shadow)

    body_mask = Image.new("L", size)
    _draw_parts(ImageDraw.Draw(body_mask), parts)
    box = body_mask.getbbox() or (0, 0, width, height)
    canvas = Image.composite(_shaded(body_mask, tint, box), canvas, body_mask)

    cap_mask = Image.new("L", size)
    _draw_parts(ImageDraw.Draw(cap_mask), caps)
    cap_colour = (255, 170, 40) if shape == "candle" else _mix(tint, (30, 30, 30), 0.55)
    if shape == "box":
        cap_colour = (245, 235, 220)
    canvas = Image.composite(_shaded(cap_mask, cap_colour, box), canvas, cap_mask)

    draw = ImageDraw.Draw(canvas)
    if shape == "bag":  # a batik-like pattern of dots on the cloth
        rng = random.Random(seed)  # noqa: S311 - a pattern, not a secret
        for _ in range(140):
            x = rng.uniform(box[0], box[2])
            y = rng.uniform(box[1] + unit * 1.4, box[3])
            if body_mask.getpixel((int(x), int(min(y, height - 1)))):
                r = unit * rng.choice((0.05, 0.08, 0.12))
                draw.ellipse(
                    (x - r, y - r, x + r, y + r),
                    outline=_mix(tint, (255, 255, 255), 0.6),
                    width=2,
                )
    if shape != "candle" or label:
        _label(
            draw,
            label_box,
            label,
            fill=(252, 249, 242),
            ink=_mix(tint, (20, 20, 20), 0.6),
        )

    # Fine grain so flat colour reads as a material, then a gentle softness.
    grain = Image.effect_noise(size, 12).convert("RGB")
    canvas = Image.blend(canvas, ImageChops.overlay(canvas, grain), 0.12)
    canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))

    out = io.BytesIO()
    canvas.save(out, "JPEG", quality=86, optimize=True)
    return out.getvalue()
