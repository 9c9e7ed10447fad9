"""Draw the app icons once (PNG, committed under static/icons/).

A rounded square in the site's green (#0b6e4f, ``--green`` in main.css) with a
white "B". The maskable icon fills the whole square and keeps the letter
inside the middle 80 % (the safe zone launchers may crop to a circle).
Run: ``python scripts/make_pwa_icons.py`` (needs Pillow and DejaVu Sans Bold).
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

GREEN = (11, 110, 79, 255)
WHITE = (255, 255, 255, 255)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OUT = Path(__file__).resolve().parents[1] / "static" / "icons"


def icon(size: int, *, maskable: bool) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=GREEN)
        letter = int(big * 0.5)
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=GREEN)
        letter = int(big * 0.66)
    font = ImageFont.truetype(FONT, letter)
    left, top, right, bottom = draw.textbbox((0, 0), "B", font=font)
    x = (big - (right - left)) / 2 - left
    y = (big - (bottom - top)) / 2 - top
    draw.text((x, y), "B", font=font, fill=WHITE)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size, maskable=False).save(OUT / f"icon-{size}.png", optimize=True)
    icon(512, maskable=True).save(OUT / "icon-maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
