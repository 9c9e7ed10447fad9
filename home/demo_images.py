"""Pictures for demo content, drawn with Pillow at run time (no downloads).

The helpers every demo drawing shares (courses' lesson pictures,
marketplace's product photos) live here: ``demo_font`` and
``drawn_image_ensure``.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Callable

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from .imaging import clean_image


def demo_font(size: int):
    """Pillow's own font at ``size`` (no font file to ship or download)."""
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def draw_picture(*, label: str, colour: str = "#0b6e4f", size=(960, 640)) -> bytes:
    width, height = size
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    # A simple "package" shape so the picture reads as a product photo.
    box = (width * 0.28, height * 0.18, width * 0.72, height * 0.86)
    draw.rounded_rectangle(box, radius=24, fill="#fffdf8", outline="#1d2b24", width=6)
    draw.rectangle((box[0], box[1] + 60, box[2], box[1] + 120), fill=colour)
    lines = textwrap.wrap(label, width=14)[:4]
    font = demo_font(40)
    y = box[1] + 150
    for line in lines:
        text_width = draw.textlength(line, font=font)
        draw.text(((width - text_width) / 2, y), line, fill="#1d2b24", font=font)
        y += 52
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def drawn_image_ensure(
    *, title: str, alt: str, filename: str, draw: Callable[[], bytes]
):
    """An image with ``title``, created once (idempotent by title) from the
    bytes ``draw()`` returns, through the same cleaning step as every upload."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    cleaned = clean_image(SimpleUploadedFile(filename, draw()))
    image = image_model(title=title, alt_text=alt[:255], file=cleaned.file)
    image._set_image_file_metadata()
    image.save()
    return image


def demo_image_ensure(*, title: str, label: str, colour: str = "#0b6e4f"):
    """A package picture with ``label`` on it, titled ``title`` (created once)."""
    return drawn_image_ensure(
        title=title,
        alt=label,
        filename="demo.jpg",
        draw=lambda: draw_picture(label=label, colour=colour),
    )
