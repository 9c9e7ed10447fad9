"""Journey 4: a buyer without an account finds a product and asks the seller."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .conftest import sign_in


def test_buyer_browses_filters_asks_and_seller_sees_it(phones):
    buyer = phones("buyer")
    page = buyer.open("/")
    page.get_by_role("main").get_by_role("link", name=re.compile("etalase", re.I)).or_(
        page.get_by_role("navigation", name="Menu utama").get_by_role(
            "link", name="Etalase"
        )
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Etalase")
    buyer.check("buyer-01-showcase")

    # Results first on a phone, two cards a row; the filters are folded
    # after them, and "Saring" above the results jumps there.
    cards = page.locator(".product-grid > li")
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert first["y"] == second["y"] and second["x"] > first["x"]
    panel = page.locator("details[data-filter-panel]")
    assert panel.bounding_box()["y"] > first["y"] + first["height"]
    expect(page.get_by_role("list", name="Kategori")).to_be_hidden()
    jump = page.get_by_role("link", name=re.compile(r"^(Saring|Filter)$"))
    assert jump.bounding_box()["height"] >= 44
    jump.click()

    # A category, then a price range.
    page.get_by_role("list", name="Kategori").get_by_role(
        "link", name="Makanan & Minuman"
    ).click()
    active = page.get_by_role("list", name="Saringan yang dipakai")
    expect(
        active.get_by_role(
            "link",
            name=re.compile(r"^(Hapus saringan|Remove filter): Makanan & Minuman$"),
        )
    ).to_be_visible()
    if not page.get_by_label("Harga terendah").is_visible():
        page.get_by_text("Saring dan urutkan").click()  # a <details> panel
    page.get_by_label("Harga terendah").fill("10.000")
    page.get_by_label("Harga tertinggi").fill("20.000")
    page.get_by_role("button", name="Tampilkan produk").click()
    results = (
        page.get_by_role("main")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading"))
    )
    expect(results.filter(has_text="Keripik Singkong Balado")).to_have_count(1)
    expect(results.filter(has_text="Sambal Bawang")).to_have_count(0)  # Rp 25.000
    expect(results.filter(has_text="Sabun Sereh")).to_have_count(0)  # not food
    # Three filters in use, each a chip above the results, and "Hapus semua".
    expect(active.locator("a.chip:not(.chip-clear)")).to_have_count(3)
    for chip in active.get_by_role("link").all():
        assert chip.bounding_box()["height"] >= 44
    assert (
        active.bounding_box()["y"] < page.locator(".product-grid").bounding_box()["y"]
    )
    expect(active.get_by_role("link", name="Hapus semua")).to_be_visible()
    buyer.check("buyer-02-showcase-filtered")

    # Removing the price floor keeps the category and the ceiling.
    active.get_by_role("link", name=re.compile(r"(mulai|from) Rp")).click()
    expect(active.locator("a.chip:not(.chip-clear)")).to_have_count(2)
    expect(page).to_have_url(re.compile(r"category=makanan-minuman"))
    expect(page).not_to_have_url(re.compile(r"min_price"))

    page.get_by_role("link", name=re.compile("Keripik Singkong Balado")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Keripik Singkong Balado")
    buyer.check("buyer-03-product")

    page.get_by_role("link", name="Tanya penjual").first.click()
    form = page.get_by_role("region", name="Tanya penjual")
    form.get_by_label("Nama Anda").fill("Ibu Lestari")
    form.get_by_label("Telepon atau WhatsApp").fill("0857 1234 5678")
    form.get_by_label("Jumlah").fill("20")
    form.get_by_label("Pertanyaan Anda").fill(
        "Apakah bisa kirim 20 pak ke Depok untuk arisan hari Sabtu?"
    )
    form.get_by_role("button", name="Kirim pertanyaan").click()
    # The confirmation takes the form's place, where the buyer is looking,
    # and says what happens next.
    expect(page).to_have_url(re.compile(r"\?terkirim=1#tanya$"))
    sent = page.locator("#tanya [data-inquiry-sent]")
    expect(sent).to_be_visible()
    expect(sent).to_be_in_viewport()
    expect(sent.get_by_role("status")).to_contain_text("Dapur Bu Sari")
    expect(sent.get_by_role("listitem")).to_have_count(3)
    expect(page.locator("#tanya form")).to_have_count(0)
    buyer.check("buyer-04-question-sent")

    # The seller of Dapur Bu Sari sees it in the inbox.
    seller = phones("seller")
    page = seller.open("/")
    sign_in(seller, "penjual")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Toko saya"
    ).click()
    seller.check("seller-01-my-shop")
    page.get_by_role("link", name=re.compile("pertanyaan baru")).click()
    question = page.get_by_role("link", name=re.compile("Ibu Lestari"))
    expect(question).to_contain_text("Keripik Singkong Balado")
    seller.check("seller-02-inbox")
    question.click()
    expect(page.get_by_role("main")).to_contain_text("arisan hari Sabtu")
    seller.check("seller-03-question")
