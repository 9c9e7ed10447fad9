"""Reading PDFs back in tests: the text as a reader extracts it, where each piece
sits, and which fonts are embedded (what ``pdffonts`` reports)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics


@dataclass(frozen=True)
class Run:
    text: str
    x: float
    y: float  # baseline
    size: float
    font: str  # the PDF's font name, e.g. /AAAAAA+BerdayaSans-Bold

    @property
    def width(self) -> float:
        # The subset name carries the registered ReportLab font name after "+".
        name = self.font.lstrip("/").split("+", 1)[-1]
        return pdfmetrics.stringWidth(self.text, name, self.size)

    def box(self) -> tuple[float, float, float, float]:
        """left, bottom, right, top (ascent/descent of the font)."""
        ascent, descent = pdfmetrics.getAscentDescent(
            self.font.lstrip("/").split("+", 1)[-1], self.size
        )
        return self.x, self.y + descent, self.x + self.width, self.y + ascent


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(data: bytes, page: int = 0) -> str:
    return reader(data).pages[page].extract_text()


def text_runs(data: bytes, page: int = 0) -> list[Run]:
    runs: list[Run] = []

    def visit(text, cm, tm, font_dict, font_size):
        if not text.strip() or font_dict is None:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        size = font_size * tm[0] * cm[0]
        runs.append(Run(text.strip("\n"), x, y, size, font_dict["/BaseFont"]))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return runs


def fonts(data: bytes) -> dict[str, bool]:
    """Every font a page uses: its name and whether the font file is embedded."""
    found: dict[str, bool] = {}
    for page in reader(data).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object()
                for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def overlaps(a, b) -> bool:
    """Boxes as (left, bottom, right, top)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
