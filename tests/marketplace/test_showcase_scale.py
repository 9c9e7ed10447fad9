"""The showcase at scale: queries and HTML that do not grow with the catalogue,
search that finds what people type, keyset pages, batched view counts."""

from __future__ import annotations

import datetime
import io
import itertools
import re
import uuid

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from marketplace import selectors, services
from marketplace.models import Brand, Category, Product, ProductDailyStat, ProductPhoto
from marketplace.search import fold, product_search_text, query_words
from marketplace.selectors import showcase as showcase_module
from marketplace.services import products as product_services
from marketplace.stats import VIEW_FLUSH_EVERY, view_key

from .conftest import make_brand, make_product, make_seller

# Queries every page makes whoever renders it: the site navigation (context
# processor), the session and the permissions of a signed-in user. They are
# the same on every page and do not depend on the catalogue; the showcase's
# own work fits in OWN_MAX, well inside the budget of 8 once they are cached.
SHARED = (
    "wagtailcore_",
    "accounts_usersession",
    'FROM "accounts_user" ',
    "auth_permission",
    "SAVEPOINT",
)
OWN_MAX = 7
_serial = itertools.count()


def grow(*, brands: list[Brand], images, count: int) -> list[Product]:
    """``count`` public products spread over ``brands`` and all categories,
    written in bulk (as a large seed would) and made searchable."""
    categories = list(Category.objects.all())
    start = next(_serial) * 100_000
    now = timezone.now()
    products = Product.objects.bulk_create(
        Product(
            brand=brands[n % len(brands)],
            category=categories[n % len(categories)],
            name=f"Keripik Pisang {start + n}",
            slug=f"kp-{start + n}",
            description="Renyah, tanpa pengawet.",
            price=1000 + n,
            public_name=f"Keripik Pisang {start + n}",
            public_description="Renyah, tanpa pengawet.",
            public_price=1000 + n,
            status=Product.Status.APPROVED,
            published_at=now - datetime.timedelta(minutes=n),
        )
        for n in range(count)
    )
    ProductPhoto.objects.bulk_create(
        ProductPhoto(product=p, image=images[i % len(images)], in_public=True)
        for i, p in enumerate(products)
    )
    Product.objects.filter(pk__in=[p.pk for p in products]).refresh_search_text()
    return products


def measure(client, url, params=None) -> tuple[int, int, str, int]:
    """(queries, HTML bytes, HTML, the page's own queries)."""
    client.get(url, params or {})  # renditions are made once
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    html = response.content.decode()
    own = [
        q["sql"]
        for q in ctx.captured_queries
        if not any(name in q["sql"] for name in SHARED)
        and not q["sql"].startswith(("RELEASE", 'UPDATE "accounts_usersession'))
    ]
    return len(ctx.captured_queries), len(response.content), html, len(own)


def test_key_pages_queries_and_html_do_not_grow(client, image, django_user_model):
    """Showcase (first, filtered, searched, deep page), brand, product and the
    seller dashboard: the same number of queries at 175 and at 425 products
    (over 12 brands), at most OWN_MAX of their own, and HTML that does not
    grow."""
    seller = make_seller()
    owned = make_brand(owner=seller, name="Dapur Ukur", slug="dapur-ukur")
    brands = [owned] + [make_brand(city=f"Kota {n}") for n in range(11)]
    # Small: every page below is already full (24 cards); large: 2.4 times
    # the products, so any growth is the catalogue leaking into the page.
    grow(brands=brands, images=[image], count=150)
    grow(brands=[owned], images=[image], count=25)
    seller_client = client_class_login(client, seller)

    def pages():
        first = selectors.showcase_page(filters=_filters(), page_size=24)
        product = Product.objects.filter(brand=owned).order_by("pk").first()
        return {
            "first": (reverse("marketplace:showcase"), {}),
            "category": (reverse("marketplace:showcase"), {"category": "kerajinan"}),
            "brand": (reverse("marketplace:showcase"), {"brand": owned.slug}),
            "search": (reverse("marketplace:showcase"), {"q": "kripik"}),
            "deep": (reverse("marketplace:showcase"), {"after": first.next_cursor}),
            "brand_page": (reverse("marketplace:brand_detail", args=[owned.slug]), {}),
            "product": (
                reverse("marketplace:product_detail", args=[owned.slug, product.slug]),
                {},
            ),
        }

    small = {name: measure(client, *target) for name, target in pages().items()}
    small["dashboard"] = measure(seller_client, reverse("marketplace:dashboard"))
    grow(brands=brands, images=[image], count=250)
    # The deep page of the large catalogue: the 10th page by keyset.
    large = {}
    for name, (url, params) in pages().items():
        if name == "deep":
            cursor = ""
            for _page in range(9):
                cursor = selectors.showcase_page(
                    filters=_filters(), after=cursor, page_size=24
                ).next_cursor
            params = {"after": cursor}
        large[name] = measure(client, url, params)
    large["dashboard"] = measure(seller_client, reverse("marketplace:dashboard"))

    for name, (queries, size, html, own) in large.items():
        small_queries, small_size, _html, _own = small[name]
        assert queries <= 8, (name, queries)
        assert own <= OWN_MAX, (name, own)
        assert queries == small_queries, (name, small_queries, queries)
        if name != "dashboard":  # the seller's own list is all her products
            # Byte budget: the same page over a larger catalogue may differ
            # only by longer numbers, not by more cards or options.
            assert size <= small_size * 1.02 + 500, (name, small_size, size)
            assert html.count('class="card product-card"') <= 24
    assert large["first"][2].count('class="card product-card"') == 24
    # Only the sort select (categories are a short list of links): brands and
    # cities are not listed.
    assert large["first"][2].count("<select") == 1


def client_class_login(client, user):
    other = Client()
    other.force_login(user)
    return other


def _filters(**overrides) -> dict:
    filters = {
        "query": "",
        "category": "",
        "min_price": None,
        "max_price": None,
        "city": "",
        "brand": "",
        "ready_only": False,
        "sort": "newest",
    }
    filters.update(overrides)
    return filters


@pytest.mark.parametrize("sort", ["newest", "price_asc", "price_desc"])
def test_keyset_pages_walk_every_product_once_in_order(db, image, sort):
    brands = [make_brand() for _ in range(3)]
    products = grow(brands=brands, images=[image], count=57)
    seen, cursor, pages = [], "", 0
    while True:
        page = selectors.showcase_page(
            filters=_filters(sort=sort), after=cursor, page_size=10
        )
        seen += [p.pk for p in page.products]
        pages += 1
        assert page.count == 57
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    assert pages == 6
    assert sorted(seen) == sorted(p.pk for p in products)
    assert len(seen) == len(set(seen))
    expected = list(
        Product.objects.filter(pk__in=seen)
        .order_by(*selectors.SORTS[sort])
        .values_list("pk", flat=True)
    )
    assert seen == expected


def test_count_stops_at_the_cap(db, image, monkeypatch):
    monkeypatch.setattr(showcase_module, "COUNT_CAP", 5)
    grow(brands=[make_brand()], images=[image], count=8)
    page = selectors.showcase_page(filters=_filters(), page_size=4)
    assert (page.count, page.count_capped) == (5, True)


def test_showcase_pages_by_link_and_a_bad_cursor_is_the_first_page(client, image):
    grow(brands=[make_brand()], images=[image], count=30)
    url = reverse("marketplace:showcase")
    html = client.get(url).content.decode()
    next_link = re.search(r'<a class="button" rel="next" href="([^"]+)"', html)
    assert next_link
    second = client.get(url + next_link.group(1).replace("&amp;", "&"))
    assert second.status_code == 200
    assert second.content.decode().count('class="card product-card"') == 6
    for bad in ("x", "1.2.3", "99999999999999999999.1", "-5.a"):
        response = client.get(url, {"after": bad})
        assert response.status_code == 200
        assert response.content.decode().count('class="card product-card"') == 24


# --- Search ---


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("sambel", "Sambal Bawang"),
        ("kripik", "Keripik Tempe"),
        ("keripik", "Kripik Singkong"),
        ("kerip", "Keripik Tempe"),
        ("samb", "Sambal Bawang"),
        ("tempeh", "Keripik Tempe"),
        ("cabe", "Sambal Cabai Rawit"),
        ("djahe", "Wedang Jahe"),
        ("KERUPUK", "Krupuk Udang"),
    ],
)
def test_search_finds_what_people_type(client, brand, image, category, typed, stored):
    wanted = make_product(brand=brand, image=image, category=category, name=stored)
    make_product(brand=brand, image=image, category=category, name="Sabun Sereh")
    html = client.get(reverse("marketplace:showcase"), {"q": typed}).content.decode()
    assert stored in html
    assert "Sabun Sereh" not in html
    assert wanted.pk in selectors.search_product_ids(typed)


def test_search_matches_every_word_and_brand_names(client, image, category):
    brand = make_brand(name="Dapur Bu Sari", slug="dapur-bu-sari")
    make_product(brand=brand, image=image, category=category, name="Sambal Bawang")
    make_product(brand=brand, image=image, category=category, name="Sambal Roa")
    url = reverse("marketplace:showcase")
    html = client.get(url, {"q": "sambel roa"}).content.decode()
    assert "Sambal Roa" in html and "Sambal Bawang" not in html
    html = client.get(url, {"q": "bu sari"}).content.decode()
    assert "Sambal Roa" in html and "Sambal Bawang" in html


def test_search_text_follows_approval_and_brand_renames(db, brand, image, category):
    product = make_product(brand=brand, image=image, category=category, name="Dodol")
    assert " dudul" in product.search_text
    product.name = "Wajik"
    product.save()  # the seller's edit: not public yet
    assert selectors.search_product_ids("dodol") == [product.pk]
    assert selectors.search_product_ids("wajik") == []
    brand.public_name = "Toko Manis"
    brand.save()
    Product.objects.filter(brand=brand).refresh_search_text()
    assert selectors.search_product_ids("manis") == [product.pk]


def test_folding_rules():
    assert fold("Sambel") == fold("sambal")
    assert fold("kripik") == fold("keripik")
    assert fold("Kérupuk") == fold("krupuk")
    assert fold("Isi 1000 gram") == ["isi", "1000", "gram"]  # numbers kept whole
    assert query_words("sambal sambal  SAMBEL") == [fold("sambal")[0]]
    assert product_search_text(name="A b", brand_name="b", description="") == " a b"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_search_on_postgresql_uses_the_trigram_index(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s",
            ["marketplace_product_search_trgm"],
        )
        row = cursor.fetchone()
    assert row and "gin_trgm_ops" in row[0]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_search_on_postgresql_tolerates_a_typo(client, brand, image, category):
    make_product(brand=brand, image=image, category=category, name="Keripik Singkong")
    html = client.get(reverse("marketplace:showcase"), {"q": "singkog"}).content
    assert b"Keripik Singkong" in html


# --- View counts ---


def test_views_are_counted_in_the_cache_and_written_in_batches(db, product):
    with CaptureQueriesContext(connection) as ctx:
        for _ in range(VIEW_FLUSH_EVERY - 1):
            services.product_view_record(product_id=product.pk)
    assert not ctx.captured_queries  # no write for the first views
    assert not ProductDailyStat.objects.filter(product=product).exists()
    services.product_view_record(product_id=product.pk)
    stat = ProductDailyStat.objects.get(product=product)
    assert stat.views == VIEW_FLUSH_EVERY
    services.product_view_record(product_id=product.pk)
    assert ProductDailyStat.objects.get(product=product).views == VIEW_FLUSH_EVERY
    assert cache.get(view_key(product.pk, timezone.localdate())) == 1


def test_seller_sees_views_not_yet_written_and_the_daily_flush_writes_them(
    seller_client, product
):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    cache.set(view_key(product.pk, yesterday), 4)
    for _ in range(3):
        services.product_view_record(product_id=product.pk)
    row = selectors.owner_product_rows(user=product.brand.owner)[0]
    assert row["views"] == 7
    assert row["daily_views"][-1] == 3 and row["daily_views"][-2] == 4
    html = seller_client.get(reverse("marketplace:dashboard")).content.decode()
    assert 'data-views="7"' in html
    call_command("showcase_views_flush", stdout=io.StringIO())
    assert {
        s.day: s.views for s in ProductDailyStat.objects.filter(product=product)
    } == {yesterday: 4, timezone.localdate(): 3}
    row = selectors.owner_product_rows(user=product.brand.owner)[0]
    assert row["views"] == 7  # moved, not counted twice


def test_a_view_is_written_at_once_when_the_cache_cannot_count(
    db, product, monkeypatch
):
    monkeypatch.setattr(product_services, "counter_hit", lambda key, window: None)
    services.product_view_record(product_id=product.pk)
    assert ProductDailyStat.objects.get(product=product).views == 1


def test_head_requests_do_not_count_views(client, product):
    url = reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    assert client.head(url).status_code == 200
    assert cache.get(view_key(product.pk, timezone.localdate())) is None


# --- Sparkline ---


def test_dashboard_sparkline_draws_30_days_of_views_and_questions(
    seller_client, product
):
    today = timezone.localdate()
    ProductDailyStat.objects.create(
        product=product, day=today - datetime.timedelta(days=3), views=9
    )
    ProductDailyStat.objects.create(
        product=product, day=today - datetime.timedelta(days=45), views=100
    )
    services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="B",
        buyer_phone="081234567890",
        buyer_email="",
        quantity=1,
        message="Halo",
    )
    html = seller_client.get(reverse("marketplace:dashboard")).content.decode()
    figure = re.search(r"<figure class=\"sparkline\".*?</figure>", html, re.S).group(0)
    assert 'data-views="9"' in figure and 'data-questions="1"' in figure
    lines = re.findall(r'<polyline points="([^"]+)"', figure)
    assert len(lines) == 2
    views_points = [tuple(map(float, p.split(","))) for p in lines[0].split()]
    assert len(views_points) == 30
    # The peak (9 views, 3 days ago) is the highest point: the smallest y.
    assert min(views_points, key=lambda p: p[1]) == views_points[26]
    assert 'aria-hidden="true"' in figure  # the sentence beside it is read
    assert 'class="visually-hidden"' in figure


# --- HTTP and markup ---


def test_head_answers_200_on_public_pages(client, product):
    for url in (
        reverse("marketplace:showcase"),
        reverse("marketplace:brand_detail", args=[product.brand.slug]),
        reverse("marketplace:product_detail", args=[product.brand.slug, product.slug]),
    ):
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.content == b""


def test_showcase_forms_have_no_empty_action(client, product):
    html = client.get(reverse("marketplace:showcase")).content.decode()
    assert 'action=""' not in html
    assert html.count('method="get"') >= 2


def test_made_to_order_is_marked_made_to_order_and_the_brand_is_the_seller(
    client, product
):
    product.stock = Product.Stock.MADE_TO_ORDER
    product.lead_time_days = 3
    product.save()
    html = client.get(
        reverse("marketplace:product_detail", args=[product.brand.slug, product.slug])
    ).content.decode()
    assert 'itemprop="availability" href="https://schema.org/MadeToOrder"' in html
    assert "PreOrder" not in html
    seller = re.search(
        r'<div itemprop="seller" itemscope itemtype="https://schema.org/Organization">'
        r"(.*?)</div>",
        html,
    )
    assert seller
    assert f'content="{product.brand.public_name}"' in seller.group(1)
    assert f"/etalase/{product.brand.slug}/" in seller.group(1)


def test_filters_show_as_removable_chips(client, product):
    url = reverse("marketplace:showcase")
    html = client.get(
        url, {"q": "sambal", "category": "makanan-minuman", "brand": "dapur-uji"}
    ).content.decode()
    chips = re.search(r"<ul class=\"chips\".*?</ul>", html, re.S).group(0)
    links = re.findall(r'<a class="chip" href="\?([^"]*)"', chips)
    assert len(links) == 3
    assert "Dapur Uji" in chips  # the brand by its name, not its slug
    removed_query = [link for link in links if "q=" not in link]
    assert removed_query and "brand=dapur-uji" in removed_query[0].replace("&amp;", "&")
    assert "<select" not in html.split('name="brand"')[0][-200:]


def test_brand_page_lists_one_page_and_links_to_the_rest(client, image):
    brand = make_brand(name="Banyak", slug="banyak")
    grow(brands=[brand], images=[image], count=30)
    html = client.get(
        reverse("marketplace:brand_detail", args=[brand.slug])
    ).content.decode()
    assert html.count('class="card product-card"') == 24
    assert f'href="/etalase/?brand={brand.slug}"' in html


def test_cards_use_picture_with_avif_webp_and_jpeg(client, product):
    html = client.get(reverse("marketplace:showcase")).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    assert re.search(r'<img[^>]+src="[^"]+\.jpg"', picture)
    assert "sizes=" in picture and "srcset=" in picture
    assert re.search(r'width="\d+"', picture) and re.search(r'height="\d+"', picture)


def test_cards_below_the_first_row_load_lazily(client, image):
    grow(brands=[make_brand()], images=[image], count=6)
    html = client.get(reverse("marketplace:showcase")).content.decode()
    imgs = re.findall(r"<img[^>]*>", html.split('class="cards product-grid"')[1])
    assert len(imgs) == 6
    assert ['loading="lazy"' in tag for tag in imgs] == [False, False] + [True] * 4


@pytest.mark.parametrize(
    ("sort", "index"),
    [
        ("newest", "product_public_newest"),
        ("price_desc", "product_public_price"),
    ],
)
def test_the_showcase_page_is_read_in_index_order(db, image, sort, index):
    """The first page of a sort is read from its index, not by sorting every
    public product (37 ms at 10,000 on PostgreSQL, 0.6 ms from the index).
    The indexes are partial: a change to what "public" means must keep them
    usable."""
    grow(brands=[make_brand()], images=[image], count=30)
    page = showcase_module.showcase_products(**_filters(sort=sort))[:25]
    sql, params = page.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Tiny tables: ask the planner what it can do, not what is cheap.
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        plan = "\n".join(str(row) for row in cursor.fetchall())
    assert index in plan, plan
