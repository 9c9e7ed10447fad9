"""What buyers can see: the contract other apps read.

The rule itself lives once, in ``Brand.objects.public()`` and
``Product.objects.public()`` (``marketplace/models``). Everything public (the
catalogue, search, brand and product pages, the home page, sitemaps, QR labels,
inquiries, the staff funnel) starts from these selectors.
"""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet

from ..models import Brand, Inquiry, Product


def brands_public() -> QuerySet[Brand]:
    """Brands buyers can see."""
    return Brand.objects.public()


def products_public() -> QuerySet[Product]:
    """Products buyers can see (never archived ones, never under a hidden brand)."""
    return Product.objects.public().select_related("brand")


def showcase_counts() -> dict[str, int]:
    """How many brands and products buyers can see (home page numbers)."""
    return {
        "brands": brands_public().count(),
        "products": products_public().count(),
    }


def showcase_funnel(*, user_ids: list[int]) -> dict[str, set[int]]:
    """Which of ``user_ids`` reached each showcase step a buyer can see.

    ``brand``: owns a public brand; ``product``: has at least one public
    product; ``inquiry``: received at least one inquiry on a public product or
    a public brand. One query, whatever the number of users.
    """
    result: dict[str, set[int]] = {"brand": set(), "product": set(), "inquiry": set()}
    if not user_ids:
        return result
    public_products = Product.objects.public().filter(brand=OuterRef("pk"))
    inquiries = Inquiry.objects.filter(brand=OuterRef("pk"))
    rows = (
        Brand.objects.filter(owner_id__in=user_ids)
        .order_by()
        .annotate(
            is_public=Exists(Brand.objects.public().filter(pk=OuterRef("pk"))),
            has_product=Exists(public_products),
            any_inquiry=Exists(inquiries),
            product_inquiry=Exists(
                inquiries.filter(product__in=Product.objects.public().values("pk"))
            ),
        )
        .values_list(
            "owner_id", "is_public", "has_product", "any_inquiry", "product_inquiry"
        )
    )
    for owner_id, is_public, has_product, any_inquiry, product_inquiry in rows:
        if is_public:
            result["brand"].add(owner_id)
        if has_product:
            result["product"].add(owner_id)
        if product_inquiry or (is_public and any_inquiry):
            result["inquiry"].add(owner_id)
    return result
