"""The seller's and the buyer's forms answer bad input with the error summary
that links to the field, and store nothing."""

from __future__ import annotations

import uuid

import pytest
from django.urls import reverse

from marketplace.models import Brand, Inquiry, Product, ProductPhoto
from tests.forms import assert_error_summary

from .conftest import make_seller

pytestmark = pytest.mark.django_db


def test_brand_form(client):
    client.force_login(make_seller())
    response = client.post(
        reverse("marketplace:brand_edit"), {"name": "", "city": "Bandung"}
    )
    assert response.status_code in (200, 400)
    assert_error_summary(response.content.decode(), "id_name")
    assert not Brand.objects.exists()


def test_product_form(seller_client, brand, category):
    data = {
        "name": "",
        "category": category.pk,
        "description": "Renyah",
        "price": "10.000",
        "unit": "pcs",
        "stock": "ready",
        "min_order": "1",
        "token": str(uuid.uuid4()),
    }
    response = seller_client.post(reverse("marketplace:product_create"), data)
    assert response.status_code in (200, 400)
    assert_error_summary(response.content.decode(), "id_name")
    assert not Product.objects.filter(brand=brand).exists()


def test_product_photo_form(seller_client, product):
    before = ProductPhoto.objects.filter(product=product).count()
    response = seller_client.post(
        reverse("marketplace:product_photos", args=[product.pk]),
        {"action": "upload", "token": str(uuid.uuid4()), "alt_text": "Keripik"},
    )
    assert response.status_code in (200, 400)
    assert_error_summary(response.content.decode(), "id_photo")
    assert ProductPhoto.objects.filter(product=product).count() == before


def test_inquiry_form(client, product):
    url = reverse(
        "marketplace:product_inquiry", args=[product.brand.slug, product.slug]
    )
    data = {
        "buyer_name": "",
        "buyer_phone": "0812 3456 7890",
        "quantity": "1",
        "message": "Ada?",
        "token": str(uuid.uuid4()),
    }
    response = client.post(url, data)
    assert response.status_code == 400
    assert_error_summary(response.content.decode(), "id_buyer_name")
    assert not Inquiry.objects.exists()
