"""Buyers' showcase and the seller dashboard: small function views."""

from ._common import (
    PAGE_SIZE,
    PRIVATE,
)
from .inquiries import (
    inbox,
    inquiry_detail,
    label_sheet,
)
from .products import (
    product_action,
    product_create,
    product_edit,
    product_photos,
    product_preview,
)
from .review import (
    centre_review,
)
from .sellers import (
    brand_edit,
    brand_preview,
    brand_submit,
    dashboard,
)
from .showcase import (
    brand_detail,
    product_detail,
    product_inquiry,
    showcase,
)

__all__ = [
    "PAGE_SIZE",
    "PRIVATE",
    "showcase",
    "product_detail",
    "product_inquiry",
    "brand_detail",
    "dashboard",
    "brand_edit",
    "brand_preview",
    "brand_submit",
    "product_create",
    "product_edit",
    "product_photos",
    "product_preview",
    "product_action",
    "inbox",
    "inquiry_detail",
    "label_sheet",
    "centre_review",
]
