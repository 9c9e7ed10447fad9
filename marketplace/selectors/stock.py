"""Stock left and variants of one product, for its page and its markup."""

from __future__ import annotations

from dataclasses import dataclass

from home.money import format_rupiah

from ..models import Product, ProductVariant


@dataclass(frozen=True)
class PublicVariant:
    name: str
    price: int
    price_display: str
    stock_left: int | None

    @property
    def is_sold_out(self) -> bool:
        return self.stock_left == 0


def product_stock(product) -> dict:
    """``stock_left`` (None when the seller keeps no count) and the
    product's ``variants``, for ``templates/marketplace/includes``. Takes the
    product (a model or its public projection): one query, for the variants."""
    left = product.stock_quantity if product.stock == Product.Stock.READY else None
    variants = [
        PublicVariant(
            name=variant.name,
            price=variant.price,
            price_display=format_rupiah(variant.price),
            stock_left=variant.stock_quantity,
        )
        for variant in ProductVariant.objects.filter(product_id=product.pk)
    ]
    return {"stock_left": left, "variants": variants}


AVAILABILITY = {
    "in_stock": "https://schema.org/InStock",
    "sold_out": "https://schema.org/OutOfStock",
    "made_to_order": "https://schema.org/MadeToOrder",
}


def variant_offers(
    variants: list[PublicVariant], *, url: str, product_stock: str
) -> list[dict]:
    """Each variant as its own schema.org ``Offer`` (for the Product JSON-LD):
    its name, price in IDR, and availability (sold out when its own count is
    0 or the whole product is sold out; made to order follows the product)."""
    offers = []
    for variant in variants:
        if product_stock == Product.Stock.SOLD_OUT or variant.is_sold_out:
            availability = AVAILABILITY["sold_out"]
        elif product_stock == Product.Stock.MADE_TO_ORDER:
            availability = AVAILABILITY["made_to_order"]
        else:
            availability = AVAILABILITY["in_stock"]
        offers.append(
            {
                "@type": "Offer",
                "name": variant.name,
                "price": str(variant.price),
                "priceCurrency": "IDR",
                "availability": availability,
                "url": url,
            }
        )
    return offers
