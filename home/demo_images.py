"""Pictures for demo content, drawn with Pillow at run time (no downloads)."""

from __future__ import annotations

import io
import textwrap

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

from .imaging import clean_image


def _font(size: int):
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
    font = _font(40)
    y = box[1] + 150
    for line in lines:
        text_width = draw.textlength(line, font=font)
        draw.text(((width - text_width) / 2, y), line, fill="#1d2b24", font=font)
        y += 52
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def demo_image_ensure(*, title: str, label: str, colour: str = "#0b6e4f"):
    """An image with ``title``, created once (idempotent by title)."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    upload = SimpleUploadedFile("demo.jpg", draw_picture(label=label, colour=colour))
    cleaned = clean_image(upload)
    image = image_model(title=title, alt_text=label, file=cleaned.file)
    image._set_image_file_metadata()
    image.save()
    return image
