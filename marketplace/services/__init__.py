"""Writes for the showcase: brands, products, photos, review, inquiries.

Every function is keyword-only, validates with ``full_clean()`` and saves in
``transaction.atomic()``. E-mails go out on commit and never block or fail the
request.
"""

from ._common import (
    COLLECTION_NAME,
    CURATORS_GROUP,
    ShowcaseError,
    curators_group,
    image_from_cleaned,
    logger,
)
from .brands import (
    BRAND_CHECKLIST,
    brand_create,
    brand_submit,
    brand_update,
    seller_approval_check,
    seller_approval_create,
)
from .inquiries import (
    INQUIRY_IP_WINDOW,
    INQUIRY_LIMIT_PER_IP,
    INQUIRY_LIMIT_PER_IP_PRODUCT,
    INQUIRY_LIMIT_PER_PRODUCT,
    INQUIRY_PRODUCT_WINDOW,
    inquiry_close,
    inquiry_create,
    inquiry_rate_limited,
    inquiry_reply,
)
from .products import (
    PRODUCT_CHECKLIST,
    product_archive,
    product_create,
    product_duplicate,
    product_photo_add,
    product_photo_move,
    product_photo_remove,
    product_photos_describe,
    product_set_sold_out,
    product_submit,
    product_update,
    product_variants_set,
    product_view_record,
    product_views_flush,
    product_views_flush_day,
)
from .review import (
    brand_approve,
    brand_centre_confirm,
    brand_request_changes,
    brand_suspend,
    product_approve,
    product_request_changes,
)

__all__ = [
    "logger",
    "CURATORS_GROUP",
    "COLLECTION_NAME",
    "ShowcaseError",
    "image_from_cleaned",
    "curators_group",
    "BRAND_CHECKLIST",
    "seller_approval_check",
    "seller_approval_create",
    "brand_create",
    "brand_update",
    "brand_submit",
    "brand_approve",
    "brand_request_changes",
    "brand_suspend",
    "brand_centre_confirm",
    "product_approve",
    "product_request_changes",
    "PRODUCT_CHECKLIST",
    "product_photo_add",
    "product_photo_move",
    "product_photo_remove",
    "product_photos_describe",
    "product_create",
    "product_update",
    "product_submit",
    "product_duplicate",
    "product_set_sold_out",
    "product_variants_set",
    "product_archive",
    "product_view_record",
    "product_views_flush",
    "product_views_flush_day",
    "INQUIRY_LIMIT_PER_IP",
    "INQUIRY_LIMIT_PER_IP_PRODUCT",
    "INQUIRY_LIMIT_PER_PRODUCT",
    "INQUIRY_IP_WINDOW",
    "INQUIRY_PRODUCT_WINDOW",
    "inquiry_rate_limited",
    "inquiry_create",
    "inquiry_reply",
    "inquiry_close",
]
