"""Printed sheets: every letter of the longest names allowed is printed, in an
embedded Unicode font, and no text runs into a QR code or its quiet zone."""

from __future__ import annotations

from types import SimpleNamespace

import segno
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from centres import pdf as cards
from centres.services import IssuedCard
from marketplace import labels
from tests.pdfread import fonts, overlaps, reader, text_runs

# The longest names the fields allow (Brand.name 80, Product.name 100,
# User.display_name 80, User.username 150), in Indonesian, Arabic-derived and
# Vietnamese spellings.
BRAND = ("Dapur Bu Siti Ṣāliḥah Nguyễn Kue Basah dan Kering Khas Betawi Sejak " * 2)[
    :80
].strip()
PRODUCT = (
    "Kue Lapis Legit Premium Rasa Pandan dan Cokelat Ukuran Besar Isi Dua Puluh "
    "Potong Tanpa Pengawet Ḥalāl Đặc Biệt"
)[:100].strip()
LEARNER = ("Siti Ṣāliḥah Nguyễn Thị Hương binti ʿAbd al-Raḥmān Wulandari " * 2)[
    :80
].strip()
USERNAME = "siti-saliha-" + "x" * 138
URL = "https://berdaya.example/pasar/" + "b" * 80 + "/" + "p" * 100 + "/"


def _squash(text: str) -> str:
    return "".join(text.split())


def _assert_fonts_embedded(data: bytes) -> None:
    used = fonts(data)
    assert used, "no fonts found"
    assert all(used.values()), used
    assert not any("Helvetica" in name or "Courier" in name for name in used)


def _quiet_zone_modules(data: bytes, url: str) -> float:
    """The white margin around the first QR image of the PDF, in modules."""
    image = reader(data).pages[0].images[0].image.convert("L")
    dark = Image.eval(image, lambda v: 255 if v < 128 else 0).getbbox()
    modules = segno.make(url, error="m").symbol_size(border=0)[0]
    module_px = (dark[2] - dark[0]) / modules
    return min(dark[0], dark[1], image.width - dark[2], image.height - dark[3]) / (
        module_px
    )


def _runs_in(runs, left, bottom, right, top):
    return [r for r in runs if left <= r.x < right and bottom <= r.y < top]


def _grow(box, by):
    return box[0] - by, box[1] - by, box[2] + by, box[3] + by


def test_qr_label_prints_the_longest_names_whole_away_from_the_code():
    data = labels.label_sheet_pdf(
        brand_name=BRAND,
        product_name=PRODUCT,
        price=12_500_000,
        unit="bungkus",
        url=URL,
        count=21,
    ).getvalue()
    _assert_fonts_embedded(data)
    assert _quiet_zone_modules(data, URL) >= 4

    runs = text_runs(data)
    x, y = labels.MARGIN_X, A4[1] - labels.MARGIN_Y - labels.LABEL_H
    first = _runs_in(runs, x, y, x + labels.LABEL_W, y + labels.LABEL_H)
    printed = _squash("".join(r.text for r in first))
    assert printed == _squash(
        BRAND + PRODUCT + "Rp 12.500.000 / bungkus" + URL.split("//")[1]
    )
    qr = _grow(labels.qr_box(x, y), 2 * mm - 0.01)
    label = (x, y, x + labels.LABEL_W, y + labels.LABEL_H)
    for run in first:
        box = run.box()
        assert not overlaps(box, qr), run
        assert label[0] <= box[0] and box[2] <= label[2], run
        assert label[1] <= box[1] and box[3] <= label[3], run
        assert run.size >= 4, run  # still readable


def test_sign_in_card_prints_every_line_outside_the_qr_code():
    user = SimpleNamespace(public_name=LEARNER, username=USERNAME)
    card = IssuedCard(user=user, code="ABCDE-23456")
    data = cards.sign_in_cards_pdf(
        cards=[card] * 8,
        sign_in_url="https://berdaya.example/akun/kartu/",
        site="berdaya.example",
    )
    _assert_fonts_embedded(data)
    assert _quiet_zone_modules(data, "https://berdaya.example/akun/kartu/") >= 4

    runs = text_runs(data)
    x, y = cards.MARGIN, A4[1] - cards.MARGIN - cards.CARD_H
    first = _runs_in(runs, x, y, x + cards.CARD_W, y + cards.CARD_H)
    printed = _squash("".join(r.text for r in first))
    for expected in (LEARNER, USERNAME, "ABCDE-23456", "berdaya.example"):
        assert _squash(expected) in printed
    qr = _grow(cards.qr_box(x, y), 2 * mm - 0.01)
    for run in first:
        box = run.box()
        assert not overlaps(box, qr), run
        assert y <= box[1] and box[3] <= y + cards.CARD_H, run
        assert box[2] <= x + cards.CARD_W, run
    # The last line (keep it private) is printed, below the code.
    assert first[-1].y < min(r.y for r in first if "ABCDE" in r.text)
