"""Showcase: graduates' brands and products, inquiries and their review.

Brands and products keep two versions of what buyers see: the fields the
seller edits, and an approved ``public_*`` snapshot copied on approval. Public
pages only ever read the snapshot (see ``docs/marketplace.md``).
"""

from ._common import (
    MAX_PHOTOS,
    PRICE_MAX,
    PRICE_MIN,
    ReviewStatus,
    instagram_validator,
    phone_validator,
)
from .brands import (
    Brand,
)
from .centres import (
    Category,
    CentreShowcaseSettings,
    SellerApproval,
)
from .inquiries import (
    Inquiry,
    InquiryRefusal,
    InquiryReply,
)
from .products import (
    Product,
    ProductDailyStat,
    ProductPhoto,
    ProductVariant,
)
from .review import (
    ReviewLog,
)

__all__ = [
    "PRICE_MIN",
    "PRICE_MAX",
    "MAX_PHOTOS",
    "instagram_validator",
    "phone_validator",
    "ReviewStatus",
    "Category",
    "CentreShowcaseSettings",
    "SellerApproval",
    "Brand",
    "Product",
    "ProductPhoto",
    "ProductVariant",
    "ProductDailyStat",
    "Inquiry",
    "InquiryReply",
    "InquiryRefusal",
    "ReviewLog",
]
