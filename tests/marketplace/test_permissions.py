"""Curating the showcase is a permission; sellers' photos are for curators only."""

import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection

from courses.services import INSTRUCTORS_GROUP
from home.imaging import clean_image
from marketplace.models import ProductPhoto
from marketplace.services import COLLECTION_NAME, CURATORS_GROUP, product_photo_add
from tests.factories import UserFactory
from tests.images import jpeg_with_gps

from .conftest import make_brand, make_product

pytestmark = pytest.mark.django_db

SELLER_PHOTO = "Foto rumah penjual"


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _rename_curators() -> Group:
    group = Group.objects.get(name=CURATORS_GROUP)
    group.name = "Kurator etalase"
    group.save()
    return group


@pytest.fixture
def brand(db):
    return make_brand(live=False, name="Dapur Menunggu", status="submitted")


def test_a_curator_in_a_renamed_group_keeps_reviewing(brand):
    curator = UserFactory(username="kurator")
    curator.groups.add(_rename_curators())
    client = _client_for(curator)

    listing = client.get(reverse("brand_review:index"))
    assert listing.status_code == 200
    assert "Dapur Menunggu" in listing.content.decode()
    review = client.get(reverse("brand_review:edit", args=[brand.pk]))
    assert review.status_code == 200


def test_a_group_named_curators_grants_nothing(brand):
    _rename_curators()
    impostor_group = Group.objects.create(name=CURATORS_GROUP)
    # Even Django's plain model permissions do not open the review queues.
    impostor_group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "view_brand",
                "change_brand",
                "view_product",
                "change_product",
            ]
        )
    )
    impostor = UserFactory(username="bukan-kurator")
    impostor.groups.add(impostor_group)
    client = _client_for(impostor)

    for url in (
        reverse("brand_review:index"),
        reverse("brand_review:edit", args=[brand.pk]),
        reverse("product_review:index"),
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home")
    response = client.post(
        reverse("brand_review:edit", args=[brand.pk]),
        {"decision": "suspend", "message": "x"},
    )
    brand.refresh_from_db()
    assert brand.status == "submitted"
    assert "Dapur Menunggu" not in client.get("/admin/").content.decode()


@pytest.fixture
def seller_photo(site_root, image, category):
    """A photo a seller took on her phone, sent through the showcase form."""
    call_command("site_setup", stdout=io.StringIO())
    product = make_product(
        brand=make_brand(), image=image, category=category, name=SELLER_PHOTO
    )
    cleaned = clean_image(SimpleUploadedFile("rumah.jpg", jpeg_with_gps((300, 200))))
    return product_photo_add(product=product, cleaned=cleaned).image


def test_seller_uploads_land_in_the_showcase_collection(seller_photo):
    assert seller_photo.collection == Collection.objects.get(name=COLLECTION_NAME)


def test_instructors_can_neither_list_nor_choose_seller_photos(seller_photo):
    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name=INSTRUCTORS_GROUP))
    client = _client_for(instructor)

    listing = client.get(reverse("wagtailimages:index"))
    assert listing.status_code == 200
    assert SELLER_PHOTO not in listing.content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert chooser.status_code == 200
    assert SELLER_PHOTO not in json.loads(chooser.content)["html"]
    results = client.get(reverse("wagtailimages_chooser:choose_results"))
    assert SELLER_PHOTO not in results.content.decode()
    edit = client.get(reverse("wagtailimages:edit", args=[seller_photo.pk]))
    assert edit.status_code == 302
    chosen = client.get(reverse("wagtailimages_chooser:chosen", args=[seller_photo.pk]))
    assert chosen.status_code == 302  # refused: back to the admin home


def test_curators_list_and_choose_seller_photos(seller_photo):
    curator = UserFactory(username="kurator")
    curator.groups.add(Group.objects.get(name=CURATORS_GROUP))
    client = _client_for(curator)

    listing = client.get(reverse("wagtailimages:index"))
    assert SELLER_PHOTO in listing.content.decode()
    chooser = client.get(reverse("wagtailimages_chooser:choose"))
    assert SELLER_PHOTO in json.loads(chooser.content)["html"]


def test_sellers_never_reach_the_admin(seller_photo):
    """A seller with an approved, live brand and a photo works in the showcase
    pages only: the Wagtail and Django admins, image list and chooser stay shut."""
    seller = ProductPhoto.objects.get(image=seller_photo).product.brand.owner
    assert seller.brand.is_public
    assert not seller.has_perm("wagtailadmin.access_admin")
    client = _client_for(seller)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=[seller_photo.pk]),
        reverse("wagtailimages_chooser:choose"),
        reverse("admin:index"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "login" in response["Location"], url
        assert SELLER_PHOTO not in response.content.decode(), url
