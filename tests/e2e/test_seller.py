"""Journey 3: a graduate lists a product photographed on her phone; a curator
approves it in the admin; buyers see it; the stored photo has no GPS."""

from __future__ import annotations

import io
import random
import re

from PIL import Image
from playwright.sync_api import expect

from tests.images import has_gps_or_metadata, jpeg_with_gps

from .conftest import sign_in, sign_in_admin

BRAND = "Dapur Bu Sari"


def test_seller_lists_product_curator_approves_buyer_sees_it(phones):
    product = f"Rempeyek Kacang {random.randint(100, 999)}"
    seller = phones("seller")
    page = seller.open("/")
    sign_in(seller, "penjual")  # a graduate: her brand is in the demo
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Toko saya"
    ).click()
    page.get_by_role("link", name="Ubah merek").click()
    expect(page.get_by_label("Nama merek")).to_have_value(BRAND)
    seller.check("seller-04-brand")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Toko saya"
    ).click()

    page.get_by_role("link", name="Tambah produk").click()
    seller.check("seller-05-add-product")
    page.get_by_label("Nama produk").fill(product)
    page.get_by_label("Kategori").select_option(label="Makanan & Minuman")
    page.get_by_label("Deskripsi").fill(
        "Rempeyek kacang tanah yang tipis dan renyah, digoreng dengan minyak baru. "
        "Simpan di toples tertutup."
    )
    # The product's price: each variant's price has a label of its own.
    page.get_by_role("textbox", name="Harga (Rp)", exact=True).fill("18.000")
    page.get_by_label("Satuan").select_option(label="pak")
    page.get_by_label("Berat bersih").fill("150 g")
    # A photo straight from the phone's camera, with the place it was taken.
    photo = jpeg_with_gps(size=(800, 600))
    assert has_gps_or_metadata(photo)
    page.get_by_label("Tambah foto").set_input_files(
        {"name": "IMG_20260301_101500.jpg", "mimeType": "image/jpeg", "buffer": photo}
    )
    page.get_by_role("button", name="Simpan dan kirim untuk diperiksa").click()
    expect(page.get_by_role("status")).to_contain_text("dikirim untuk diperiksa")
    seller.check("seller-06-product-sent")

    # The stored photo has lost its GPS and every other piece of metadata.
    paths = seller.site.query(
        "import json; from marketplace.models import Product; "
        f"p = Product.objects.get(name={product!r}); "
        "print(json.dumps([ph.image.file.name for ph in p.photos.all()]))"
    )
    assert paths
    for name in paths:
        stored = (seller.site.media_root / name).read_bytes()
        assert not has_gps_or_metadata(stored), name
        assert not Image.open(io.BytesIO(stored)).getexif().get_ifd(0x8825)

    # The curator approves it in the Wagtail admin.
    curator = phones("curator")
    admin = curator.open("/admin/")
    sign_in_admin(curator, "kurator")
    admin.get_by_role("button", name="Toggle sidebar").click()
    admin.get_by_role("button", name="Etalase").click()
    admin.get_by_role("link", name="Produk", exact=True).click()
    admin.get_by_role("main").get_by_role("link", name=product).click()
    expect(admin.get_by_role("main")).to_contain_text(BRAND)
    curator.check("curator-01-product-review", axe=False, weight=False)
    checklist = admin.get_by_role("group", name="Daftar periksa mutu")
    for box in checklist.get_by_role("checkbox").all():
        box.check()
    admin.get_by_role("button", name="Setujui").click()
    curator.check("curator-02-approved", axe=False, weight=False)

    # A buyer finds it in the showcase.
    buyer = phones("buyer")
    shop = buyer.open("/")
    shop.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Etalase"
    ).click()
    shop.get_by_role("searchbox", name="Cari").fill("Rempeyek")
    shop.get_by_role("button", name="Cari").click()
    shop.get_by_role("link", name=re.compile(product)).first.click()
    expect(shop.get_by_role("heading", level=1)).to_have_text(product)
    expect(shop.get_by_role("main")).to_contain_text("Rp 18.000")
    buyer.check("buyer-05-new-product")
    # What buyers download is a rendition: no GPS in it either.
    cover = shop.get_by_role("img", name=product).first
    data = shop.request.get(cover.get_attribute("src")).body()
    assert not has_gps_or_metadata(data)
