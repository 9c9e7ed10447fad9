"""Writes for the showcase: brands, products, photos, review, inquiries.

Every function is keyword-only, validates with ``full_clean()`` and saves in
``transaction.atomic()``. E-mails go out on commit and never block or fail the
request.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model
from wagtail.models import Collection

from accounts.models import User
from home.imaging import CleanedImage

from . import selectors
from .models import (
    MAX_PHOTOS,
    Brand,
    Inquiry,
    InquiryReply,
    Product,
    ProductDailyStat,
    ProductPhoto,
    ReviewLog,
    SellerApproval,
)

logger = logging.getLogger("berdaya.marketplace")

CURATORS_GROUP = "Curators"
COLLECTION_NAME = "Etalase"

BRAND_CHECKLIST = [
    ("name", gettext_lazy("Brand name and tagline are clear and respectful")),
    ("cover", gettext_lazy("Clear logo and cover photo")),
    ("story", gettext_lazy("Story is complete")),
    (
        "privacy",
        gettext_lazy("No legal name, address, phone or face the seller did not choose"),
    ),
]
PRODUCT_CHECKLIST = [
    ("cover", gettext_lazy("Clear cover photo")),
    ("packaging", gettext_lazy("Packaging shows the brand")),
    ("description", gettext_lazy("Description complete")),
    ("price", gettext_lazy("Price sensible")),
    ("licences", gettext_lazy("Licences plausible (P-IRT, halal)")),
]

INQUIRY_LIMIT_PER_IP = 5  # per 10 minutes
INQUIRY_LIMIT_PER_PRODUCT = 30  # per hour
INQUIRY_IP_WINDOW = 10 * 60
INQUIRY_PRODUCT_WINDOW = 60 * 60


class ShowcaseError(ValidationError):
    """A rule of the showcase refused the action (message for the user)."""


# --- Images ---


def _showcase_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


def image_from_cleaned(*, cleaned: CleanedImage, title: str):
    """Store an already cleaned photo as a Wagtail image (never the upload)."""
    image_model = get_image_model()
    image = image_model(
        title=title[:255],
        alt_text=title[:255],
        file=cleaned.file,
        collection=_showcase_collection(),
    )
    image._set_image_file_metadata()
    image.save()
    return image


def _unique_slug(*, model, base: str, **scope) -> str:
    base = (slugify(base) or "merek")[:70]
    slug, n = base, 2
    while model.objects.filter(slug=slug, **scope).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _changed(instance, fields: Iterable[str], data: dict) -> bool:
    return any(
        name in data and getattr(instance, name) != data[name] for name in fields
    )


# --- Eligibility ---


def seller_approval_create(
    *, user: User, approved_by: User | None, note: str = ""
) -> SellerApproval:
    """Let ``user`` open a brand without a showcase certificate (idempotent)."""
    with transaction.atomic():
        approval, _created = SellerApproval.objects.get_or_create(
            user=user, defaults={"approved_by": approved_by, "note": note}
        )
    return approval


# --- Brands ---


def brand_create(
    *,
    owner: User,
    name: str,
    city: str,
    tagline: str = "",
    story: str = "",
    logo: CleanedImage | None = None,
    cover: CleanedImage | None = None,
    **links,
) -> Brand:
    """Open a brand for an eligible learner. A second call returns the first."""
    existing = Brand.objects.filter(owner=owner).first()
    if existing is not None:
        return existing
    if not selectors.seller_eligibility(user=owner).eligible:
        raise ShowcaseError(
            _("Finish a showcase course first, or ask your centre to approve you.")
        )
    with transaction.atomic():
        brand = Brand(
            owner=owner,
            name=name,
            slug=_unique_slug(model=Brand, base=name),
            city=city,
            tagline=tagline,
            story=story,
            centre_id=owner.centre_id,
            **links,
        )
        if logo is not None:
            brand.logo = image_from_cleaned(cleaned=logo, title=f"{name} logo")
        if cover is not None:
            brand.cover = image_from_cleaned(cleaned=cover, title=f"{name} cover")
        brand.full_clean()
        try:
            with transaction.atomic():
                brand.save()
        except IntegrityError:
            return Brand.objects.get(owner=owner)
    return brand


def brand_update(
    *,
    brand: Brand,
    data: dict,
    logo: CleanedImage | None = None,
    cover: CleanedImage | None = None,
) -> Brand:
    """Save the seller's edits. A change buyers would see on a live brand is
    reviewed again; the approved version stays public meanwhile."""
    with transaction.atomic():
        if logo is not None:
            data["logo"] = image_from_cleaned(cleaned=logo, title=f"{brand.name} logo")
        if cover is not None:
            data["cover"] = image_from_cleaned(
                cleaned=cover, title=f"{brand.name} cover"
            )
        reviewed_change = _changed(brand, Brand.REVIEWED_FIELDS, data)
        for name, value in data.items():
            setattr(brand, name, value)
        if (
            reviewed_change
            and brand.status
            in (
                Brand.Status.APPROVED,
                Brand.Status.CHANGES_REQUESTED,
            )
            and brand.published_at is not None
        ):
            brand.status = Brand.Status.SUBMITTED
            brand.submitted_at = timezone.now()
        brand.full_clean()
        brand.save()
    return brand


def brand_submit(*, brand: Brand) -> Brand:
    """Ask for review (idempotent while waiting)."""
    if brand.status == Brand.Status.SUSPENDED:
        raise ShowcaseError(_("This brand is suspended. Contact the Berdaya team."))
    if brand.status in (Brand.Status.SUBMITTED, Brand.Status.APPROVED):
        return brand
    if not brand.story or not brand.cover_id:
        raise ShowcaseError(
            _("Add your brand story and a cover photo before you send it for review.")
        )
    with transaction.atomic():
        brand.status = Brand.Status.SUBMITTED
        brand.submitted_at = timezone.now()
        brand.full_clean()
        brand.save(update_fields=["status", "submitted_at", "updated_at"])
    return brand


def _reindex_products(brand: Brand) -> None:
    from wagtail.search import index

    for product in brand.products.all():
        index.insert_or_update_object(product)


def brand_approve(
    *, brand: Brand, reviewer: User, checklist: list[str], message: str = ""
) -> Brand:
    missing = {key for key, _label in BRAND_CHECKLIST} - set(checklist)
    if missing:
        raise ShowcaseError(_("Tick every item of the checklist to approve."))
    with transaction.atomic():
        brand = Brand.objects.select_for_update().get(pk=brand.pk)
        now = timezone.now()
        for name in ("name", "tagline", "story"):
            setattr(brand, f"public_{name}", getattr(brand, name))
        brand.public_logo_id = brand.logo_id
        brand.public_cover_id = brand.cover_id
        brand.published_at = brand.published_at or now
        brand.status = Brand.Status.APPROVED
        brand.review_message = message
        brand.reviewed_at = now
        brand.full_clean()
        brand.save()
        ReviewLog.objects.create(
            brand=brand,
            reviewer=reviewer,
            decision=ReviewLog.Decision.APPROVED,
            checklist=sorted(checklist),
            message=message,
        )
        transaction.on_commit(lambda: _reindex_products(brand))
    return brand


def brand_request_changes(
    *, brand: Brand, reviewer: User, message: str, checklist: list[str] = ()
) -> Brand:
    if not message.strip():
        raise ShowcaseError(_("Write a message so the seller knows what to change."))
    with transaction.atomic():
        brand.status = Brand.Status.CHANGES_REQUESTED
        brand.review_message = message
        brand.reviewed_at = timezone.now()
        brand.full_clean()
        brand.save()
        ReviewLog.objects.create(
            brand=brand,
            reviewer=reviewer,
            decision=ReviewLog.Decision.CHANGES_REQUESTED,
            checklist=sorted(checklist),
            message=message,
        )
    return brand


def brand_suspend(*, brand: Brand, reviewer: User, message: str) -> Brand:
    """Take a brand and all its products off the showcase at once."""
    with transaction.atomic():
        brand.status = Brand.Status.SUSPENDED
        brand.review_message = message
        brand.reviewed_at = timezone.now()
        brand.save()
        ReviewLog.objects.create(
            brand=brand,
            reviewer=reviewer,
            decision=ReviewLog.Decision.SUSPENDED,
            message=message,
        )
    return brand


def brand_centre_confirm(*, brand: Brand, staff: User) -> Brand:
    """Centre staff consent that the person is ready and safe to appear."""
    if selectors.staff_centre_for(staff) != brand.centre or brand.centre is None:
        raise ShowcaseError(_("Only staff of this brand's centre can confirm it."))
    if brand.centre_confirmed_at is not None:
        return brand
    with transaction.atomic():
        brand.centre_confirmed_at = timezone.now()
        brand.centre_confirmed_by = staff
        brand.save(
            update_fields=["centre_confirmed_at", "centre_confirmed_by", "updated_at"]
        )
        ReviewLog.objects.create(
            brand=brand, reviewer=staff, decision=ReviewLog.Decision.CENTRE_CONFIRMED
        )
    return brand


# --- Products ---


def _draft_photos(product: Product) -> list[ProductPhoto]:
    return list(product.photos.filter(in_draft=True).order_by("position", "pk"))


def _renumber(photos: list[ProductPhoto]) -> None:
    for position, photo in enumerate(photos):
        if photo.position != position:
            photo.position = position
            photo.save(update_fields=["position"])


def _photos_changed(product: Product) -> None:
    """A live product whose gallery changed goes back to review."""
    if product.is_live and product.status != Product.Status.SUBMITTED:
        product.status = Product.Status.SUBMITTED
        product.submitted_at = timezone.now()
        product.save(update_fields=["status", "submitted_at", "updated_at"])


def product_photo_add(*, product: Product, cleaned: CleanedImage) -> ProductPhoto:
    with transaction.atomic():
        photos = _draft_photos(Product.objects.select_for_update().get(pk=product.pk))
        if len(photos) >= MAX_PHOTOS:
            raise ShowcaseError(
                _("A product can have at most %(max)s photos.") % {"max": MAX_PHOTOS}
            )
        image = image_from_cleaned(cleaned=cleaned, title=product.name)
        photo = ProductPhoto.objects.create(
            product=product, image=image, position=len(photos)
        )
        _photos_changed(product)
    return photo


def product_photo_move(*, photo: ProductPhoto, to: int) -> None:
    """Move a photo to position ``to`` (0 makes it the cover)."""
    with transaction.atomic():
        photos = [p for p in _draft_photos(photo.product) if p.pk != photo.pk]
        to = max(0, min(to, len(photos)))
        photos.insert(to, photo)
        _renumber(photos)
        _photos_changed(photo.product)


def product_photo_remove(*, photo: ProductPhoto) -> None:
    product = photo.product
    with transaction.atomic():
        if photo.in_public:
            photo.in_draft = False  # stays in the approved gallery until review
            photo.save(update_fields=["in_draft"])
        else:
            photo.delete()
        _renumber(_draft_photos(product))
        _photos_changed(product)


def product_create(
    *, brand: Brand, data: dict, photos: list[CleanedImage] = ()
) -> Product:
    if brand.status == Brand.Status.SUSPENDED:
        raise ShowcaseError(_("This brand is suspended. Contact the Berdaya team."))
    if len(photos) > MAX_PHOTOS:
        raise ShowcaseError(
            _("A product can have at most %(max)s photos.") % {"max": MAX_PHOTOS}
        )
    with transaction.atomic():
        product = Product(brand=brand, **data)
        product.slug = _unique_slug(model=Product, base=product.name, brand=brand)
        product.full_clean()
        product.save()
        for position, cleaned in enumerate(photos):
            ProductPhoto.objects.create(
                product=product,
                image=image_from_cleaned(cleaned=cleaned, title=product.name),
                position=position,
            )
    return product


def product_update(
    *, product: Product, data: dict, photos: list[CleanedImage] = ()
) -> Product:
    """Save edits. Reviewed fields (name, description, price, licences, photos)
    of a live product go back to review; the approved version stays public."""
    with transaction.atomic():
        reviewed_change = _changed(product, Product.REVIEWED_FIELDS, data)
        for name, value in data.items():
            setattr(product, name, value)
        product.full_clean()
        if reviewed_change and product.is_live:
            product.status = Product.Status.SUBMITTED
            product.submitted_at = timezone.now()
        product.save()
        for cleaned in photos:
            product_photo_add(product=product, cleaned=cleaned)
    return product


def product_submit(*, product: Product) -> Product:
    if product.status == Product.Status.SUBMITTED:
        return product
    if not product.photos.filter(in_draft=True).exists():
        raise ShowcaseError(_("Add at least one photo before you send it for review."))
    if product.brand.status == Brand.Status.DRAFT:
        brand_submit(brand=product.brand)
    with transaction.atomic():
        product.status = Product.Status.SUBMITTED
        product.submitted_at = timezone.now()
        product.save(update_fields=["status", "submitted_at", "updated_at"])
    return product


def product_approve(
    *, product: Product, reviewer: User, checklist: list[str], message: str = ""
) -> Product:
    missing = {key for key, _label in PRODUCT_CHECKLIST} - set(checklist)
    if missing:
        raise ShowcaseError(_("Tick every item of the checklist to approve."))
    with transaction.atomic():
        product = Product.objects.select_for_update().get(pk=product.pk)
        photos = list(product.photos.all())
        if not any(photo.in_draft for photo in photos):
            raise ShowcaseError(_("A product needs at least one photo."))
        for photo in photos:
            if not photo.in_draft:
                photo.delete()
                continue
            photo.in_public = True
            photo.public_position = photo.position
            photo.save(update_fields=["in_public", "public_position"])
        for name in Product.REVIEWED_FIELDS:
            setattr(product, f"public_{name}", getattr(product, name))
        now = timezone.now()
        product.published_at = product.published_at or now
        product.status = Product.Status.APPROVED
        product.review_message = message
        product.reviewed_at = now
        product.full_clean()
        product.save()
        ReviewLog.objects.create(
            product=product,
            reviewer=reviewer,
            decision=ReviewLog.Decision.APPROVED,
            checklist=sorted(checklist),
            message=message,
        )
    return product


def product_request_changes(
    *, product: Product, reviewer: User, message: str, checklist: list[str] = ()
) -> Product:
    if not message.strip():
        raise ShowcaseError(_("Write a message so the seller knows what to change."))
    with transaction.atomic():
        product.status = Product.Status.CHANGES_REQUESTED
        product.review_message = message
        product.reviewed_at = timezone.now()
        product.save()
        ReviewLog.objects.create(
            product=product,
            reviewer=reviewer,
            decision=ReviewLog.Decision.CHANGES_REQUESTED,
            checklist=sorted(checklist),
            message=message,
        )
    return product


def product_duplicate(*, product: Product) -> Product:
    """A new draft with the same details and photos ("(copy)" in the name)."""
    with transaction.atomic():
        copy = Product.objects.get(pk=product.pk)
        photos = _draft_photos(product)
        copy.pk = None
        copy.id = None
        copy._state.adding = True
        copy.name = (_("%(name)s (copy)") % {"name": product.name})[:100]
        copy.slug = _unique_slug(model=Product, base=copy.name, brand=product.brand)
        copy.status = Product.Status.DRAFT
        copy.review_message = ""
        copy.submitted_at = copy.reviewed_at = copy.archived_at = None
        copy.published_at = None
        copy.public_name = copy.public_description = ""
        copy.public_price = None
        copy.public_pirt_number = copy.public_halal_number = ""
        copy.full_clean()
        copy.save()
        ProductPhoto.objects.bulk_create(
            ProductPhoto(product=copy, image_id=photo.image_id, position=photo.position)
            for photo in photos
        )
    return copy


def product_set_sold_out(*, product: Product, sold_out: bool) -> Product:
    """Stock changes apply at once (no review): buyers must know."""
    with transaction.atomic():
        if sold_out:
            product.stock = Product.Stock.SOLD_OUT
        elif product.stock == Product.Stock.SOLD_OUT:
            product.stock = Product.Stock.READY
        product.lead_time_days = None if sold_out else product.lead_time_days
        product.save(update_fields=["stock", "lead_time_days", "updated_at"])
    return product


def product_archive(*, product: Product, archived: bool) -> Product:
    with transaction.atomic():
        product.archived_at = timezone.now() if archived else None
        product.save(update_fields=["archived_at", "updated_at"])
    return product


def product_view_record(*, product_id: int) -> None:
    """Count a page view for today (no visitor data kept)."""
    day = timezone.localdate()
    updated = ProductDailyStat.objects.filter(product_id=product_id, day=day).update(
        views=F("views") + 1
    )
    if updated:
        return
    try:
        with transaction.atomic():
            ProductDailyStat.objects.create(product_id=product_id, day=day, views=1)
    except IntegrityError:
        ProductDailyStat.objects.filter(product_id=product_id, day=day).update(
            views=F("views") + 1
        )


# --- Inquiries ---


def _hit(key: str, window: int) -> int:
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def inquiry_rate_limited(*, ip: str, product_id: int) -> bool:
    """Count one attempt; True when this IP or this product sent too many.

    The IP is hashed: it is never stored, not even in the cache.
    """
    ip_hash = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
    per_ip = _hit(f"inquiry:ip:{ip_hash}", INQUIRY_IP_WINDOW)
    per_product = _hit(f"inquiry:product:{product_id}", INQUIRY_PRODUCT_WINDOW)
    return per_ip > INQUIRY_LIMIT_PER_IP or per_product > INQUIRY_LIMIT_PER_PRODUCT


def _notify_seller(inquiry_id: int, inbox_url: str) -> None:
    inquiry = (
        Inquiry.objects.select_related("product", "brand__owner")
        .filter(pk=inquiry_id)
        .first()
    )
    if inquiry is None or not inquiry.brand.owner.email:
        return
    try:
        send_mail(
            subject=_("New question about %(product)s")
            % {"product": inquiry.product.name},
            message=render_to_string(
                "marketplace/email/inquiry_new.txt",
                {"inquiry": inquiry, "inbox_url": inbox_url},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[inquiry.brand.owner.email],
        )
    except Exception:
        logger.exception("Could not e-mail the seller about inquiry %s", inquiry_id)


def inquiry_create(
    *,
    product: Product,
    token,
    buyer_name: str,
    buyer_phone: str,
    buyer_email: str,
    quantity: int,
    message: str,
    inbox_url: str = "",
) -> Inquiry:
    """Store a buyer's question once (the form token makes a double click safe)
    and e-mail the seller after the commit."""
    existing = Inquiry.objects.filter(token=token).first()
    if existing is not None:
        return existing
    inquiry = Inquiry(
        product=product,
        brand_id=product.brand_id,
        token=token,
        buyer_name=buyer_name,
        buyer_phone=buyer_phone,
        buyer_email=buyer_email,
        quantity=quantity,
        message=message,
    )
    inquiry.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            inquiry.save()
            transaction.on_commit(lambda: _notify_seller(inquiry.pk, inbox_url))
    except IntegrityError:
        return Inquiry.objects.get(token=token)
    return inquiry


def _email_buyer(reply_id: int, product_url: str) -> None:
    reply = (
        InquiryReply.objects.select_related("inquiry__product", "inquiry__brand")
        .filter(pk=reply_id)
        .first()
    )
    if reply is None:
        return
    if not reply.inquiry.buyer_email:
        _sms_buyer(reply, product_url)
        return
    try:
        send_mail(
            subject=_("%(brand)s answered your question")
            % {"brand": reply.inquiry.brand.public_name or reply.inquiry.brand.name},
            message=render_to_string(
                "marketplace/email/inquiry_reply.txt",
                {"reply": reply, "inquiry": reply.inquiry, "product_url": product_url},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[reply.inquiry.buyer_email],
        )
    except Exception:
        logger.exception("Could not e-mail the buyer for reply %s", reply_id)
        return
    InquiryReply.objects.filter(pk=reply_id).update(emailed=True)


def _sms_buyer(reply: InquiryReply, product_url: str) -> None:
    """Buyers who left only a phone number get the answer by SMS from the
    platform's sender, so the seller's own number stays private."""
    from accounts.sms import sms_send

    phone = reply.inquiry.buyer_phone
    if not phone:
        return
    brand = reply.inquiry.brand.public_name or reply.inquiry.brand.name
    text = _("%(brand)s answered: %(message)s") % {
        "brand": brand,
        "message": reply.message[:300],
    }
    if product_url:
        text = f"{text} {product_url}"
    try:
        sms_send(phone=str(phone), message=text)
    except Exception:
        logger.exception("Could not send the SMS for reply %s", reply.pk)
        return
    InquiryReply.objects.filter(pk=reply.pk).update(emailed=True)


def inquiry_reply(
    *, inquiry: Inquiry, message: str, product_url: str = ""
) -> InquiryReply:
    """The seller answers; the platform e-mails the answer to the buyer, so the
    seller's own contact stays private."""
    with transaction.atomic():
        reply = InquiryReply(inquiry=inquiry, message=message)
        reply.full_clean()
        reply.save()
        inquiry.status = Inquiry.Status.REPLIED
        inquiry.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: _email_buyer(reply.pk, product_url))
    return reply


def inquiry_close(*, inquiry: Inquiry, closed: bool = True) -> Inquiry:
    with transaction.atomic():
        if closed:
            inquiry.status = Inquiry.Status.CLOSED
        else:
            inquiry.status = (
                Inquiry.Status.REPLIED
                if inquiry.replies.exists()
                else Inquiry.Status.NEW
            )
        inquiry.save(update_fields=["status", "updated_at"])
    return inquiry


def curators_group() -> Group:
    return Group.objects.get_or_create(name=CURATORS_GROUP)[0]
