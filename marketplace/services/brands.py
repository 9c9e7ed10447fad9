"""Seller approvals and brands."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from home.imaging import CleanedImage
from home.storage import files_removed_on_error

from .. import selectors
from ..models import (
    Brand,
    SellerApproval,
)
from ._common import ShowcaseError, _changed, _unique_slug, image_from_cleaned

BRAND_CHECKLIST = [
    ("name", gettext_lazy("Brand name and tagline are clear and respectful")),
    ("cover", gettext_lazy("Clear logo and cover photo")),
    ("story", gettext_lazy("Story is complete")),
    (
        "privacy",
        gettext_lazy("No legal name, address, phone or face the seller did not choose"),
    ),
]


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
    with files_removed_on_error(), transaction.atomic():
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
            brand.logo = image_from_cleaned(
                cleaned=logo, title=f"{name} logo", uploaded_by_id=owner.pk
            )
        if cover is not None:
            brand.cover = image_from_cleaned(
                cleaned=cover, title=f"{name} cover", uploaded_by_id=owner.pk
            )
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
    with files_removed_on_error(), transaction.atomic():
        if logo is not None:
            data["logo"] = image_from_cleaned(
                cleaned=logo, title=f"{brand.name} logo", uploaded_by_id=brand.owner_id
            )
        if cover is not None:
            data["cover"] = image_from_cleaned(
                cleaned=cover,
                title=f"{brand.name} cover",
                uploaded_by_id=brand.owner_id,
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
