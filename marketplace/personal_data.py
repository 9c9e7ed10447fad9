"""What the showcase stores about a person: export and erase (``home.personal_data``).

A seller's brand and products stay as rows (the inquiries and statistics hang
on them) but leave the showcase for good: suspended or draft, never published,
every personal field cleared, every photo deleted with its renditions.
Inquiries she received are anonymised (buyers' names, phone numbers, e-mail
addresses and messages, and her answers). Buyers have no account, so there are
no inquiries "sent" by a person to erase.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry

from accounts.models import User
from home.personal_data import ExportFile, PersonalDataExport, image_export_file

from .models import (
    Brand,
    Inquiry,
    InquiryReply,
    Product,
    ProductPhoto,
    ReviewLog,
    SellerApproval,
)
from .services._common import COLLECTION_NAME

MODELS = (
    "marketplace.Brand",
    "marketplace.Product",
    "marketplace.ProductPhoto",
    "marketplace.Inquiry",
    "marketplace.InquiryReply",
    "marketplace.ReviewLog",
    "marketplace.SellerApproval",
)
KEPT = {
    "marketplace.Brand": (
        "The brand row stays (suspended, unpublished, its personal fields cleared "
        "and its photos deleted) so that inquiries and showcase statistics keep "
        "their counts. A centre staff member's “confirmed by” link stays, "
        "pointing at the anonymised account."
    ),
    "marketplace.Product": (
        "Product rows stay as drafts, archived and never public again, with the "
        "name, description, licence numbers and photos removed."
    ),
    "marketplace.Inquiry": (
        "Inquiries stay as anonymous counts: the buyer's name, phone number, "
        "e-mail address and message are replaced."
    ),
    "marketplace.ReviewLog": (
        "Curators' decisions (approve, request changes, suspend) stay as the "
        "showcase's audit trail without their messages; decisions the person "
        "made as a curator point at the anonymised account."
    ),
    "marketplace.SellerApproval": (
        "Approvals the person gave as centre staff stay, pointing at the "
        "anonymised account; her own approval is deleted."
    ),
    "marketplace.CentreShowcaseSettings": (
        "A centre's WhatsApp relay is the centre's business number, not a person's."
    ),
}

ERASED = "(dihapus)"
# An inquiry must keep a way to answer (a database constraint): a reserved,
# undeliverable address (RFC 2606) replaces the buyer's contact.
ERASED_EMAIL = "dihapus@example.invalid"


def _erased_slug() -> str:
    return f"dihapus-{uuid.uuid4().hex[:12]}"


def _image_ref(image, files: dict[str, ExportFile]) -> str:
    if image is None or not image.file:
        return ""
    exported = image_export_file(image)
    files.setdefault(exported.path, exported)
    return exported.path


def _brand_record(brand: Brand, files: dict[str, ExportFile]) -> dict[str, Any]:
    return {
        "name": brand.name,
        "web_address": brand.slug,
        "tagline": brand.tagline,
        "story": brand.story,
        "city": brand.city,
        "centre": brand.centre.name if brand.centre_id else None,
        "show_centre": brand.show_centre,
        "instagram": brand.instagram_handle,
        "show_instagram": brand.instagram_enabled,
        "online_shop_link": brand.shop_url,
        "show_online_shop_link": brand.shop_enabled,
        "whatsapp_number": brand.whatsapp_number,
        "show_whatsapp": brand.whatsapp_enabled,
        "whatsapp_via_centre": brand.whatsapp_via_centre,
        "logo": _image_ref(brand.logo, files),
        "cover_photo": _image_ref(brand.cover, files),
        "status": str(brand.get_status_display()),
        "message_from_reviewer": brand.review_message,
        "submitted_at": brand.submitted_at,
        "reviewed_at": brand.reviewed_at,
        "confirmed_by_centre_at": brand.centre_confirmed_at,
        "first_published_at": brand.published_at,
        "created_at": brand.created_at,
        "updated_at": brand.updated_at,
        "public_version": {
            "name": brand.public_name,
            "tagline": brand.public_tagline,
            "story": brand.public_story,
            "logo": _image_ref(brand.public_logo, files),
            "cover_photo": _image_ref(brand.public_cover, files),
        },
    }


def _product_record(product: Product, files: dict[str, ExportFile]) -> dict[str, Any]:
    return {
        "name": product.name,
        "web_address": product.slug,
        "description": product.description,
        "category": product.category.name,
        "price_rp": product.price,
        "unit": str(product.get_unit_display()),
        "stock": str(product.get_stock_display()),
        "days_to_make": product.lead_time_days,
        "minimum_order": product.min_order,
        "net_weight": product.net_weight,
        "size": product.size,
        "shelf_life": product.shelf_life,
        "pirt_number": product.pirt_number,
        "halal_number": product.halal_number,
        "status": str(product.get_status_display()),
        "message_from_reviewer": product.review_message,
        "submitted_at": product.submitted_at,
        "reviewed_at": product.reviewed_at,
        "archived_at": product.archived_at,
        "first_published_at": product.published_at,
        "created_at": product.created_at,
        "updated_at": product.updated_at,
        "public_version": {
            "name": product.public_name,
            "description": product.public_description,
            "price_rp": product.public_price,
            "pirt_number": product.public_pirt_number,
            "halal_number": product.public_halal_number,
        },
        "photos": [
            {
                "file": _image_ref(photo.image, files),
                "position": photo.position,
                "in_my_version": photo.in_draft,
                "in_public_version": photo.in_public,
            }
            for photo in product.photos.all()
        ],
        "views_per_day": [
            {"day": stat.day, "views": stat.views} for stat in product.daily_stats.all()
        ],
    }


def _inquiry_record(inquiry: Inquiry) -> dict[str, Any]:
    return {
        "product": inquiry.product.name,
        "sent_at": inquiry.created_at,
        "buyer_name": inquiry.buyer_name,
        "buyer_phone": inquiry.buyer_phone,
        "buyer_email": inquiry.buyer_email,
        "quantity": inquiry.quantity,
        "message": inquiry.message,
        "status": str(inquiry.get_status_display()),
        "my_answers": [
            {
                "sent_at": reply.created_at,
                "message": reply.message,
                "sent_to_buyer": reply.emailed,
            }
            for reply in inquiry.replies.all()
        ],
    }


def _review_logs(brand: Brand | None):
    if brand is None:
        return ReviewLog.objects.none()
    return ReviewLog.objects.filter(Q(brand=brand) | Q(product__brand=brand))


def export_personal_data(user: User) -> PersonalDataExport:
    files: dict[str, ExportFile] = {}
    brand = (
        Brand.objects.filter(owner=user)
        .select_related("centre", "logo", "cover", "public_logo", "public_cover")
        .first()
    )
    records: dict[str, Any] = {"brand": None, "products": [], "inquiries": []}
    if brand is not None:
        records["brand"] = _brand_record(brand, files)
        products = (
            Product.objects.filter(brand=brand)
            .select_related("category")
            .prefetch_related("photos__image", "daily_stats")
            .order_by("created_at", "pk")
        )
        records["products"] = [_product_record(p, files) for p in products]
        inquiries = (
            Inquiry.objects.filter(brand=brand)
            .select_related("product")
            .prefetch_related("replies")
            .order_by("created_at", "pk")
        )
        records["inquiries"] = [_inquiry_record(i) for i in inquiries]
    records["review_decisions"] = [
        {
            "about": log.product.name if log.product_id else log.brand.name,
            "decision": str(log.get_decision_display()),
            "checklist": log.checklist,
            "message": log.message,
            "decided_at": log.created_at,
        }
        for log in _review_logs(brand)
        .select_related("brand", "product")
        .order_by("created_at", "pk")
    ]
    approval = SellerApproval.objects.filter(user=user).first()
    records["seller_approval"] = (
        {"note": approval.note, "approved_at": approval.created_at}
        if approval
        else None
    )
    return PersonalDataExport(records=records, files=list(files.values()))


def _showcase_image_ids(user: User, brand: Brand | None) -> set[int]:
    """Photos of her brand and products, and every showcase photo she uploaded
    (including old logos and removed photos nothing points at any more)."""
    image_model = get_image_model()
    ids = set(
        image_model.objects.filter(
            uploaded_by_user=user, collection__name=COLLECTION_NAME
        ).values_list("pk", flat=True)
    )
    if brand is None:
        return ids
    ids.update(
        pk
        for pk in (
            brand.logo_id,
            brand.cover_id,
            brand.public_logo_id,
            brand.public_cover_id,
        )
        if pk
    )
    ids.update(
        ProductPhoto.objects.filter(product__brand=brand).values_list(
            "image_id", flat=True
        )
    )
    # Never delete a photo someone else's brand or product still shows.
    others = Brand.objects.exclude(pk=brand.pk)
    shared = set(
        ProductPhoto.objects.filter(image_id__in=ids)
        .exclude(product__brand=brand)
        .values_list("image_id", flat=True)
    )
    for name in ("logo", "cover", "public_logo", "public_cover"):
        shared.update(
            others.filter(**{f"{name}_id__in": ids}).values_list(
                f"{name}_id", flat=True
            )
        )
    return ids - shared


def _brand_erase(brand: Brand) -> None:
    brand.name = brand.public_name = ERASED
    brand.slug = _erased_slug()
    brand.tagline = brand.public_tagline = ""
    brand.story = brand.public_story = ""
    brand.city = ERASED
    brand.logo = brand.cover = brand.public_logo = brand.public_cover = None
    brand.centre = None
    brand.show_centre = False
    brand.instagram_handle = brand.shop_url = brand.whatsapp_number = ""
    brand.instagram_enabled = brand.shop_enabled = False
    brand.whatsapp_enabled = brand.whatsapp_via_centre = False
    brand.review_message = ""
    brand.status = Brand.Status.SUSPENDED
    brand.published_at = None
    # No full_clean(): an erasure must not fail on an old row that a newer rule
    # would refuse; every value set here is valid. save(), not update(), so
    # the search index forgets the old name too.
    brand.save()


def _product_erase(product: Product, now) -> None:
    product.name = product.description = ERASED
    product.slug = _erased_slug()
    product.pirt_number = product.halal_number = ""
    product.public_name = product.public_description = ""
    product.public_price = None
    product.public_pirt_number = product.public_halal_number = ""
    product.review_message = ""
    product.status = Product.Status.DRAFT
    product.published_at = None
    product.archived_at = product.archived_at or now
    product.save()


def _admin_log_labels_erase(rows: list[Model]) -> None:
    """The admin's history names a row by its title (a brand name, or the
    seller's display name for an approval): keep the entry, drop the name."""
    for row in rows:
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(row),
            object_id=str(row.pk),
        ).update(label=ERASED)


def erase_personal_data(user: User) -> None:
    with transaction.atomic():
        brand = Brand.objects.select_for_update().filter(owner=user).first()
        image_ids = _showcase_image_ids(user, brand)
        approvals = list(SellerApproval.objects.filter(user=user))
        _admin_log_labels_erase(approvals)
        if brand is not None:
            _admin_log_labels_erase([brand, *Product.objects.filter(brand=brand)])
            _brand_erase(brand)
            now = timezone.now()
            for product in Product.objects.filter(brand=brand).select_related(
                "brand", "category"
            ):
                _product_erase(product, now)
            ProductPhoto.objects.filter(product__brand=brand).delete()
            inquiries = Inquiry.objects.filter(brand=brand)
            InquiryReply.objects.filter(inquiry__in=inquiries).update(message=ERASED)
            inquiries.update(
                buyer_name=ERASED,
                buyer_phone="",
                buyer_email=ERASED_EMAIL,
                message=ERASED,
                status=Inquiry.Status.CLOSED,
            )
            _review_logs(brand).update(message="")
        SellerApproval.objects.filter(pk__in=[a.pk for a in approvals]).delete()
        # Wagtail deletes the originals and every rendition from storage once
        # the transaction commits (its post_delete handlers).
        get_image_model().objects.filter(pk__in=image_ids).delete()
