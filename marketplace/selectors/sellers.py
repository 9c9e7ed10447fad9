"""Seller eligibility and what a seller sees of their own brand."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet, Sum
from django.shortcuts import get_object_or_404
from django.utils import timezone

from accounts.models import User
from courses.models import BusinessPlan, Certificate, CoursePage

from ..models import (
    Brand,
    Inquiry,
    Product,
    ProductPhoto,
    SellerApproval,
)

# --- Eligibility ---


@dataclass
class Eligibility:
    eligible: bool
    via_certificate: bool = False
    via_approval: bool = False
    courses: list = field(default_factory=list)


def seller_eligibility(*, user: User) -> Eligibility:
    """May ``user`` open a brand? A showcase certificate or a manual approval."""
    if not user.is_authenticated:
        return Eligibility(eligible=False)
    via_certificate = Certificate.objects.filter(
        user=user, revoked_at__isnull=True, course__counts_for_showcase=True
    ).exists()
    via_approval = SellerApproval.objects.filter(user=user).exists()
    eligible = via_certificate or via_approval
    courses = []
    if not eligible:
        courses = list(
            CoursePage.objects.live()
            .public()
            .filter(counts_for_showcase=True)
            .order_by("path")
        )
    return Eligibility(
        eligible=eligible,
        via_certificate=via_certificate,
        via_approval=via_approval,
        courses=courses,
    )


def business_plan_initial(*, user: User) -> dict[str, str]:
    """Prefill a new brand from the learner's business plan, when there is one."""
    plan = BusinessPlan.objects.filter(user=user).first()
    if plan is None or plan.is_empty:
        return {}
    return {
        "name": plan.business_name,
        "tagline": plan.value[:120],
        "story": "\n\n".join(part for part in (plan.product, plan.value) if part),
    }


# --- Owner-scoped ---


def brand_for_owner(*, user: User) -> Brand | None:
    if not user.is_authenticated:
        return None
    return (
        Brand.objects.select_related("logo", "cover", "centre")
        .filter(owner=user)
        .first()
    )


def owner_products(*, user: User) -> QuerySet[Product]:
    return (
        Product.objects.filter(brand__owner=user)
        .select_related("brand", "category")
        .prefetch_related(
            Prefetch(
                "photos",
                queryset=ProductPhoto.objects.filter(in_draft=True).select_related(
                    "image"
                ),
                to_attr="draft_photos",
            )
        )
    )


def owner_product_get(*, user: User, pk: int) -> Product:
    """The seller's own product, or 404 (also for another seller's product)."""
    return get_object_or_404(owner_products(user=user), pk=pk)


def owner_photo_get(*, user: User, product: Product, pk: int) -> ProductPhoto:
    return get_object_or_404(
        ProductPhoto.objects.filter(product=product, product__brand__owner=user),
        pk=pk,
        in_draft=True,
    )


def owner_product_rows(*, user: User) -> list[dict[str, Any]]:
    """The seller's products with views (30 days) and inquiries, in 3 queries."""
    since = timezone.localdate() - datetime.timedelta(days=29)
    products = (
        owner_products(user=user)
        .annotate(
            inquiry_count=Count("inquiries", distinct=True),
            new_inquiry_count=Count(
                "inquiries",
                filter=Q(inquiries__status=Inquiry.Status.NEW),
                distinct=True,
            ),
        )
        .order_by("archived_at", "-created_at")
    )
    views: dict[int, int] = dict(
        Product.objects.filter(brand__owner=user, daily_stats__day__gte=since)
        .values_list("pk")
        .annotate(total=Sum("daily_stats__views"))
    )
    return [
        {
            "product": product,
            "cover": product.draft_photos[0] if product.draft_photos else None,
            "views": views.get(product.pk, 0),
            "inquiries": product.inquiry_count,
            "new_inquiries": product.new_inquiry_count,
            "has_pending_changes": product.is_live
            and product.status == Product.Status.SUBMITTED,
        }
        for product in products
    ]


def owner_inquiries(*, user: User, status: str | None = None) -> QuerySet[Inquiry]:
    inquiries = Inquiry.objects.filter(brand__owner=user).select_related("product")
    if status in Inquiry.Status.values:
        inquiries = inquiries.filter(status=status)
    return inquiries


def owner_inquiry_get(*, user: User, pk: int) -> Inquiry:
    return get_object_or_404(
        owner_inquiries(user=user).prefetch_related("replies"), pk=pk
    )


def inquiry_counts(*, user: User) -> dict[str, int]:
    rows = (
        Inquiry.objects.filter(brand__owner=user)
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(Inquiry.Status.values, 0)
    counts.update(dict(rows))
    return counts


def inquiry_refusals_recent(*, user: User) -> QuerySet[Product]:
    """The seller's products with questions refused by the limiter in the last
    24 hours, each annotated with ``refused`` (how many)."""
    since = timezone.now() - datetime.timedelta(hours=24)
    return (
        Product.objects.filter(
            brand__owner=user,
            inquiry_refusals__hour__gte=since.replace(minute=0, second=0),
        )
        .annotate(refused=Sum("inquiry_refusals__count"))
        .order_by("-refused", "pk")
    )


def label_products(*, user: User) -> QuerySet[Product]:
    """The seller's products buyers can see: a QR code can point to their page."""
    return (
        Product.objects.public()
        .filter(brand__owner=user)
        .select_related("brand")
        .order_by("public_name", "pk")
    )


def label_waiting_products(*, user: User) -> QuerySet[Product]:
    """The seller's products (not archived) buyers cannot see yet: no label."""
    return (
        Product.objects.filter(brand__owner=user, archived_at__isnull=True)
        .exclude(pk__in=Product.objects.public().values("pk"))
        .order_by("name", "pk")
    )
