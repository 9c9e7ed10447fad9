"""Showcase fixtures: sellers, a live brand and products built fast."""

from __future__ import annotations

import itertools

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.images import get_image_model

from home.imaging import clean_image
from marketplace.models import Brand, Category, Product, ProductPhoto, SellerApproval
from tests.factories import UserFactory
from tests.images import png_bytes

_counter = itertools.count()


@pytest.fixture
def image(db):
    cleaned = clean_image(SimpleUploadedFile("p.png", png_bytes()))
    img = get_image_model()(title="photo", file=cleaned.file)
    img._set_image_file_metadata()
    img.save()
    return img


@pytest.fixture
def category(db):
    return Category.objects.get(slug="makanan-minuman")


def make_seller(**kwargs):
    user = UserFactory(**kwargs)
    SellerApproval.objects.create(user=user)
    return user


def make_brand(*, owner=None, live=True, **kwargs) -> Brand:
    owner = owner or make_seller()
    n = next(_counter)
    defaults = {
        "name": f"Merek {n}",
        "slug": f"merek-{n}",
        "city": "Kab. Bandung",
        "story": "Cerita merek.",
        "tagline": "Enak dan jujur",
    }
    defaults.update(kwargs)
    brand = Brand.objects.create(owner=owner, **defaults)
    if live:
        brand.status = Brand.Status.APPROVED
        brand.public_name = brand.name
        brand.public_story = brand.story
        brand.public_tagline = brand.tagline
        brand.published_at = timezone.now()
        brand.save()
    return brand


def make_product(*, brand, image, category, live=True, **kwargs) -> Product:
    n = next(_counter)
    defaults = {
        "name": f"Keripik {n}",
        "slug": f"keripik-{n}",
        "description": "Renyah.\nTanpa pengawet.",
        "price": 12000,
    }
    defaults.update(kwargs)
    product = Product.objects.create(brand=brand, category=category, **defaults)
    ProductPhoto.objects.create(
        product=product, image=image, position=0, in_public=live
    )
    if live:
        publish(product)
    return product


def publish(product: Product) -> Product:
    for name in Product.REVIEWED_FIELDS:
        setattr(product, f"public_{name}", getattr(product, name))
    product.status = Product.Status.APPROVED
    product.published_at = product.published_at or timezone.now()
    product.save()
    return product


@pytest.fixture
def seller(db):
    return make_seller(username="seller_a", first_name="Legal", last_name="Secret")


@pytest.fixture
def brand(seller):
    return make_brand(owner=seller, name="Dapur Uji", slug="dapur-uji")


@pytest.fixture
def product(brand, image, category):
    return make_product(
        brand=brand,
        image=image,
        category=category,
        name="Sambal Uji",
        slug="sambal-uji",
        price=25000,
        unit=Product.Unit.PACK,
    )


@pytest.fixture
def seller_client(client, seller):
    client.force_login(seller)
    return client
