"""Photo coach: what Pillow can measure about a product photo, and plain tips.

Buyers judge a small brand by its photos. When a seller uploads one, the server
measures it once (:func:`measure`) and stores the signals with the photo
(``ProductPhoto.signals``); the seller's photo page and the curator's review
show the same tips (:func:`tips`). A tip is advice: the seller may keep the
photo anyway.

Measured on a grey copy at most 512 px on its longer side:

- brightness: mean luminance 0-255 (below 70 dark, above 205 too bright);
- sharpness: variance of a Laplacian filter (below 40: blurred);
- size: the stored photo's pixels (shorter side below 600: small);
- cut at the edges: contrast (luminance spread) in each outer 4% strip; one
  side at least 20 and 2.5 times the middle of the four means something
  crosses the frame there (a product cut off) while the background is plain;
- shape: square (within 10%), portrait or landscape; cards are square.
"""

from __future__ import annotations

import io

from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFilter, ImageOps, ImageStat

DARK = 70
BRIGHT = 205
BLURRED = 40
SMALL = 600
CUT_RATIO = 2.5
CUT_MIN_CONTRAST = 20
ANALYSIS_SIDE = 512

TIPS = {
    "dark": _("The photo is a bit dark: try near a window, in daylight."),
    "bright": _(
        "The photo is too bright: move out of direct sun or turn off the flash."
    ),
    "blurred": _("The photo looks blurred: hold the phone still, or lean on a table."),
    "small": _("The photo is small: take it closer, or with the phone's main camera."),
    "cut": _("The product may be cut off at the edge: step back a little."),
    "portrait": _(
        "The photo is tall: product cards are square, keep the product in the middle."
    ),
    "landscape": _(
        "The photo is wide: product cards are square, keep the product in the middle."
    ),
}

_LAPLACIAN = ImageFilter.Kernel(
    (3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], scale=1, offset=128
)


def _grey(image: Image.Image) -> Image.Image:
    grey = ImageOps.exif_transpose(image).convert("L")
    grey.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE))
    return grey


def _border_contrast(grey: Image.Image) -> list[float]:
    """Contrast (standard deviation of luminance) in each outer 4% strip: a
    plain background gives low values; a product crossing the frame gives one
    side much higher than the others."""
    width, height = grey.size
    strip = max(2, round(min(width, height) * 0.04))
    boxes = [
        (0, 0, width, strip),
        (0, height - strip, width, height),
        (0, 0, strip, height),
        (width - strip, 0, width, height),
    ]
    return sorted(ImageStat.Stat(grey.crop(box)).stddev[0] for box in boxes)


def measure(data: bytes) -> dict:
    """The signals of one photo (JSON-ready)."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        width, height = ImageOps.exif_transpose(image).size
        grey = _grey(image)
    brightness = ImageStat.Stat(grey).mean[0]
    laplacian = grey.filter(_LAPLACIAN)
    sharpness = ImageStat.Stat(laplacian).var[0]
    sides = _border_contrast(grey)
    ratio = width / height if height else 1
    if 0.9 <= ratio <= 1.1:
        shape = "square"
    elif ratio < 1:
        shape = "portrait"
    else:
        shape = "landscape"
    return {
        "width": width,
        "height": height,
        "brightness": round(brightness, 1),
        "sharpness": round(sharpness, 1),
        "border_max": round(sides[-1], 1),
        "border_median": round((sides[1] + sides[2]) / 2, 1),
        "shape": shape,
    }


def measure_cleaned(cleaned) -> dict:
    """Signals of a cleaned upload (``home.imaging.CleanedImage``); empty when
    the photo cannot be measured (a tip is never a reason to refuse it)."""
    file = cleaned.file
    try:
        file.seek(0)
        data = file.read()
        file.seek(0)
        return measure(data)
    except (OSError, ValueError, Image.DecompressionBombError):
        return {}


def tip_codes(signals: dict) -> list[str]:
    """Which tips apply to these signals, most important first."""
    if not signals:
        return []
    codes = []
    if signals["brightness"] < DARK:
        codes.append("dark")
    elif signals["brightness"] > BRIGHT:
        codes.append("bright")
    if signals["sharpness"] < BLURRED:
        codes.append("blurred")
    if min(signals["width"], signals["height"]) < SMALL:
        codes.append("small")
    border = signals.get("border_max", 0)
    if border >= CUT_MIN_CONTRAST and border > CUT_RATIO * max(
        signals.get("border_median", 0), 1
    ):
        codes.append("cut")
    if signals["shape"] in ("portrait", "landscape"):
        codes.append(signals["shape"])
    return codes


def tips(signals: dict) -> list[dict]:
    """Tips to show next to the photo: ``code`` and plain ``text``."""
    return [{"code": code, "text": TIPS[code]} for code in tip_codes(signals)]
