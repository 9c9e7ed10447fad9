"""Every write is safe to repeat: a double tap gives one object and no error
page, a storage error gives a clear message and leaves nothing behind."""

from __future__ import annotations

import threading
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, close_old_connections, connection
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model

from home.imaging import clean_image
from marketplace import services
from marketplace.models import Brand, Inquiry, InquiryReply, Product, ProductPhoto
from tests.images import png_bytes
from tests.marketplace.conftest import make_brand, make_seller


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def product_post(category, token, **extra):
    data = {
        "name": "Keripik Tempe",
        "category": category.pk,
        "description": "Renyah, tanpa pengawet.",
        "price": "15.000",
        "unit": "pcs",
        "stock": "ready",
        "min_order": "1",
        "token": str(token),
        "action": "save",
        "new_photos": [
            SimpleUploadedFile("a.png", png_bytes(), content_type="image/png"),
            SimpleUploadedFile("b.png", png_bytes(), content_type="image/png"),
        ],
    }
    data.update(extra)
    return data


def test_the_product_form_carries_a_token(seller_client, brand):
    html = seller_client.get(reverse("marketplace:product_create")).content.decode()
    assert 'name="token"' in html


def test_a_double_tapped_new_product_is_created_once(seller_client, brand, category):
    token = uuid.uuid4()
    url = reverse("marketplace:product_create")
    first = seller_client.post(url, product_post(category, token))
    files_after_first = stored_files()
    second = seller_client.post(url, product_post(category, token))
    assert first.status_code == second.status_code == 302
    assert second["Location"] == first["Location"]
    product = Product.objects.get(brand=brand)
    assert product.photos.count() == 2
    # The repeat stored no second set of photos.
    assert stored_files() == files_after_first
    assert get_image_model().objects.filter(title="Keripik Tempe").count() == 2


def test_two_products_with_the_same_name_both_get_made(seller_client, brand, category):
    url = reverse("marketplace:product_create")
    seller_client.post(url, product_post(category, uuid.uuid4()))
    seller_client.post(url, product_post(category, uuid.uuid4()))
    slugs = sorted(Product.objects.filter(brand=brand).values_list("slug", flat=True))
    assert slugs == ["keripik-tempe", "keripik-tempe-2"]


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_identical_new_product_posts_at_once_make_one_product(category):
    seller = make_seller()
    brand = make_brand(owner=seller)
    token = uuid.uuid4()
    url = reverse("marketplace:product_create")
    statuses, errors = [], []
    barrier = threading.Barrier(2)

    def tap():
        try:
            client = Client()
            client.force_login(seller)
            data = product_post(category, token)
            barrier.wait()
            statuses.append(client.post(url, data).status_code)
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=tap) for _n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [302, 302]
    assert Product.objects.filter(brand=brand).count() == 1
    assert ProductPhoto.objects.filter(product__brand=brand).count() == 2
    assert get_image_model().objects.filter(title="Keripik Tempe").count() == 2
    images = {
        Path(name).name
        for name in get_image_model().objects.values_list("file", flat=True)
    }
    originals = {path.name for path in stored_files() if "original_images" in str(path)}
    assert originals == images  # the losing request deleted what it wrote


class ReadOnlyStorage(FileSystemStorage):
    """A full or read-only disk: every write fails."""

    def _save(self, name, content):
        raise OSError(30, "Read-only file system")


@pytest.fixture
def read_only_media(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.marketplace.test_idempotency.ReadOnlyStorage"},
    }


def test_a_read_only_disk_gives_a_clear_message_and_no_row(
    seller_client, brand, category, read_only_media
):
    response = seller_client.post(
        reverse("marketplace:product_create"), product_post(category, uuid.uuid4())
    )
    assert response.status_code == 200
    assert "We could not save your photo right now" in response.content.decode()
    assert not Product.objects.filter(brand=brand).exists()
    assert not get_image_model().objects.filter(title="Keripik Tempe").exists()


def test_a_read_only_disk_on_a_new_brand_leaves_no_brand(client, category, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.marketplace.test_idempotency.ReadOnlyStorage"},
    }
    seller = make_seller()
    client.force_login(seller)
    response = client.post(
        reverse("marketplace:brand_edit"),
        {
            "name": "Dapur Baru",
            "city": "Bandung",
            "story": "Cerita",
            "cover_upload": SimpleUploadedFile("c.png", png_bytes()),
        },
    )
    assert response.status_code == 200
    assert "We could not save your photo right now" in response.content.decode()
    assert not Brand.objects.filter(owner=seller).exists()
    assert stored_files() == []


def test_files_written_before_a_failure_are_deleted(
    seller_client, brand, category, monkeypatch
):
    real_create = ProductPhoto.objects.create
    calls = []

    def create_then_fail(**kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise DatabaseError("disk full while writing the row")
        return real_create(**kwargs)

    monkeypatch.setattr(ProductPhoto.objects, "create", create_then_fail)
    with pytest.raises(DatabaseError):
        services.product_create(
            brand=brand,
            data={
                "name": "Keripik",
                "category": category,
                "description": "Renyah",
                "price": 10000,
            },
            photos=[
                clean_image(SimpleUploadedFile(f"{n}.png", png_bytes())) for n in "ab"
            ],
            token=uuid.uuid4(),
        )
    assert not Product.objects.filter(brand=brand).exists()
    assert [path for path in stored_files() if "original_images" in str(path)] == []


def test_a_double_tapped_photo_upload_adds_one_photo(seller_client, product):
    token = str(uuid.uuid4())
    url = reverse("marketplace:product_photos", args=[product.pk])
    for _tap in range(2):
        response = seller_client.post(
            url,
            {
                "action": "upload",
                "token": token,
                "photo": SimpleUploadedFile("p.png", png_bytes()),
            },
        )
        assert response.status_code == 302
    assert product.photos.count() == 2  # the fixture's photo and one new


def test_a_double_tapped_duplicate_makes_one_copy(seller_client, product):
    page = seller_client.get(reverse("marketplace:dashboard")).content.decode()
    assert 'name="token"' in page
    token = str(uuid.uuid4())
    url = reverse("marketplace:product_action", args=[product.pk, "duplicate"])
    first = seller_client.post(url, {"token": token})
    second = seller_client.post(url, {"token": token})
    assert first["Location"] == second["Location"]
    assert Product.objects.filter(brand=product.brand).count() == 2


def test_a_double_tapped_answer_is_sent_once(
    seller_client, product, django_capture_on_commit_callbacks
):
    inquiry = Inquiry.objects.create(
        product=product,
        brand=product.brand,
        buyer_name="Dewi",
        buyer_email="dewi@example.com",
        message="Ada?",
    )
    token = str(uuid.uuid4())
    url = reverse("marketplace:inquiry_detail", args=[inquiry.pk])
    with django_capture_on_commit_callbacks(execute=True):
        for _tap in range(2):
            response = seller_client.post(url, {"message": "Ada.", "token": token})
            assert response.status_code == 302
    assert InquiryReply.objects.filter(inquiry=inquiry).count() == 1
    assert len(mail.outbox) == 1
