"""The single image-cleaning step every upload goes through.

Phone photos carry GPS coordinates, the camera and the time they were taken.
For survivors of trafficking that is a safety problem, so nothing an uploader
sent is stored as is: the picture is decoded, turned upright, shrunk to a
sensible size and encoded again from pixels alone, under a random name.

Forms call :func:`clean_image` to show a clear error early; the image model,
Wagtail's pending multiple uploads and avatars call it again at storage time
(see ``home.models`` and ``home.signals``) unless the bytes are already a
:class:`CleanedFile`, so no path can store raw bytes and none re-encodes twice.
"""

from __future__ import annotations

import io
import uuid
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # ~ a 7700 x 5200 photo; anything bigger is refused
MAX_SIDE = 2000
AVATAR_SIDE = 400
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


class CleanedFile(ContentFile):
    """Bytes that came out of :func:`clean_image`, and only those.

    Storage code trusts this type to skip a second re-encoding, so nothing but
    ``clean_image`` (and ``home.storage`` for bytes it proved came from here)
    creates one.
    """


@dataclass(frozen=True)
class CleanedImage:
    file: CleanedFile
    width: int
    height: int
    format: str


def read_upload(upload) -> bytes:
    """The bytes of ``upload``, refusing empty and too-large files.

    ``upload`` is left at its start, so a form can read it again.
    """
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This photo is too big. The largest size is 10 MB."), code="too_large"
        )
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if hasattr(upload, "seek"):
        upload.seek(0)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This photo is too big. The largest size is 10 MB."), code="too_large"
        )
    if not data:
        raise ValidationError(
            _("The file is empty. Choose the photo again."), code="empty"
        )
    return data


def _not_an_image() -> ValidationError:
    return ValidationError(
        _("This file is not a photo we can use. Send a JPG, PNG or WebP photo."),
        code="invalid_image",
    )


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("This photo has too many pixels. Make it smaller first."),
        code="too_many_pixels",
    )


def clean_image(upload, *, max_side: int = MAX_SIDE) -> CleanedImage:
    """Return a metadata-free copy of ``upload`` or raise ``ValidationError``.

    Accepts only JPEG, PNG and WebP, judged by content, never by file name.
    """
    data = read_upload(upload)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            fmt = probe.format
            if fmt not in ALLOWED_FORMATS:
                raise _not_an_image()
            width, height = probe.size
            if width * height > MAX_PIXELS:
                raise _too_many_pixels()
            if getattr(probe, "n_frames", 1) > 1:
                probe.seek(0)  # animated images: keep the first frame only
            probe.load()
    except ValidationError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels() from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise _not_an_image() from exc

    image = ImageOps.exif_transpose(probe)
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)

    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    out_format = fmt
    mode = "RGBA" if has_alpha and out_format != "JPEG" else "RGB"
    if image.mode != mode:
        image = image.convert(mode)

    # A brand-new image built from pixels alone: no EXIF, GPS, XMP, IPTC,
    # ICC, comments or thumbnails can survive, nor bytes appended to the file.
    clean = Image.frombytes(mode, image.size, image.tobytes())
    buffer = io.BytesIO()
    if out_format == "JPEG":
        clean.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    elif out_format == "PNG":
        clean.save(buffer, "PNG", optimize=True)
    else:
        clean.save(buffer, "WEBP", quality=85, method=4)

    name = f"{uuid.uuid4().hex}.{ALLOWED_FORMATS[out_format]}"
    return CleanedImage(
        file=CleanedFile(buffer.getvalue(), name=name),
        width=clean.width,
        height=clean.height,
        format=out_format,
    )
