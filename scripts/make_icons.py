"""Draw the favicon, the apple-touch-icon and the default share image.

Run once (``python scripts/make_icons.py``); the files are committed under
static/icons/. Design: a rounded square in the site's primary green with a
white "B" (the PWA's manifest icons use the same design).
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

GREEN = (11, 110, 79)  # --green in static/css/main.css
PAPER = (255, 253, 248)  # --paper
WHITE = (255, 255, 255)
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
OUT = Path(__file__).resolve().parent.parent / "static" / "icons"


def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def mark(size: int) -> Image.Image:
    """The rounded green square with a white B, ``size`` pixels wide."""
    scale = 4  # drawn large, scaled down: smooth edges
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=GREEN)
    letter = font(int(big * 0.68))
    draw.text((big / 2, big / 2), "B", font=letter, fill=WHITE, anchor="mm")
    return image.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sizes = [(16, 16), (32, 32), (48, 48)]
    mark(48).save(OUT / "favicon.ico", sizes=sizes)
    # iOS draws its own rounded corners on an opaque square.
    touch = Image.new("RGB", (180, 180), GREEN)
    touch.paste(mark(180), (0, 0), mark(180))
    touch.save(OUT / "apple-touch-icon.png", optimize=True)

    share = Image.new("RGB", (1200, 630), PAPER)
    draw = ImageDraw.Draw(share)
    draw.rectangle((0, 0, 1200, 24), fill=GREEN)
    share.paste(mark(240), (100, 195), mark(240))
    draw.text((400, 250), "Berdaya", font=font(110), fill=GREEN, anchor="lm")
    draw.text(
        (404, 360),
        "Belajar usaha, buka brand sendiri",
        font=font(40),
        fill=(29, 43, 36),
        anchor="lm",
    )
    share.save(OUT / "share-default.jpg", quality=85, optimize=True, progressive=True)


if __name__ == "__main__":
    main()
