"""Redis down: buyers still ask, and the inquiry limiter decides on purpose
(per IP open, per product counted in the database; docs/outages.md)."""

from __future__ import annotations

import uuid

from django.urls import reverse

from marketplace import services
from marketplace.models import Inquiry


def test_product_pages_render_with_redis_down(client, product, redis_down):
    url = reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    assert client.get(url).status_code == 200
    assert client.get("/etalase/").status_code == 200


def inquiry_post(client, product, **extra):
    return client.post(
        reverse("marketplace:product_inquiry", args=[product.brand.slug, product.slug]),
        {
            "buyer_name": "Dewi",
            "buyer_email": "dewi@example.com",
            "quantity": "1",
            "message": "Masih ada?",
            "website": "",
            "token": str(uuid.uuid4()),
        },
        **extra,
    )


def test_inquiries_are_accepted_with_redis_down(client, product, redis_down):
    for _n in range(services.INQUIRY_LIMIT_PER_IP + 1):
        assert inquiry_post(client, product).status_code == 302
    assert Inquiry.objects.count() == services.INQUIRY_LIMIT_PER_IP + 1


def test_per_product_limit_holds_from_the_database_with_redis_down(
    client, product, redis_down, monkeypatch
):
    monkeypatch.setattr(services.inquiries, "INQUIRY_LIMIT_PER_PRODUCT", 2)
    assert inquiry_post(client, product).status_code == 302
    assert inquiry_post(client, product).status_code == 302
    assert inquiry_post(client, product).status_code == 429
    assert Inquiry.objects.count() == 2
