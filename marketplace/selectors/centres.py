"""What centre staff review."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from accounts.models import Centre, User
from accounts.selectors import staff_centre_for

from ..models import (
    Brand,
    SellerApproval,
)

# --- Centre staff ---


def centre_for_staff(*, user: User) -> Centre:
    centre = staff_centre_for(user)
    if centre is None:
        raise Http404
    return centre


def centre_pending_brands(*, centre: Centre) -> QuerySet[Brand]:
    return Brand.objects.filter(
        centre=centre, centre_confirmed_at__isnull=True
    ).select_related("owner")


def centre_members_without_approval(*, centre: Centre) -> QuerySet[User]:
    return (
        User.objects.filter(centre=centre, is_active=True)
        .annotate(
            approved=Exists(SellerApproval.objects.filter(user=OuterRef("pk"))),
            has_brand=Exists(Brand.objects.filter(owner=OuterRef("pk"))),
        )
        .filter(approved=False, has_brand=False)
        .order_by("display_name", "username")
    )


def centre_member_get(*, centre: Centre, pk: int) -> User:
    return get_object_or_404(User, pk=pk, centre=centre)


def centre_brand_get(*, centre: Centre, pk: int) -> Brand:
    return get_object_or_404(Brand, pk=pk, centre=centre)
