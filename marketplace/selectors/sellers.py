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
    ProductDailyStat,
    ProductPhoto,
    SellerApproval,
)
from ..stats import pending_views

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


STATS_DAYS = 30


def owner_product_rows(*, user: User) -> list[dict[str, Any]]:
    """The seller's products with their views and questions of the last 30
    days, day by day (for the sparkline) and in total, and all questions.

    Four queries whatever the number of products and days (products, their
    photos, the daily views, the questions by day) and one cache read (views
    not yet written, ``marketplace/stats.py``).
    """
    today = timezone.localdate()
    days = [today - datetime.timedelta(days=back) for back in range(STATS_DAYS)][::-1]
    since = days[0]
    products = list(
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
    index = {day: position for position, day in enumerate(days)}
    views = {product.pk: [0] * STATS_DAYS for product in products}
    for product_id, day, count in ProductDailyStat.objects.filter(
        product__brand__owner=user, day__gte=since
    ).values_list("product_id", "day", "views"):
        if product_id in views and day in index:
            views[product_id][index[day]] += count
    for (product_id, day), count in pending_views(list(views), days).items():
        views[product_id][index[day]] += count
    questions = {product.pk: [0] * STATS_DAYS for product in products}
    for product_id, created_at in Inquiry.objects.filter(
        brand__owner=user,
        created_at__gte=timezone.make_aware(
            datetime.datetime.combine(since, datetime.time.min)
        ),
    ).values_list("product_id", "created_at"):
        day = timezone.localdate(created_at)
        if product_id in questions and day in index:
            questions[product_id][index[day]] += 1
    return [
        {
            "product": product,
            "cover": product.draft_photos[0] if product.draft_photos else None,
            "views": sum(views[product.pk]),
            "inquiries": product.inquiry_count,
            "new_inquiries": product.new_inquiry_count,
            "has_pending_changes": product.is_live
            and product.status == Product.Status.SUBMITTED,
            "days": days,
            "daily_views": views[product.pk],
            "daily_questions": questions[product.pk],
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
