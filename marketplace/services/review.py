"""Curator review of brands and products."""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.search import index

from accounts.models import User
from notices.models import Notice
from notices.services import notify

from .. import selectors
from ..models import (
    Brand,
    Product,
    ReviewLog,
)
from ._common import ShowcaseError
from .brands import BRAND_CHECKLIST
from .products import PRODUCT_CHECKLIST


def _refuse_own_approval(*, reviewer: User, owner_id: int | None) -> None:
    """Four eyes: a curator who sells never approves her own brand or products."""
    if reviewer.pk == owner_id:
        raise ShowcaseError(
            _("Nobody can approve their own brand or products. Another curator must."),
            code="own_approval",
        )


def _review_notify(*, log: ReviewLog, owner: User, kind: str, params: dict) -> None:
    """Tell the seller what the curator decided (``notices``), once per review."""
    notify(
        user=owner,
        kind=kind,
        key=f"review:{log.pk}",
        url=reverse("marketplace:dashboard"),
        params=params,
    )


def _reindex_products(brand: Brand) -> None:
    brand.products.all().refresh_search_text()
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
        _refuse_own_approval(reviewer=reviewer, owner_id=brand.owner_id)
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
        log = ReviewLog.objects.create(
            brand=brand,
            reviewer=reviewer,
            decision=ReviewLog.Decision.APPROVED,
            checklist=sorted(checklist),
            message=message,
        )
        _review_notify(
            log=log,
            owner=brand.owner,
            kind=Notice.Kind.BRAND_APPROVED,
            params={"brand": brand.name},
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
        log = ReviewLog.objects.create(
            brand=brand,
            reviewer=reviewer,
            decision=ReviewLog.Decision.CHANGES_REQUESTED,
            checklist=sorted(checklist),
            message=message,
        )
        _review_notify(
            log=log,
            owner=brand.owner,
            kind=Notice.Kind.BRAND_CHANGES,
            params={"brand": brand.name},
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


def product_approve(
    *, product: Product, reviewer: User, checklist: list[str], message: str = ""
) -> Product:
    missing = {key for key, _label in PRODUCT_CHECKLIST} - set(checklist)
    if missing:
        raise ShowcaseError(_("Tick every item of the checklist to approve."))
    with transaction.atomic():
        product = Product.objects.select_for_update().get(pk=product.pk)
        _refuse_own_approval(
            reviewer=reviewer,
            owner_id=Brand.objects.values_list("owner_id", flat=True).get(
                pk=product.brand_id
            ),
        )
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
        log = ReviewLog.objects.create(
            product=product,
            reviewer=reviewer,
            decision=ReviewLog.Decision.APPROVED,
            checklist=sorted(checklist),
            message=message,
        )
        _review_notify(
            log=log,
            owner=product.brand.owner,
            kind=Notice.Kind.PRODUCT_APPROVED,
            params={"product": product.name},
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
        log = ReviewLog.objects.create(
            product=product,
            reviewer=reviewer,
            decision=ReviewLog.Decision.CHANGES_REQUESTED,
            checklist=sorted(checklist),
            message=message,
        )
        _review_notify(
            log=log,
            owner=product.brand.owner,
            kind=Notice.Kind.PRODUCT_CHANGES,
            params={"product": product.name},
        )
    return product
