"""Sellers describe their photos; buyers hear every photo and can enlarge it."""

import re
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from marketplace.models import ProductPhoto
from tests.images import png_bytes

from .conftest import publish


def test_every_gallery_photo_has_a_description_and_opens_large(
    seller_client, client, product
):
    response = seller_client.post(
        reverse("marketplace:product_photos", args=[product.pk]),
        {
            "action": "upload",
            "token": str(uuid.uuid4()),
            "photo": SimpleUploadedFile("p.png", png_bytes()),
            "alt_text": "Dua bungkus keripik, label harga di depan",
        },
    )
    assert response.status_code == 302
    ProductPhoto.objects.filter(product=product).update(in_public=True)
    for number, photo in enumerate(product.photos.order_by("position")):
        photo.public_position = number
        photo.save(update_fields=["public_position"])
    publish(product)

    html = client.get(
        reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    ).content.decode()
    gallery = html[html.index('class="gallery"') : html.index('class="product-info"')]
    alts = re.findall(r'<img[^>]*alt="([^"]*)"', gallery)
    assert len(alts) == 2
    assert all(alts), alts  # no empty alt
    assert "Dua bungkus keripik, label harga di depan" in alts
    links = re.findall(r'<a class="gallery-link" href="([^"]+)"', gallery)
    assert len(links) == 2 and all(link.endswith(".webp") for link in links)
