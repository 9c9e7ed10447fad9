"""Quantity left, variants, and the P-IRT / halal number formats."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from marketplace import selectors, services
from marketplace.licences import validate_halal_number, validate_pirt_number
from marketplace.models import Product, ProductVariant
from tests.marketplace.conftest import make_seller

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "number",
    [
        "2063302010123-29",
        "P-IRT No. 2063302010123-29",
        "PIRT 206330201012329",
        "8 06 3302 01 0123 29",
        # written as labels and guides write it, "No." before the name
        "No. PIRT: 2063302010123-29",
        "Nomor P-IRT 2063302010123-29",
        "P-IRT Nomor 2063302010123-29",
        "SPP-IRT No. 2063302010123-29",
    ],
)
def test_valid_pirt_numbers(number):
    validate_pirt_number(number)


@pytest.mark.parametrize(
    "number",
    ["12345", "2063302010123", "9063302010123-29", "P-IRT abc", "0063302010123-29"],
)
def test_invalid_pirt_numbers_show_an_example(number):
    with pytest.raises(ValidationError) as error:
        validate_pirt_number(number)
    assert "2063302010123-29" in str(error.value)


@pytest.mark.parametrize(
    "number", ["ID32110000123456", "id 3211 0000 1234 5608 24", "ID31110000123450124"]
)
def test_valid_halal_numbers(number):
    validate_halal_number(number)


@pytest.mark.parametrize(
    "number", ["12345", "00150012345678", "ID123", "MUI-LPPOM-2016001234", "IDABCDEF"]
)
def test_invalid_halal_numbers_show_an_example(number):
    with pytest.raises(ValidationError) as error:
        validate_halal_number(number)
    assert "ID31110000123450124" in str(error.value)


def test_the_form_and_its_errors_show_the_same_licence_examples():
    """The seller reads one example under the field and, after a mistake, the
    same one in the error (not a second number of another length)."""
    with translation.override("id"):
        for field, validate in (
            ("pirt_number", validate_pirt_number),
            ("halal_number", validate_halal_number),
        ):
            with pytest.raises(ValidationError) as error:
                validate("12345")
            (example,) = error.value.params.values()
            help_text = str(Product._meta.get_field(field).help_text)
            assert example in help_text
            assert example in error.value.messages[0]


def form_data(**overrides):
    data = {
        "name": "Keripik Pedas",
        "category": "",
        "description": "Renyah",
        "price": "10.000",
        "unit": "pcs",
        "stock": "ready",
        "min_order": "1",
        "token": str(uuid.uuid4()),
        "variants-TOTAL_FORMS": "0",
        "variants-INITIAL_FORMS": "0",
        "variants-MIN_NUM_FORMS": "0",
        "variants-MAX_NUM_FORMS": "10",
    }
    data.update(overrides)
    return data


def test_the_seller_form_refuses_a_short_pirt_number(seller_client, product):
    data = form_data(category=product.category_id, pirt_number="12345")
    response = seller_client.post(
        reverse("marketplace:product_edit", args=[product.pk]), data
    )
    assert response.status_code == 200
    assert 'id="id_pirt_number_error"' in response.content.decode()
    product.refresh_from_db()
    assert product.pirt_number == ""


def test_quantity_left_shows_and_zero_is_sold_out(client, seller_client, product):
    data = form_data(category=product.category_id, stock_quantity="3")
    data["name"] = product.name
    data["price"] = "25.000"
    seller_client.post(reverse("marketplace:product_edit", args=[product.pk]), data)
    product.refresh_from_db()
    assert product.stock_quantity == 3 and product.stock == Product.Stock.READY
    page = client.get(product_url(product)).content.decode()
    assert 'data-stock-left="3"' in page
    assert 'id="tanya"' in page  # asking the seller stays

    data["stock_quantity"] = "0"
    data["token"] = str(uuid.uuid4())
    seller_client.post(reverse("marketplace:product_edit", args=[product.pk]), data)
    product.refresh_from_db()
    assert product.stock == Product.Stock.SOLD_OUT
    page = client.get(product_url(product)).content.decode()
    assert "data-stock-left" not in page
    assert "https://schema.org/OutOfStock" in page
    assert 'id="tanya"' in page
    # Marking it available again drops the zero count.
    services.product_set_sold_out(product=product, sold_out=False)
    product.refresh_from_db()
    assert product.stock == Product.Stock.READY and product.stock_quantity is None


def product_url(product):
    return reverse(
        "marketplace:product_detail", args=[product.brand.slug, product.slug]
    )


def test_variants_are_edited_in_the_form_and_shown_as_offers(
    client, seller_client, product
):
    data = form_data(category=product.category_id)
    data.update(
        {
            "name": product.name,
            "price": "25.000",
            "variants-TOTAL_FORMS": "2",
            "variants-0-name": "250 g",
            "variants-0-price": "25.000",
            "variants-0-stock_quantity": "",
            "variants-1-name": "500 g",
            "variants-1-price": "45.000",
            "variants-1-stock_quantity": "0",
        }
    )
    url = reverse("marketplace:product_edit", args=[product.pk])
    assert seller_client.post(url, data).status_code == 302
    seller_client.post(url, data)  # sent twice: still two variants
    names = list(product.variants.values_list("name", "price", "stock_quantity"))
    assert names == [("250 g", 25000, None), ("500 g", 45000, 0)]

    page = client.get(product_url(product)).content.decode()
    assert 'data-variant="250 g"' in page and 'data-variant="500 g"' in page
    assert '<meta itemprop="price" content="45000">' in page

    product.refresh_from_db()
    stock = selectors.product_stock(product)
    offers = selectors.variant_offers(
        stock["variants"], url="https://x.test/p", product_stock=product.stock
    )
    assert [(o["name"], o["price"], o["availability"]) for o in offers] == [
        ("250 g", "25000", "https://schema.org/InStock"),
        ("500 g", "45000", "https://schema.org/OutOfStock"),
    ]
    json.dumps(offers)  # ready for a JSON-LD block

    # Removing a variant in the form removes it.
    data["variants-INITIAL_FORMS"] = "2"
    variants = list(product.variants.order_by("position"))
    data["variants-0-id"] = str(variants[0].pk)
    data["variants-1-id"] = str(variants[1].pk)
    data["variants-1-DELETE"] = "on"
    seller_client.post(url, data)
    assert list(product.variants.values_list("name", flat=True)) == ["250 g"]


def test_another_sellers_variants_cannot_be_edited(client, product):
    other = make_seller(username="penjual-lain")
    client.force_login(other)
    response = client.post(
        reverse("marketplace:product_edit", args=[product.pk]),
        form_data(category=product.category_id),
    )
    assert response.status_code == 404
    assert ProductVariant.objects.count() == 0


def test_the_product_page_reads_its_variants_once(
    client, product, django_assert_num_queries, settings
):
    """The page's product comes with its variants: showing them (and their
    offers) reads the variants table once, however many there are."""
    # The page as it is built, not as the page cache serves it whole to a
    # visitor without cookies (that reads no table at all).
    settings.BERDAYA_PAGE_CACHE_SECONDS = 0
    url = product_url(product)

    def add_variants(names):
        for name in names:
            position = product.variants.count()
            ProductVariant.objects.create(
                product=product, name=name, price=25_000, position=position
            )

    def variant_queries():
        client.get(url)  # renditions are made once
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        sql = [q["sql"] for q in ctx.captured_queries]
        return len(sql), sum('FROM "marketplace_productvariant"' in q for q in sql)

    add_variants(["250 g", "500 g"])
    queries, reads = variant_queries()
    assert reads == 1
    add_variants(["1 kg", "Pedas", "Original manis"])
    with django_assert_num_queries(queries):
        html = client.get(url).content.decode()
    assert html.count("data-variant=") == 5

    page_product = selectors.public_product_get(
        brand_slug=product.brand.slug, product_slug=product.slug
    )
    with django_assert_num_queries(0):
        stock = selectors.product_stock(page_product)
    assert [v.name for v in stock["variants"]] == [
        "250 g",
        "500 g",
        "1 kg",
        "Pedas",
        "Original manis",
    ]


def _input_names(html: str) -> dict[str, str]:
    """Each labelled input's accessible name (its label, without the hidden
    asterisk), by the input's id."""
    names = {}
    for target, text in re.findall(
        r'<label for="([^"]+)"[^>]*>(.*?)</label>', html, re.S
    ):
        text = re.sub(r'<span aria-hidden="true">.*?</span>', "", text)
        names[target] = " ".join(re.sub(r"<[^>]+>", "", text).split())
    return names


def test_every_input_of_the_product_form_has_its_own_name(seller_client, product):
    """The product's price and each variant's price (and quantity left) are
    told apart by their labels, so a screen reader (or a test) can find each."""
    for position, name in enumerate(["250 g", "500 g"]):
        ProductVariant.objects.create(
            product=product, name=name, price=25_000, position=position
        )
    for url in (
        reverse("marketplace:product_create"),
        reverse("marketplace:product_edit", args=[product.pk]),
    ):
        html = seller_client.get(url).content.decode()
        names = _input_names(html)
        assert "id_variants-0-price" in names
        assert len(set(names.values())) == len(names), sorted(names.values())

    with translation.override("id"):
        product_price = gettext("Price (Rp)")
        second_price = gettext("Price of variant %(number)s (Rp)") % {"number": 2}
    assert names["id_price"] == product_price
    assert names["id_variants-1-price"] == second_price != product_price
