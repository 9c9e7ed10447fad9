"""Reads for the showcase.

What buyers can see is decided once, by ``Brand.objects.public()`` and
``Product.objects.public()``; other apps read it through ``brands_public()``,
``products_public()``, ``showcase_counts()`` and ``showcase_funnel()``.

Public pages receive projections (``PublicBrand``/``PublicProduct``) built
from the approved ``public_*`` snapshot only: never a ``User``, a legal name,
an address, or the centre unless the seller opted in. Owner-scoped querysets
make another seller's object a 404.
"""

# Imported names that callers used to reach through this module.
from accounts.selectors import staff_centre_for

from .centres import (
    centre_brand_get,
    centre_for_staff,
    centre_member_get,
    centre_members_without_approval,
    centre_pending_brands,
)
from .projections import (
    PublicBrand,
    PublicProduct,
    PublicVariant,
    project_products,
    whatsapp_digits,
)
from .public import (
    brands_public,
    products_public,
    showcase_counts,
    showcase_funnel,
)
from .sellers import (
    Eligibility,
    brand_for_owner,
    business_plan_initial,
    inquiry_counts,
    inquiry_refusals_recent,
    label_products,
    label_waiting_products,
    owner_inquiries,
    owner_inquiry_get,
    owner_photo_get,
    owner_product_get,
    owner_product_rows,
    owner_products,
    seller_eligibility,
)
from .showcase import (
    COUNT_CAP,
    SORTS,
    ShowcasePage,
    brand_preview,
    brand_public_products,
    featured_products,
    product_preview,
    public_brand_get,
    public_product_get,
    search_filter,
    search_product_ids,
    showcase_brand_name,
    showcase_filter_choices,
    showcase_page,
    showcase_products,
    whatsapp_order_url,
    whatsapp_share_url,
)
from .stock import product_stock, variant_offers

__all__ = [
    "PublicVariant",
    "product_stock",
    "variant_offers",
    "brands_public",
    "products_public",
    "showcase_counts",
    "showcase_funnel",
    "staff_centre_for",
    "Eligibility",
    "seller_eligibility",
    "business_plan_initial",
    "brand_for_owner",
    "owner_products",
    "owner_product_get",
    "owner_photo_get",
    "owner_product_rows",
    "owner_inquiries",
    "owner_inquiry_get",
    "inquiry_counts",
    "inquiry_refusals_recent",
    "label_products",
    "label_waiting_products",
    "centre_for_staff",
    "centre_pending_brands",
    "centre_members_without_approval",
    "centre_member_get",
    "centre_brand_get",
    "PublicBrand",
    "PublicProduct",
    "whatsapp_digits",
    "project_products",
    "SORTS",
    "COUNT_CAP",
    "ShowcasePage",
    "search_filter",
    "showcase_page",
    "showcase_brand_name",
    "search_product_ids",
    "showcase_products",
    "showcase_filter_choices",
    "public_product_get",
    "public_brand_get",
    "brand_public_products",
    "featured_products",
    "brand_preview",
    "product_preview",
    "whatsapp_order_url",
    "whatsapp_share_url",
]
