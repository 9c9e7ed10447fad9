import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from marketplace.models import Brand, Product, ReviewLog
from marketplace.services import BRAND_CHECKLIST, PRODUCT_CHECKLIST
from tests.factories import UserFactory

from .conftest import make_brand, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator_client(client):
    curator = UserFactory(username="curator")
    curator.groups.add(Group.objects.get(name="Curators"))
    client.force_login(curator)
    return client


def test_curator_sees_queue_filtered_by_status(curator_client, image, category):
    waiting = make_brand(live=False, name="Menunggu Review", status="submitted")
    make_brand(live=False, name="Masih Draf")
    index = reverse("brand_review:index")
    html = curator_client.get(index, {"status": "submitted"}).content.decode()
    assert "Menunggu Review" in html
    assert "Masih Draf" not in html
    product = make_product(brand=waiting, image=image, category=category, live=False)
    response = curator_client.get(reverse("product_review:index"))
    assert response.status_code == 200
    assert product.name in response.content.decode()


def test_curator_approves_brand_and_product_with_checklist(
    curator_client, client, image, category
):
    brand = make_brand(live=False, name="Dapur Baru", status="submitted")
    product = make_product(brand=brand, image=image, category=category, live=False)
    product.status = Product.Status.SUBMITTED
    product.save()

    url = reverse("brand_review:edit", args=[brand.pk])
    page = curator_client.get(url)
    assert page.status_code == 200
    assert "Dapur Baru" in page.content.decode()
    # Without the whole checklist nothing is approved.
    response = curator_client.post(url, {"decision": "approve", "checklist": ["name"]})
    assert response.status_code == 200
    brand.refresh_from_db()
    assert brand.status == Brand.Status.SUBMITTED

    response = curator_client.post(
        url,
        {"decision": "approve", "checklist": [key for key, _l in BRAND_CHECKLIST]},
    )
    assert response.status_code == 302
    brand.refresh_from_db()
    assert brand.is_public and brand.public_name == "Dapur Baru"

    response = curator_client.post(
        reverse("product_review:edit", args=[product.pk]),
        {"decision": "approve", "checklist": [key for key, _l in PRODUCT_CHECKLIST]},
    )
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.is_live
    assert ReviewLog.objects.filter(product=product, decision="approved").exists()


def test_requested_changes_message_reaches_the_seller(
    curator_client, client, image, category
):
    brand = make_brand(live=False, status="submitted")
    product = make_product(brand=brand, image=image, category=category, live=False)
    response = curator_client.post(
        reverse("product_review:edit", args=[product.pk]),
        {"decision": "request_changes", "message": "Foto sampul kurang terang."},
    )
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.status == Product.Status.CHANGES_REQUESTED
    client.force_login(brand.owner)
    html = client.get(reverse("marketplace:dashboard")).content.decode()
    assert "Foto sampul kurang terang." in html


def test_sellers_cannot_open_the_review_queue(client, product):
    client.force_login(product.brand.owner)
    response = client.get(reverse("product_review:edit", args=[product.pk]))
    assert response.status_code in (302, 403)


def test_curator_suspends_a_live_brand_with_a_message(
    curator_client, client, image, category
):
    brand = make_brand(name="Dapur Nakal")
    product = make_product(brand=brand, image=image, category=category)
    url = reverse("brand_review:edit", args=[brand.pk])
    assert "Tangguhkan merek" in curator_client.get(url).content.decode()
    # A suspension needs a reason the seller can read.
    response = curator_client.post(url, {"decision": "suspend", "message": ""})
    assert response.status_code == 200
    brand.refresh_from_db()
    assert brand.status == Brand.Status.APPROVED
    response = curator_client.post(
        url, {"decision": "suspend", "message": "Foto produk menyesatkan."}
    )
    assert response.status_code == 302
    brand.refresh_from_db()
    assert brand.status == Brand.Status.SUSPENDED
    assert not brand.is_public
    showcase = client.get(reverse("marketplace:showcase")).content.decode()
    assert product.name not in showcase
