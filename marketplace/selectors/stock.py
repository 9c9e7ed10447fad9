"""Stock left and variants of one product, for its page and its markup."""

from __future__ import annotations

from ..models import Product, ProductVariant
from .projections import PublicProduct, PublicVariant, public_variants


def product_stock(product) -> dict:
    """``stock_left`` (None when the seller keeps no count) and the
    product's ``variants``, for ``templates/marketplace/includes``. Takes the
    product (a model or its public projection). The projection of a product's
    page (``public_product_get``) carries its variants: no query here;
    otherwise (a model, a seller's preview) one query reads them."""
    left = product.stock_quantity if product.stock == Product.Stock.READY else None
    if isinstance(product, PublicProduct) and product.variants is not None:
        variants = product.variants
    else:
        variants = public_variants(ProductVariant.objects.filter(product_id=product.pk))
    return {"stock_left": left, "variants": list(variants)}


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
