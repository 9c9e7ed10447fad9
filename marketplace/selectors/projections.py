"""Public projections of brands and products."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import phonenumbers
from django.db.models import Prefetch, QuerySet
from django.urls import reverse

from home.money import format_rupiah

from ..models import (
    Brand,
    CentreShowcaseSettings,
    Product,
    ProductPhoto,
)

# --- Public projections ---


@dataclass(frozen=True)
class PublicBrand:
    pk: int
    name: str
    slug: str
    tagline: str
    story: str
    city: str
    logo: Any
    cover: Any
    centre_name: str
    instagram_url: str
    shop_url: str
    whatsapp_number: str
    whatsapp_via_centre: bool
    url: str


@dataclass(frozen=True)
class PublicVariant:
    name: str
    price: int
    price_display: str
    stock_left: int | None

    @property
    def is_sold_out(self) -> bool:
        return self.stock_left == 0


@dataclass(frozen=True)
class PublicProduct:
    pk: int
    name: str
    slug: str
    description: str
    price: int
    price_display: str
    unit: str
    unit_label: str
    stock: str
    stock_label: str
    stock_quantity: int | None
    lead_time_days: int | None
    min_order: int
    net_weight: str
    size: str
    shelf_life: str
    pirt_number: str
    halal_number: str
    category_name: str
    category_slug: str
    photos: list
    brand: PublicBrand
    url: str
    published_at: Any
    # Its choices, read with the product on its own page (``public_product_get``);
    # None in listings and previews, which read them apart if they show them.
    variants: tuple[PublicVariant, ...] | None = None

    @property
    def cover(self):
        return self.photos[0] if self.photos else None

    @property
    def is_available(self) -> bool:
        return self.stock != Product.Stock.SOLD_OUT


def whatsapp_digits(number: str) -> str:
    """``0812-3456-7890`` → ``6281234567890`` (as wa.me wants), or ''."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "ID")
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(
        parsed, phonenumbers.PhoneNumberFormat.E164
    ).lstrip("+")


def _relay_numbers(brands: list[Brand]) -> dict[int, str]:
    centre_ids = {b.centre_id for b in brands if b.whatsapp_via_centre and b.centre_id}
    if not centre_ids:
        return {}
    return dict(
        CentreShowcaseSettings.objects.filter(
            centre_id__in=centre_ids, relay_enabled=True
        )
        .exclude(whatsapp_relay="")
        .values_list("centre_id", "whatsapp_relay")
    )


def _brand_projection(
    brand: Brand,
    *,
    draft: bool = False,
    relays: dict[int, str] | None = None,
    with_cover: bool = True,
) -> PublicBrand:
    """A brand as buyers see it.

    ``with_cover=False`` for listings: they never show the cover, and reading
    it would cost one image query per brand on the page.
    """
    relays = relays or {}
    whatsapp, via_centre = "", False
    if brand.whatsapp_via_centre and brand.centre_id in relays:
        whatsapp, via_centre = whatsapp_digits(relays[brand.centre_id]), True
    elif brand.whatsapp_enabled:
        whatsapp = whatsapp_digits(brand.whatsapp_number)
    return PublicBrand(
        pk=brand.pk,
        name=brand.name if draft else brand.public_name,
        slug=brand.slug,
        tagline=brand.tagline if draft else brand.public_tagline,
        story=brand.story if draft else brand.public_story,
        city=brand.city,
        logo=brand.logo if draft else brand.public_logo,
        cover=(
            None if not with_cover else brand.cover if draft else brand.public_cover
        ),
        centre_name=brand.centre.name if brand.show_centre and brand.centre else "",
        instagram_url=(
            f"https://www.instagram.com/{quote(brand.instagram_handle)}/"
            if brand.instagram_enabled and brand.instagram_handle
            else ""
        ),
        shop_url=brand.shop_url if brand.shop_enabled else "",
        whatsapp_number=whatsapp,
        whatsapp_via_centre=via_centre,
        url=reverse("marketplace:brand_detail", args=[brand.slug]),
    )


def public_variants(variants) -> tuple[PublicVariant, ...]:
    """A product's ``ProductVariant`` rows as buyers see them, in their order."""
    return tuple(
        PublicVariant(
            name=variant.name,
            price=variant.price,
            price_display=format_rupiah(variant.price),
            stock_left=variant.stock_quantity,
        )
        for variant in variants
    )


@functools.cache
def _choice_labels(field_name: str) -> dict:
    return dict(Product._meta.get_field(field_name).flatchoices)


def _choice_label(field_name: str, value) -> str:
    """``product.get_<field>_display()``, whose choices Django turns into a
    new dictionary at each call (48 calls on a showcase page: 4 ms)."""
    return str(_choice_labels(field_name).get(value, value))


def _product_projection(
    product: Product,
    *,
    brand: PublicBrand,
    photos: list,
    draft: bool = False,
    variants: tuple[PublicVariant, ...] | None = None,
) -> PublicProduct:
    price = product.price if draft else product.public_price
    return PublicProduct(
        pk=product.pk,
        name=product.name if draft else product.public_name,
        slug=product.slug,
        description=product.description if draft else product.public_description,
        price=price,
        price_display=format_rupiah(price),
        unit=product.unit,
        unit_label=_choice_label("unit", product.unit),
        stock=product.stock,
        stock_label=_choice_label("stock", product.stock),
        stock_quantity=product.stock_quantity,
        lead_time_days=product.lead_time_days,
        min_order=product.min_order,
        net_weight=product.net_weight,
        size=product.size,
        shelf_life=product.shelf_life,
        pirt_number=product.pirt_number if draft else product.public_pirt_number,
        halal_number=product.halal_number if draft else product.public_halal_number,
        category_name=product.category.name,
        category_slug=product.category.slug,
        photos=[photo.image for photo in photos],
        brand=brand,
        url=reverse("marketplace:product_detail", args=[brand.slug, product.slug]),
        published_at=product.published_at,
        variants=variants,
    )


def _public_photos_prefetch(*, cover_only: bool) -> Prefetch:
    photos = (
        ProductPhoto.objects.filter(in_public=True)
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("public_position", "pk")
    )
    if cover_only:
        photos = photos[:1]
    return Prefetch("photos", queryset=photos, to_attr="public_photos")


def _with_projection_joins(
    products: QuerySet[Product], *, cover_only: bool
) -> QuerySet[Product]:
    return products.select_related(
        "category", "brand", "brand__centre", "brand__public_logo"
    ).prefetch_related(_public_photos_prefetch(cover_only=cover_only))


def project_products(products, *, with_variants: bool = False) -> list[PublicProduct]:
    """Turn a page of public products (with their joins) into projections.
    ``with_variants``: the products' variants were prefetched; they are kept."""
    products = list(products)
    relays = _relay_numbers([p.brand for p in products])
    brand_cache: dict[int, PublicBrand] = {}
    result = []
    for product in products:
        if product.brand_id not in brand_cache:
            brand_cache[product.brand_id] = _brand_projection(
                product.brand, relays=relays, with_cover=False
            )
        result.append(
            _product_projection(
                product,
                brand=brand_cache[product.brand_id],
                photos=product.public_photos,
                variants=(
                    public_variants(product.variants.all()) if with_variants else None
                ),
            )
        )
    return result
