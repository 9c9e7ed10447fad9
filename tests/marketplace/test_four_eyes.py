"""Curators who sell: nobody approves their own eligibility, brand or products,
and every approval records who gave it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from accounts.models import Centre
from accounts.selectors import CENTRE_STAFF_GROUP
from marketplace import services
from marketplace.models import Brand, Product, ReviewLog, SellerApproval
from marketplace.services import BRAND_CHECKLIST, PRODUCT_CHECKLIST
from tests.factories import UserFactory

from .conftest import make_brand, make_product

pytestmark = pytest.mark.django_db


def _curator(username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name="Curators"))
    return user


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _keys(checklist) -> list[str]:
    return [key for key, _label in checklist]


@pytest.fixture
def selling_curator():
    curator = _curator("kurator-jual")
    SellerApproval.objects.create(user=curator, approved_by=_curator("kurator-lain"))
    return curator


def test_a_curator_cannot_approve_her_own_brand(selling_curator):
    brand = make_brand(owner=selling_curator, live=False, status="submitted")
    response = _client(selling_curator).post(
        reverse("brand_review:edit", args=[brand.pk]),
        {"decision": "approve", "checklist": _keys(BRAND_CHECKLIST)},
    )
    assert response.status_code == 200
    brand.refresh_from_db()
    assert brand.status == Brand.Status.SUBMITTED and not brand.is_public
    assert not ReviewLog.objects.filter(brand=brand, decision="approved").exists()

    other = _curator("kurator-dua")
    response = _client(other).post(
        reverse("brand_review:edit", args=[brand.pk]),
        {"decision": "approve", "checklist": _keys(BRAND_CHECKLIST)},
    )
    assert response.status_code == 302
    brand.refresh_from_db()
    assert brand.is_public
    assert ReviewLog.objects.get(brand=brand, decision="approved").reviewer == other


def test_a_curator_cannot_approve_her_own_product(selling_curator, image, category):
    brand = make_brand(owner=selling_curator)
    product = make_product(brand=brand, image=image, category=category, live=False)
    product.status = Product.Status.SUBMITTED
    product.save()
    with pytest.raises(services.ShowcaseError) as refused:
        services.product_approve(
            product=product,
            reviewer=selling_curator,
            checklist=_keys(PRODUCT_CHECKLIST),
        )
    assert refused.value.code == "own_approval"
    product.refresh_from_db()
    assert not product.is_live


def test_nobody_approves_herself_to_sell_in_the_admin():
    curator = _curator("kurator")
    client = _client(curator)
    add = reverse("seller_approval:add")
    response = client.post(add, {"user": curator.pk, "note": "Saya sendiri"})
    assert response.status_code == 200
    assert not SellerApproval.objects.filter(user=curator).exists()

    graduate = UserFactory(username="lulusan")
    response = client.post(add, {"user": graduate.pk, "note": "Lulus pelatihan"})
    assert response.status_code == 302
    approval = SellerApproval.objects.get(user=graduate)
    assert approval.approved_by == curator
    listing = client.get(reverse("seller_approval:index")).content.decode()
    assert curator.public_name in listing


def test_an_approval_cannot_be_moved_to_someone_else_later():
    admin = UserFactory(username="admin-jual", is_superuser=True, is_staff=True)
    graduate, other = UserFactory(username="lulusan"), UserFactory(username="lain")
    approval = services.seller_approval_create(user=graduate, approved_by=admin)
    _client(admin).post(
        reverse("seller_approval:edit", args=[approval.pk]),
        {"user": other.pk, "note": "Dipindah"},
    )
    approval.refresh_from_db()
    assert approval.user == graduate


def test_centre_staff_cannot_approve_themselves_to_sell():
    centre = Centre.objects.create(name="Balai Jual", slug="balai-jual", city="Bogor")
    staff = UserFactory(username="staf-jual", centre=centre)
    staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    learner = UserFactory(username="peserta-jual", centre=centre)
    client = _client(staff)
    page = client.get(reverse("marketplace:centre_review")).content.decode()
    assert f'value="{learner.pk}"' in page
    assert f'value="{staff.pk}"' not in page

    client.post(
        reverse("marketplace:centre_review"),
        {"action": "approve_seller", "pk": staff.pk},
    )
    assert not SellerApproval.objects.filter(user=staff).exists()
    client.post(
        reverse("marketplace:centre_review"),
        {"action": "approve_seller", "pk": learner.pk},
    )
    assert SellerApproval.objects.get(user=learner).approved_by == staff
