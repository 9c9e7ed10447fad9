"""Whole public pages kept by the server (home.page_cache): the next visitor
without cookies gets the page without a query, changes show at once, a view
served from there still counts, and nobody signed in ever gets a kept page."""

import brotli
import pytest
from django.urls import reverse
from django.utils import timezone

from marketplace import services
from marketplace.stats import pending_views

pytestmark = pytest.mark.django_db


@pytest.fixture
def product_url(product):
    return reverse(
        "marketplace:product_detail", args=[product.brand.slug, product.slug]
    )


def views_today(product) -> int:
    day = timezone.localdate()
    return pending_views([product.pk], [day]).get((product.pk, day), 0)


def test_second_anonymous_visit_is_served_whole_without_a_query(
    client, product_url, django_assert_num_queries
):
    first = client.get(product_url)
    assert first.status_code == 200
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(product_url)
    assert second.status_code == 200
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Cache-Control"] == "public, max-age=300"
    assert not second.cookies


def test_a_view_served_from_the_cache_still_counts(client, product, product_url):
    for _ in range(3):
        client.get(product_url)
    assert views_today(product) == 3


def test_each_encoding_is_kept_apart(client, product_url):
    plain = client.get(product_url)
    client.get(product_url, HTTP_ACCEPT_ENCODING="br")
    kept_br = client.get(product_url, HTTP_ACCEPT_ENCODING="br")
    kept_plain = client.get(product_url)
    assert kept_br["X-Page-Cache"] == "hit"
    assert kept_br["Content-Encoding"] == "br"
    assert brotli.decompress(kept_br.content) == plain.content
    assert kept_plain["X-Page-Cache"] == "hit"
    assert not kept_plain.has_header("Content-Encoding")
    assert kept_plain.content == plain.content


def test_a_price_change_shows_at_once(client, product, product_url):
    assert "25.000" in client.get(product_url).content.decode()
    product.price = product.public_price = 27500
    product.save()
    response = client.get(product_url)
    assert response["X-Page-Cache"] == "miss"
    page = response.content.decode()
    assert "27.500" in page
    assert "25.000" not in page


def test_a_product_taken_down_disappears_at_once(client, product, product_url):
    showcase = reverse("marketplace:showcase")
    assert "Sambal Uji" in client.get(showcase).content.decode()
    assert client.get(product_url).status_code == 200
    services.product_archive(product=product, archived=True)
    assert client.get(product_url).status_code == 404
    assert "Sambal Uji" not in client.get(showcase).content.decode()


def test_signed_in_visitors_never_get_a_kept_page(client, seller, product_url):
    client.get(product_url)  # kept for visitors without cookies
    client.force_login(seller)
    response = client.get(product_url)
    assert not response.has_header("X-Page-Cache")
    assert response["Cache-Control"] == "private, no-store"


def test_a_visitor_with_a_messages_cookie_gets_the_page_built(client, product_url):
    client.get(product_url)
    client.cookies["messages"] = "anything"
    assert not client.get(product_url).has_header("X-Page-Cache")


def test_pages_are_not_kept_when_turned_off(client, product_url, settings):
    settings.BERDAYA_PAGE_CACHE_SECONDS = 0
    client.get(product_url)
    assert not client.get(product_url).has_header("X-Page-Cache")


def test_nothing_is_kept_while_the_cache_does_not_answer(
    client, product_url, monkeypatch
):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get_many", lambda keys, **kw: {})
    monkeypatch.setattr(cache, "add", lambda *a, **kw: False)
    monkeypatch.setattr(cache, "get", lambda key, default=None, **kw: default)
    assert client.get(product_url).status_code == 200
    response = client.get(product_url)
    assert response.status_code == 200
    assert not response.has_header("X-Page-Cache")


def test_cards_kept_for_the_showcase_follow_a_price_change(client, product, settings):
    settings.BERDAYA_PAGE_CACHE_SECONDS = 0  # only the cards are kept
    showcase = reverse("marketplace:showcase")
    assert "25.000" in client.get(showcase).content.decode()
    product.price = product.public_price = 31000
    product.save()
    page = client.get(showcase).content.decode()
    assert "31.000" in page
    assert "25.000" not in page


def test_a_kept_card_is_not_rendered_again(client, product, settings, monkeypatch):
    settings.BERDAYA_PAGE_CACHE_SECONDS = 0
    from home.templatetags import cards

    rendered = []
    original = cards.render_to_string
    monkeypatch.setattr(
        cards,
        "render_to_string",
        lambda *a, **kw: rendered.append(a[0]) or original(*a, **kw),
    )
    showcase = reverse("marketplace:showcase")
    first = client.get(showcase).content.decode()
    second = client.get(showcase).content.decode()
    assert rendered == ["components/product_card.html"]
    assert first == second
