"""Over-long input in the showcase forms is a form error, never a 500."""

from __future__ import annotations

import uuid

from django.urls import reverse

from marketplace.models import Brand, Inquiry, Product

HUGE = "x" * 1_000_000


def test_brand_form_refuses_huge_values(seller_client, brand):
    fields = ["name", "tagline", "story", "city", "instagram_handle", "shop_url"]
    for name in [*fields, "whatsapp_number"]:
        data = {"name": "Dapur", "city": "Bandung", "story": "Cerita", name: HUGE}
        response = seller_client.post(reverse("marketplace:brand_edit"), data)
        assert response.status_code in (200, 400), name
        assert "error" in response.content.decode()
    assert Brand.objects.get(pk=brand.pk).name == "Dapur Uji"


def test_product_form_refuses_huge_values(seller_client, brand, category):
    names = ["name", "description", "price", "net_weight", "size", "shelf_life"]
    for name in [*names, "pirt_number", "halal_number", "unit", "stock"]:
        data = {
            "name": "Keripik",
            "category": category.pk,
            "description": "Renyah",
            "price": "10.000",
            "unit": "pcs",
            "stock": "ready",
            "min_order": "1",
            "token": str(uuid.uuid4()),
            name: HUGE,
        }
        response = seller_client.post(reverse("marketplace:product_create"), data)
        assert response.status_code in (200, 400), name
    assert not Product.objects.filter(brand=brand, name="Keripik").exists()


def test_inquiry_and_reply_forms_refuse_huge_values(client, seller_client, product):
    url = reverse(
        "marketplace:product_inquiry", args=[product.brand.slug, product.slug]
    )
    for name in ["buyer_name", "buyer_phone", "buyer_email", "quantity", "message"]:
        data = {
            "buyer_name": "Dewi",
            "buyer_email": "dewi@example.com",
            "quantity": "1",
            "message": "Ada?",
            "token": str(uuid.uuid4()),
            name: HUGE,
        }
        assert client.post(url, data).status_code == 400, name
    assert not Inquiry.objects.exists()
    inquiry = Inquiry.objects.create(
        product=product, brand=product.brand, buyer_name="A", buyer_phone="0812345678"
    )
    response = seller_client.post(
        reverse("marketplace:inquiry_detail", args=[inquiry.pk]), {"message": HUGE}
    )
    assert response.status_code in (200, 400)
    assert not inquiry.replies.exists()


def test_showcase_filters_ignore_huge_values(client, db):
    response = client.get("/etalase/", {"q": HUGE[:100_000], "city": HUGE[:100_000]})
    assert response.status_code == 200
