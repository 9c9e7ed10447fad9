"""Saved costings (price from cost) and the lesson exercise saved to the book."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.urls import reverse

from business.models import CashEntry, Costing
from courses import services as course_services
from tests.courses.test_practice import prefixed
from tests.factories import UserFactory
from tests.marketplace.conftest import make_brand, make_product

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson_client(learner_client, learner, course, lessons):
    course_services.enrolment_create(user=learner, course=course)
    return learner_client


def costing_post(**overrides):
    data = {
        "name": "Keripik singkong 100 g",
        "fixed_costs": "500rb",
        "material": "40.000",
        "labour": "0",
        "overhead": "0",
        "units": "10",
        "markup": "30",
        "marketplace_fee": "10",
        "shipping": "0",
        "token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def test_the_hpp_result_offers_to_save_it(lesson_client, lessons):
    data = prefixed("hpp-1", material="40.000", units="10", markup="30")
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert reverse("business:costing_save") in html
    assert 'name="material" value="40.000"' in html
    assert 'name="markup" value="30"' in html


def test_save_a_costing_once_and_list_it(learner, learner_client):
    data = costing_post()
    learner_client.post(reverse("business:costing_save"), data)
    learner_client.post(reverse("business:costing_save"), data)
    costing = Costing.objects.get(user=learner)
    assert (costing.material, costing.units, costing.markup) == (40_000, 10, 30)
    assert costing.fixed_costs == 500_000
    html = learner_client.get(reverse("business:costings")).content.decode()
    assert "Keripik singkong 100 g" in html
    assert 'data-suggested-price="5200"' in html
    # 500.000 / (5.200 - 4.000) = 416,67 -> 417 pieces a month.
    assert 'data-break-even="417"' in html


def test_a_costing_needs_a_name_and_valid_numbers(learner, learner_client):
    response = learner_client.post(
        reverse("business:costing_save"), costing_post(name="")
    )
    assert response.status_code == 200
    assert 'id="id_name_error"' in response.content.decode()
    response = learner_client.post(
        reverse("business:costing_save"), costing_post(units="0")
    )
    assert response.status_code == 302
    assert not Costing.objects.filter(user=learner).exists()


def test_anonymous_cannot_save_and_others_cannot_delete(learner, client):
    response = client.post(reverse("business:costing_save"), costing_post())
    assert response.status_code == 302
    assert not Costing.objects.exists()
    client.force_login(learner)
    client.post(reverse("business:costing_save"), costing_post())
    costing = Costing.objects.get(user=learner)
    client.force_login(UserFactory())
    url = reverse("business:costing_delete", kwargs={"pk": costing.pk})
    assert client.post(url).status_code == 404
    assert "Keripik" not in client.get(reverse("business:costings")).content.decode()
    client.force_login(learner)
    assert client.post(url).status_code == 302
    assert not Costing.objects.exists()


@pytest.fixture
def seller_costing(seller):
    return Costing.objects.create(
        user=seller,
        name="Keripik pedas",
        material=40_000,
        units=10,
        markup=30,
        fixed_costs=500_000,
    )


def test_the_product_form_suggests_a_price_and_never_fills_it(
    seller, seller_client, seller_costing, category
):
    make_brand(owner=seller, name="Dapur Uji", slug="dapur-uji")
    url = reverse("marketplace:product_create")
    html = seller_client.get(url).content.decode()
    assert 'id="harga-dari-hpp"' in html
    assert "Keripik pedas" in html
    html = seller_client.get(
        url, {"hitungan": seller_costing.pk, "markup": "50"}
    ).content.decode()
    # HPP 4.000 with her 50% markup -> Rp 6.000; break-even 500.000/2.000.
    assert 'data-suggested-price="6000"' in html
    assert 'data-break-even="250"' in html
    assert 'data-channel="reseller"' in html
    price_input = html.split('name="price"')[1].split(">", 1)[0]
    assert "6000" not in price_input and "6.000" not in price_input
    # Without a markup the saved one (30%) is used.
    html = seller_client.get(url, {"hitungan": seller_costing.pk}).content.decode()
    assert 'data-suggested-price="5200"' in html


def test_editing_a_product_suggests_a_price_and_keeps_hers(
    seller, seller_client, seller_costing, category, image
):
    brand = make_brand(owner=seller, name="Dapur Uji", slug="dapur-uji")
    product = make_product(brand=brand, image=image, category=category, price=12000)
    url = reverse("marketplace:product_edit", kwargs={"pk": product.pk})
    html = seller_client.get(url, {"hitungan": seller_costing.pk}).content.decode()
    assert 'id="harga-dari-hpp"' in html
    # HPP 4.000 with the saved 30% markup -> Rp 5.200; break-even 500.000/1.200.
    assert 'data-suggested-price="5200"' in html
    assert 'data-break-even="417"' in html
    price_input = html.split('name="price"')[1].split(">", 1)[0]
    assert 'value="12.000"' in price_input  # her own price, as she typed it
    assert "5200" not in price_input and "5.200" not in price_input
    product.refresh_from_db()
    assert product.price == 12000


def test_the_product_form_never_shows_another_users_costing(
    seller, seller_client, category, learner
):
    make_brand(owner=seller, name="Dapur Uji", slug="dapur-uji")
    theirs = Costing.objects.create(
        user=learner, name="Rahasia orang lain", material=9_000, units=1
    )
    url = reverse("marketplace:product_create")
    html = seller_client.get(url, {"hitungan": theirs.pk}).content.decode()
    assert "Rahasia orang lain" not in html
    assert "data-suggested-price" not in html


def test_the_lesson_cash_book_saves_into_the_real_book(learner, lesson_client, lessons):
    data = prefixed(
        "kas-1",
        opening="50.000",
        desc_0="Jual kue",
        in_0="120rb",
        desc_1="Tepung",
        out_1="45.000",
    )
    html = lesson_client.get(lessons[0].url, data).content.decode()
    assert reverse("business:practice_save") in html
    form = {
        "date": "2026-11-20",
        "token": str(uuid.uuid4()),
        "next": lessons[0].url,
        "opening": "50.000",
        "desc_0": "Jual kue",
        "in_0": "120.000",
        "desc_1": "Tepung",
        "out_1": "45.000",
    }
    save = reverse("business:practice_save")
    assert lesson_client.post(save, form).status_code == 302
    assert lesson_client.post(save, form).status_code == 302  # a double tap
    entries = CashEntry.objects.filter(user=learner).order_by("token_line")
    assert [(e.kind, e.amount, e.note) for e in entries] == [
        ("in", 50_000, entries[0].note),
        ("in", 120_000, "Jual kue"),
        ("out", 45_000, "Tepung"),
    ]
    assert {e.date for e in entries} == {datetime.date(2026, 11, 20)}


def test_a_bad_lesson_line_saves_nothing(learner, lesson_client):
    form = {
        "date": "2026-11-20",
        "token": str(uuid.uuid4()),
        "in_0": "120.000",
        "out_1": "-5",
    }
    response = lesson_client.post(reverse("business:practice_save"), form)
    assert response.status_code == 302
    assert not CashEntry.objects.filter(user=learner).exists()
