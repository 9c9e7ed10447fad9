"""The showcase on a phone: results first, the filters folded after them, and
the filters in use shown above the results as chips that remove them."""

from __future__ import annotations

import html as html_lib
import re
from urllib.parse import parse_qs

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from marketplace.models import Category

URL = reverse("marketplace:showcase")


def chips(html: str) -> list[tuple[str, dict]]:
    """Each removable chip as (its accessible name, the query it links to)."""
    block = re.search(r'<ul class="chips"[^>]*>(.*?)</ul>', html, re.S)
    if not block:
        return []
    found = []
    for href, inner in re.findall(
        r'<a class="chip" href="\?([^"]*)">(.*?)</a>', block.group(1), re.S
    ):
        # What a screen reader says: the text without the aria-hidden cross.
        name = re.sub(r'<span aria-hidden="true">.*?</span>', "", inner)
        name = " ".join(re.sub(r"<[^>]+>", "", name).split())
        found.append((html_lib.unescape(name), parse_qs(html_lib.unescape(href))))
    return found


def test_each_active_filter_is_a_chip_linking_to_the_page_without_it(client, product):
    params = {
        "category": "makanan-minuman",
        "min_price": "10000",
        "ready": "on",
        "sort": "price_asc",
    }
    html = client.get(URL, params).content.decode()
    with translation.override("id"):
        prefix = gettext("Remove filter:")
        food = str(Category.objects.get(slug="makanan-minuman").name)
    found = dict(chips(html))
    assert len(found) == 3  # sorting is not a filter
    food_chip = found[f"{prefix} {food}"]
    assert food_chip == {"min_price": ["10000"], "ready": ["on"], "sort": ["price_asc"]}
    price_chip = next(query for name, query in found.items() if "10.000" in name)
    assert "min_price" not in price_chip
    assert price_chip["category"] == ["makanan-minuman"]
    # More than one filter: one link clears them all.
    assert '<a class="chip chip-clear" href="?">' in html


def test_one_filter_has_its_chip_and_no_clear_all(client, product):
    html = client.get(URL, {"brand": product.brand.slug}).content.decode()
    found = chips(html)
    assert len(found) == 1
    name, query = found[0]
    assert name.endswith(product.brand.public_name)
    assert query == {}
    assert "chip-clear" not in html


def test_no_chips_without_filters(client, product):
    html = client.get(URL).content.decode()
    assert chips(html) == []
    assert "data-active-filters" not in html
    # A cursor or a sort order alone is not a filter either.
    html = client.get(URL, {"sort": "price_desc"}).content.decode()
    assert chips(html) == []


def test_results_come_before_the_folded_filter_panel(client, product):
    html = client.get(URL, {"category": "makanan-minuman"}).content.decode()
    results = html.index('class="cards product-grid"')
    chip_list = html.index('class="chips"')
    panel = html.index("<details")
    assert chip_list < results < panel
    # Closed on a phone (no `open` attribute) and holding every filter.
    tag = re.search(r"<details[^>]*>", html).group(0)
    assert " open" not in tag
    folded = html[panel:]
    for name in ("min_price", "max_price", "city", "ready", "sort"):
        assert f'name="{name}"' in folded, name
    assert 'aria-current="true"' in folded  # the chosen category
    # A link above the results jumps to the panel.
    assert html.index('href="#saring"') < results
    assert 'id="saring"' in folded


def test_category_links_keep_the_other_filters(client, product):
    html = client.get(URL, {"min_price": "5000", "after": "1.2"}).content.decode()
    folded = html[html.index("<details") :]
    links = re.findall(r'<a href="\?([^"]*)"', folded)
    queries = [parse_qs(html_lib.unescape(link)) for link in links]
    assert {"min_price": ["5000"]} in queries  # "All"
    assert {"min_price": ["5000"], "category": ["makanan-minuman"]} in queries


def test_a_wrong_price_opens_the_panel_to_show_why(client, product):
    html = client.get(URL, {"min_price": "abc"}).content.decode()
    tag = re.search(r"<details[^>]*>", html).group(0)
    assert " open" in tag
