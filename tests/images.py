"""Test pictures: phone-like JPEGs with GPS, bombs, polyglots."""

import io

from PIL import Image


def jpeg_with_gps(size=(64, 48), orientation: int | None = None) -> bytes:
    image = Image.new("RGB", size, (200, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Cheap Phone 1"  # Model
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "S"
    gps[2] = (6.0, 12.0, 30.0)
    gps[3] = "E"
    gps[4] = (106.0, 49.0, 10.0)
    buffer = io.BytesIO()
    image.save(
        buffer,
        "JPEG",
        exif=exif.tobytes(),
        comment=b"secret comment",
        xmp=b"<x:xmpmeta>Jl. Rahasia 12</x:xmpmeta>",
    )
    return buffer.getvalue()


def png_bytes(size=(32, 32)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGBA", size, (0, 120, 80, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def tiff_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(buffer, "TIFF")
    return buffer.getvalue()


def bomb_png(side: int = 10_000) -> bytes:
    """A tiny file that decodes to side*side pixels (100 MP by default)."""
    buffer = io.BytesIO()
    Image.new("1", (side, side)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def has_gps_or_metadata(data: bytes) -> bool:
    image = Image.open(io.BytesIO(data))
    exif = image.getexif()
    if exif and (exif.get_ifd(0x8825) or len(exif)):
        return True
    markers = (b"Exif\x00", b"PhoneMaker", b"Jl. Rahasia", b"secret comment")
    return any(marker in data for marker in markers) or bool(
        image.info.get("xmp") or image.info.get("comment")
    )
