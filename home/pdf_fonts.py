"""One Unicode font for every PDF Berdaya prints.

ReportLab's built-in Helvetica knows only WinAnsi: a name such as
"Siti Ṣāliḥah Nguyễn" printed with it loses its letters. Every PDF (certificates,
sign-in cards, QR labels, demo worksheets) takes its fonts from here instead.
The fonts are DejaVu Sans (home/fonts/, licence in LICENSE-DejaVu.txt), embedded
(as a subset) in each PDF, so the PDF shows the same letters on every reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"


@cache
def unicode_fonts() -> tuple[str, str]:
    """Register the fonts once; return the names of the regular and bold font."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD


def fit_lines(
    text: str, font: str, size: float, width: float, max_lines: int
) -> list[str] | None:
    """``text`` broken at spaces into at most ``max_lines`` lines no wider than
    ``width``; ``None`` when it does not fit at this size (the caller shrinks)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        # A single word wider than the line is split at the letter that overflows.
        while pdfmetrics.stringWidth(current, font, size) > width:
            cut = len(current)
            while cut > 1 and pdfmetrics.stringWidth(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    if current:
        lines.append(current)
    return lines if len(lines) <= max_lines else None


@dataclass(frozen=True)
class TextItem:
    """A piece of text to place: wrapped in at most ``max_lines`` lines."""

    text: str
    font: str
    size: float
    max_lines: int = 1
    space_before: float = 0  # points, scaled with the text
    min_size: float = 6  # never shrunk below: more lines instead


@dataclass(frozen=True)
class PlacedLine:
    text: str
    font: str
    size: float
    x: float
    y: float  # baseline
    top: float
    bottom: float


def _place(
    items: list[TextItem],
    *,
    x: float,
    top: float,
    width_at: Callable[[float, float], float],
    scale: float,
) -> list[PlacedLine] | None:
    placed: list[PlacedLine] = []
    cursor = top
    for item in items:
        size = max(item.size * scale, item.min_size)
        limit_lines = item.size * scale > item.min_size
        ascent, descent = pdfmetrics.getAscentDescent(item.font, size)
        cursor -= item.space_before * scale
        line_top = cursor
        line_bottom = cursor - ascent + descent  # descent is negative
        width = width_at(line_top, line_bottom)
        lines = fit_lines(
            item.text, item.font, size, width, item.max_lines if limit_lines else 10_000
        )
        if lines is None:
            return None
        for line in lines:
            top_y = cursor
            baseline = cursor - ascent
            bottom_y = baseline + descent
            if width_at(top_y, bottom_y) < pdfmetrics.stringWidth(
                line, item.font, size
            ):
                return None  # the line moved beside something narrower
            placed.append(
                PlacedLine(line, item.font, size, x, baseline, top_y, bottom_y)
            )
            cursor = bottom_y - size * 0.12
    return placed


def flow_text(
    items: list[TextItem],
    *,
    x: float,
    top: float,
    bottom: float,
    width_at: Callable[[float, float], float],
) -> list[PlacedLine]:
    """Place ``items`` from ``top`` downwards, every line within the width
    ``width_at(line_top, line_bottom)`` allows there (narrower beside a QR code),
    shrinking everything together until all the text fits above ``bottom``.
    Nothing is cut: an item at its smallest size takes the lines it needs."""
    scale = 1.0
    placed = None
    while True:
        placed = _place(items, x=x, top=top, width_at=width_at, scale=scale)
        if placed is not None and placed[-1].bottom >= bottom:
            return placed
        if all(item.size * scale <= item.min_size for item in items):
            return placed or []
        scale -= 0.05


def draw_lines(pdf, lines: list[PlacedLine]) -> None:
    for line in lines:
        pdf.setFont(line.font, line.size)
        pdf.drawString(line.x, line.y, line.text)


def size_to_fit(
    text: str, font: str, size: float, width: float, min_size: float = 6
) -> float:
    """The largest size, at most ``size``, at which ``text`` fits in ``width``."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.5
    return size
