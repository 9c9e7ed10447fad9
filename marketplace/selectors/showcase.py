"""Public showcase listings, search, previews and WhatsApp links."""

from __future__ import annotations

from urllib.parse import quote

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail.search.backends import get_search_backend

from ..models import (
    Brand,
    Category,
    Product,
)
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


def search_product_ids(query: str) -> list[int]:
    """Wagtail search over the approved name, description and brand name of
    public products only."""
    results = get_search_backend().search(
        query, Product.objects.public(), operator="and"
    )
    return [product.pk for product in results]


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
) -> QuerySet[Product]:
    """The filtered, sorted catalogue queryset (filters come from a form)."""
    products = products_public()
    if query:
        products = products.filter(pk__in=search_product_ids(query))
    if category:
        products = products.filter(category__slug=category)
    if min_price is not None:
        products = products.filter(public_price__gte=min_price)
    if max_price is not None:
        products = products.filter(public_price__lte=max_price)
    if city:
        products = products.filter(brand__city=city)
    if brand:
        products = products.filter(brand__slug=brand)
    if ready_only:
        products = products.filter(stock=Product.Stock.READY)
    return _with_projection_joins(
        products.order_by(*SORTS.get(sort, SORTS["newest"])), cover_only=True
    )


def showcase_filter_choices() -> dict[str, list]:
    brands = brands_public()
    return {
        "categories": list(Category.objects.values_list("slug", "name")),
        "cities": list(
            brands.order_by("city").values_list("city", flat=True).distinct()
        ),
        "brands": list(
            brands.order_by("public_name").values_list("slug", "public_name")
        ),
    }


def public_product_get(*, brand_slug: str, product_slug: str) -> PublicProduct:
    product = get_object_or_404(
        _with_projection_joins(products_public(), cover_only=False),
        brand__slug=brand_slug,
        slug=product_slug,
    )
    return project_products([product])[0]


def public_brand_get(*, slug: str) -> PublicBrand:
    brand = get_object_or_404(
        brands_public().select_related("centre", "public_logo", "public_cover"),
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
