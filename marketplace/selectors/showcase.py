"""Public showcase listings, search, previews and WhatsApp links."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.postgres.lookups import TrigramWordSimilar
from django.db import connection
from django.db.models import F, Q, QuerySet, Value
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from ..models import (
    Brand,
    Category,
    Product,
)
from ..search import query_words
from .projections import (
    PublicBrand,
    PublicProduct,
    _brand_projection,
    _product_projection,
    _relay_numbers,
    _with_projection_joins,
    project_products,
)
from .public import brands_public, products_public

SORTS = {
    "newest": ("-published_at", "-pk"),
    "price_asc": ("public_price", "-pk"),
    "price_desc": ("-public_price", "-pk"),
}
# Above this many matches the showcase says "1,000+ products" instead of
# counting every row (a full count costs as much as the catalogue is large).
COUNT_CAP = 1000


def fuzzy_search_available() -> bool:
    return connection.vendor == "postgresql"


def search_filter(
    products: QuerySet[Product], query: str, *, fuzzy: bool = False
) -> QuerySet[Product]:
    """Products whose folded search text has a word starting with each word
    typed (``marketplace/search.py``). ``fuzzy`` (PostgreSQL only): or a word
    similar to it (``pg_trgm`` word similarity, for typos the folding does not
    cover). One condition per word, all on ``search_text``, which a trigram
    GIN index backs on PostgreSQL."""
    words = query_words(query)
    if not words:
        return products
    fuzzy = fuzzy and fuzzy_search_available()
    for word in words:
        condition = Q(search_text__contains=f" {word}")
        if fuzzy and len(word) >= 4:
            condition |= Q(TrigramWordSimilar(F("search_text"), Value(word)))
        products = products.filter(condition)
    return products


def search_product_ids(query: str) -> list[int]:
    """The public products a search finds (newest first)."""
    return list(
        search_filter(products_public(), query)
        .order_by(*SORTS["newest"])
        .values_list("pk", flat=True)
    )


def showcase_products(
    *,
    query: str = "",
    category: str = "",
    min_price: int | None = None,
    max_price: int | None = None,
    city: str = "",
    brand: str = "",
    ready_only: bool = False,
    sort: str = "newest",
    fuzzy: bool = False,
) -> QuerySet[Product]:
    """The filtered, sorted catalogue queryset (filters come from a form)."""
    products = products_public()
    if query:
        products = search_filter(products, query, fuzzy=fuzzy)
    if category:
        products = products.filter(category__slug=category)
    if min_price is not None:
        products = products.filter(public_price__gte=min_price)
    if max_price is not None:
        products = products.filter(public_price__lte=max_price)
    if city:
        products = products.filter(brand__city__iexact=city)
    if brand:
        products = products.filter(brand__slug=brand)
    if ready_only:
        products = products.filter(stock=Product.Stock.READY)
    return _with_projection_joins(
        products.order_by(*SORTS.get(sort, SORTS["newest"])), cover_only=True
    )


@dataclass(frozen=True)
class ShowcasePage:
    products: list[PublicProduct]
    count: int
    count_capped: bool
    next_cursor: str
    is_first: bool


def _cursor_of(product: Product, sort: str) -> str:
    if sort == "newest":
        value = int(product.published_at.timestamp() * 1_000_000)
    else:
        value = product.public_price
    return f"{value}.{product.pk}"


def _after_cursor(products: QuerySet[Product], cursor: str, sort: str):
    """Rows after ``cursor`` in ``sort`` order, or ``None`` for a bad cursor."""
    try:
        value_text, pk_text = cursor.split(".", 1)
        value, pk = int(value_text), int(pk_text)
    except ValueError:
        return None
    if sort == "newest":
        try:
            when = datetime.datetime.fromtimestamp(value / 1_000_000, tz=datetime.UTC)
        except (OverflowError, OSError, ValueError):
            return None
        return products.filter(
            Q(published_at__lt=when) | Q(published_at=when, pk__lt=pk)
        )
    if sort == "price_asc":
        return products.filter(
            Q(public_price__gt=value) | Q(public_price=value, pk__lt=pk)
        )
    return products.filter(Q(public_price__lt=value) | Q(public_price=value, pk__lt=pk))


def showcase_page(
    *, filters: dict, after: str = "", page_size: int = 24
) -> ShowcasePage:
    """One page of the showcase, found by keyset ("the ones after this one"),
    not by OFFSET: the 200th page costs what the first does. The count stops at
    ``COUNT_CAP``. Queries: count, page, photos, renditions (and the centre
    relays when a brand on the page uses one; and a second count when a search
    found nothing and PostgreSQL looks for similar words)."""
    sort = filters.get("sort") or "newest"
    if sort not in SORTS:
        sort = "newest"
    products = showcase_products(**{**filters, "sort": sort})
    count = products.order_by()[: COUNT_CAP + 1].count()
    if not count and filters.get("query") and fuzzy_search_available():
        # Nothing starts with what was typed: try words that look like it
        # (typos). One more query, only when the plain search found nothing.
        products = showcase_products(**{**filters, "sort": sort, "fuzzy": True})
        count = products.order_by()[: COUNT_CAP + 1].count()
    is_first = True
    if after:
        following = _after_cursor(products, after, sort)
        if following is not None:
            products, is_first = following, False
    rows = list(products[: page_size + 1])
    has_next = len(rows) > page_size
    rows = rows[:page_size]
    return ShowcasePage(
        products=project_products(rows),
        count=min(count, COUNT_CAP),
        count_capped=count > COUNT_CAP,
        next_cursor=_cursor_of(rows[-1], sort) if has_next else "",
        is_first=is_first,
    )


def showcase_filter_choices() -> dict[str, list]:
    """The categories (a short, fixed list). Brands are found by search and
    cities typed, so the filters do not grow with the catalogue."""
    return {"categories": list(Category.objects.values_list("slug", "name"))}


def showcase_brand_name(slug: str) -> str:
    """The public name of a brand filtered by (for its removable chip)."""
    if not slug:
        return ""
    return (
        brands_public().filter(slug=slug).values_list("public_name", flat=True).first()
        or ""
    )


def public_product_get(*, brand_slug: str, product_slug: str) -> PublicProduct:
    product = get_object_or_404(
        _with_projection_joins(products_public(), cover_only=False).prefetch_related(
            "variants"
        ),
        brand__slug=brand_slug,
        slug=product_slug,
    )
    return project_products([product], with_variants=True)[0]


def public_brand_get(*, slug: str) -> PublicBrand:
    brand = get_object_or_404(
        brands_public()
        .select_related("centre", "public_logo", "public_cover")
        .prefetch_related("public_cover__renditions", "public_logo__renditions"),
        slug=slug,
    )
    return _brand_projection(brand, relays=_relay_numbers([brand]))


def brand_public_products(
    *, brand_slug: str, exclude_pk: int | None = None, limit: int | None = None
) -> list[PublicProduct]:
    products = products_public().filter(brand__slug=brand_slug)
    if exclude_pk is not None:
        products = products.exclude(pk=exclude_pk)
    products = _with_projection_joins(
        products.order_by("-published_at"), cover_only=True
    )
    if limit:
        products = products[:limit]
    return project_products(products)


def featured_products(*, limit: int = 4) -> list[PublicProduct]:
    products = _with_projection_joins(
        products_public().order_by("-published_at"), cover_only=True
    )[:limit]
    return project_products(products)


# --- Previews (the seller's own draft) ---


def brand_preview(*, brand: Brand) -> PublicBrand:
    return _brand_projection(brand, draft=True, relays=_relay_numbers([brand]))


def product_preview(*, product: Product) -> PublicProduct:
    photos = list(
        product.photos.filter(in_draft=True)
        .select_related("image")
        .order_by("position", "pk")
    )
    brand = brand_preview(brand=product.brand)
    return _product_projection(product, brand=brand, photos=photos, draft=True)


def whatsapp_order_url(*, product: PublicProduct, absolute_url: str) -> str:
    if not product.brand.whatsapp_number:
        return ""
    text = _(
        "Hello %(brand)s, I would like to order %(product)s "
        "(%(price)s / %(unit)s). %(url)s"
    ) % {
        "brand": product.brand.name,
        "product": product.name,
        "price": product.price_display,
        "unit": product.unit_label,
        "url": absolute_url,
    }
    return f"https://wa.me/{product.brand.whatsapp_number}?text={quote(text)}"


def whatsapp_share_url(*, product: PublicProduct, absolute_url: str) -> str:
    text = f"{product.name} · {product.brand.name} {absolute_url}"
    return f"https://wa.me/?text={quote(text)}"
