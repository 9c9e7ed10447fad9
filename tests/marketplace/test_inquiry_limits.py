"""The inquiry limiter cannot be used to silence a product:
only accepted questions count toward a product's limit, each address has its
own limit, and the seller sees how many were stopped."""

from __future__ import annotations

import uuid

from django.test import Client
from django.urls import reverse
from django.utils import translation

from marketplace import services
from marketplace.models import Inquiry, InquiryRefusal


def _stopped(name: str, count: int) -> str:
    """The seller's line, in the page's language (Indonesian by default)."""
    with translation.override("id"):
        return translation.ngettext(
            "%(name)s: %(counter)s question stopped",
            "%(name)s: %(counter)s questions stopped",
            count,
        ) % {"name": name, "counter": count}


def _stopped_box_title() -> str:
    with translation.override("id"):
        return translation.gettext("Questions stopped by the limit")


def ask(client, product, ip, **overrides):
    data = {
        "buyer_name": "Dewi",
        "buyer_email": "dewi@example.com",
        "quantity": "1",
        "message": "Masih ada?",
        "website": "",
        "token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return client.post(
        reverse("marketplace:product_inquiry", args=[product.brand.slug, product.slug]),
        data,
        REMOTE_ADDR=ip,
    )


def test_one_address_hammering_cannot_stop_a_buyer_elsewhere(client, product):
    statuses = [ask(client, product, "203.0.113.66").status_code for _n in range(60)]
    assert statuses.count(302) == services.INQUIRY_LIMIT_PER_IP
    assert set(statuses[services.INQUIRY_LIMIT_PER_IP :]) == {429}

    buyer = ask(Client(), product, "198.51.100.7", buyer_name="Sari Pembeli")
    assert buyer.status_code == 302
    assert Inquiry.objects.filter(buyer_name="Sari Pembeli", product=product).exists()


def test_refused_attempts_do_not_count_toward_the_product_limit(
    client, product, monkeypatch
):
    monkeypatch.setattr(services.inquiries, "INQUIRY_LIMIT_PER_PRODUCT", 3)
    for _n in range(services.INQUIRY_LIMIT_PER_IP):
        ask(client, product, "203.0.113.66", buyer_name="")  # invalid: not stored
    for _n in range(20):
        assert ask(client, product, "203.0.113.66").status_code == 429
    assert not Inquiry.objects.exists()
    for n in range(3):
        assert ask(Client(), product, f"198.51.100.{n}").status_code == 302
    assert Inquiry.objects.count() == 3
    # The limit counts accepted questions: the fourth is refused.
    assert ask(Client(), product, "198.51.100.9").status_code == 429


def test_one_address_cannot_fill_a_products_quota_alone(client, product, monkeypatch):
    monkeypatch.setattr(services.inquiries, "INQUIRY_LIMIT_PER_IP", 1000)
    for _n in range(services.INQUIRY_LIMIT_PER_IP_PRODUCT):
        assert ask(client, product, "203.0.113.66").status_code == 302
    assert ask(client, product, "203.0.113.66").status_code == 429
    assert ask(Client(), product, "198.51.100.7").status_code == 302


def test_the_seller_sees_how_many_questions_were_stopped(
    client, seller_client, product
):
    for _n in range(services.INQUIRY_LIMIT_PER_IP + 4):
        ask(Client(), product, "203.0.113.66")
    refusal = InquiryRefusal.objects.get(product=product)
    assert refusal.count == 4
    # Only a counter: no buyer data, no address.
    stored = {f.name for f in InquiryRefusal._meta.get_fields()}
    assert stored == {"id", "product", "hour", "count"}

    page = seller_client.get(reverse("marketplace:inbox"))
    assert page.status_code == 200
    assert _stopped(product.name, 4) in page.content.decode()


def test_another_seller_does_not_see_the_count(client, product):
    for _n in range(services.INQUIRY_LIMIT_PER_IP + 2):
        ask(Client(), product, "203.0.113.66")
    other = product.brand.owner.__class__.objects.create_user(
        username="lain", email="lain@example.com", password="x-Secret-123"
    )
    client.force_login(other)
    page = client.get(reverse("marketplace:inbox"))
    assert _stopped_box_title() not in page.content.decode()


def test_old_refusals_are_not_shown(seller_client, product):
    for _n in range(services.INQUIRY_LIMIT_PER_IP + 2):
        ask(Client(), product, "203.0.113.66")
    InquiryRefusal.objects.update(hour="2020-01-01T00:00:00Z")
    page = seller_client.get(reverse("marketplace:inbox"))
    assert _stopped_box_title() not in page.content.decode()


def test_limits_with_redis_down_still_count_products_from_the_database(
    client, product, redis_down, monkeypatch
):
    monkeypatch.setattr(services.inquiries, "INQUIRY_LIMIT_PER_PRODUCT", 2)
    assert ask(client, product, "203.0.113.66").status_code == 302
    assert ask(client, product, "203.0.113.66").status_code == 302
    assert ask(client, product, "198.51.100.7").status_code == 429
    assert InquiryRefusal.objects.get(product=product).count == 1
