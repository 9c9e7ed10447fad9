"""Reads for the showcase.

Public pages receive projections (``PublicBrand``/``PublicProduct``) built
from the approved ``public_*`` snapshot only: never a ``User``, a legal name,
an address, or the centre unless the seller opted in. Owner-scoped querysets
make another seller's object a 404.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import phonenumbers
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Centre, User
from accounts.selectors import staff_centre_for
from home.money import format_rupiah

from .models import (
    Brand,
    Category,
    CentreShowcaseSettings,
    Inquiry,
    Product,
    ProductPhoto,
    SellerApproval,
)

PUBLIC_BRAND_Q = (
    Q(published_at__isnull=False)
    & ~Q(status=Brand.Status.SUSPENDED)
    & (Q(centre__isnull=True) | Q(centre_confirmed_at__isnull=False))
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
    from courses.models import Certificate, CoursePage

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
    from courses.models import BusinessPlan

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


def label_products(*, user: User) -> QuerySet[Product]:
    """Products that have a public page a QR code can point to."""
    return Product.objects.filter(
        brand__owner=user, published_at__isnull=False, archived_at__isnull=True
    ).select_related("brand")


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


# --- Public projections ---


@dataclass(frozen=True)
class PublicBrand:
    pk: int
    name: str
    slug: str
    tagline: str
    story: str
    city: str
    logo: Any
    cover: Any
    centre_name: str
    instagram_url: str
    shop_url: str
    whatsapp_number: str
    whatsapp_via_centre: bool
    url: str


@dataclass(frozen=True)
class PublicProduct:
    pk: int
    name: str
    slug: str
    description: str
    price: int
    price_display: str
    unit: str
    unit_label: str
    stock: str
    stock_label: str
    lead_time_days: int | None
    min_order: int
    net_weight: str
    size: str
    shelf_life: str
    pirt_number: str
    halal_number: str
    category_name: str
    category_slug: str
    photos: list
    brand: PublicBrand
    url: str
    published_at: Any

    @property
    def cover(self):
        return self.photos[0] if self.photos else None

    @property
    def is_available(self) -> bool:
        return self.stock != Product.Stock.SOLD_OUT


def whatsapp_digits(number: str) -> str:
    """``0812-3456-7890`` → ``6281234567890`` (as wa.me wants), or ''."""
    if not number:
        return ""
    try:
        parsed = phonenumbers.parse(number, "ID")
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_possible_number(parsed):
        return ""
    return phonenumbers.format_number(
        parsed, phonenumbers.PhoneNumberFormat.E164
    ).lstrip("+")


def _relay_numbers(brands: list[Brand]) -> dict[int, str]:
    centre_ids = {b.centre_id for b in brands if b.whatsapp_via_centre and b.centre_id}
    if not centre_ids:
        return {}
    return dict(
        CentreShowcaseSettings.objects.filter(
            centre_id__in=centre_ids, relay_enabled=True
        )
        .exclude(whatsapp_relay="")
        .values_list("centre_id", "whatsapp_relay")
    )


def _brand_projection(
    brand: Brand, *, draft: bool = False, relays: dict[int, str] | None = None
) -> PublicBrand:
    relays = relays or {}
    whatsapp, via_centre = "", False
    if brand.whatsapp_via_centre and brand.centre_id in relays:
        whatsapp, via_centre = whatsapp_digits(relays[brand.centre_id]), True
    elif brand.whatsapp_enabled:
        whatsapp = whatsapp_digits(brand.whatsapp_number)
    return PublicBrand(
        pk=brand.pk,
        name=brand.name if draft else brand.public_name,
        slug=brand.slug,
        tagline=brand.tagline if draft else brand.public_tagline,
        story=brand.story if draft else brand.public_story,
        city=brand.city,
        logo=brand.logo if draft else brand.public_logo,
        cover=brand.cover if draft else brand.public_cover,
        centre_name=brand.centre.name if brand.show_centre and brand.centre else "",
        instagram_url=(
            f"https://www.instagram.com/{quote(brand.instagram_handle)}/"
            if brand.instagram_enabled and brand.instagram_handle
            else ""
        ),
        shop_url=brand.shop_url if brand.shop_enabled else "",
        whatsapp_number=whatsapp,
        whatsapp_via_centre=via_centre,
        url=reverse("marketplace:brand_detail", args=[brand.slug]),
    )


def _product_projection(
    product: Product, *, brand: PublicBrand, photos: list, draft: bool = False
) -> PublicProduct:
    price = product.price if draft else product.public_price
    return PublicProduct(
        pk=product.pk,
        name=product.name if draft else product.public_name,
        slug=product.slug,
        description=product.description if draft else product.public_description,
        price=price,
        price_display=format_rupiah(price),
        unit=product.unit,
        unit_label=product.get_unit_display(),
        stock=product.stock,
        stock_label=product.get_stock_display(),
        lead_time_days=product.lead_time_days,
        min_order=product.min_order,
        net_weight=product.net_weight,
        size=product.size,
        shelf_life=product.shelf_life,
        pirt_number=product.pirt_number if draft else product.public_pirt_number,
        halal_number=product.halal_number if draft else product.public_halal_number,
        category_name=product.category.name,
        category_slug=product.category.slug,
        photos=[photo.image for photo in photos],
        brand=brand,
        url=reverse("marketplace:product_detail", args=[brand.slug, product.slug]),
        published_at=product.published_at,
    )


def public_brands() -> QuerySet[Brand]:
    return Brand.objects.filter(PUBLIC_BRAND_Q)


def public_products() -> QuerySet[Product]:
    """Approved products of public brands, never archived ones."""
    return (
        Product.objects.filter(
            published_at__isnull=False,
            archived_at__isnull=True,
            brand__published_at__isnull=False,
        )
        .exclude(brand__status=Brand.Status.SUSPENDED)
        .filter(
            Q(brand__centre__isnull=True) | Q(brand__centre_confirmed_at__isnull=False)
        )
    )


def _public_photos_prefetch(*, cover_only: bool) -> Prefetch:
    photos = (
        ProductPhoto.objects.filter(in_public=True)
        .select_related("image")
        .prefetch_related("image__renditions")
        .order_by("public_position", "pk")
    )
    if cover_only:
        photos = photos[:1]
    return Prefetch("photos", queryset=photos, to_attr="public_photos")


def _with_projection_joins(
    products: QuerySet[Product], *, cover_only: bool
) -> QuerySet[Product]:
    return products.select_related(
        "category", "brand", "brand__centre", "brand__public_logo"
    ).prefetch_related(_public_photos_prefetch(cover_only=cover_only))


def project_products(products) -> list[PublicProduct]:
    """Turn a page of public products (with their joins) into projections."""
    products = list(products)
    relays = _relay_numbers([p.brand for p in products])
    brand_cache: dict[int, PublicBrand] = {}
    result = []
    for product in products:
        if product.brand_id not in brand_cache:
            brand_cache[product.brand_id] = _brand_projection(
                product.brand, relays=relays
            )
        result.append(
            _product_projection(
                product,
                brand=brand_cache[product.brand_id],
                photos=product.public_photos,
            )
        )
    return result


SORTS = {
    "newest": ("-published_at", "-pk"),
    "price_asc": ("public_price", "-pk"),
    "price_desc": ("-public_price", "-pk"),
}


def search_product_ids(query: str) -> list[int]:
    """Wagtail search over the approved name, description and brand name."""
    from wagtail.search.backends import get_search_backend

    results = get_search_backend().search(query, Product, operator="and")
    return [product.pk for product in results]


def showcase_products(
    *,
    query: str = "",
    category: str = "",
    min_price: int | None = None,
    max_price: int | None = None,
    city: str = "",
    brand: str = "",
    ready_only: bool = False,
    sort: str = "newest",
) -> QuerySet[Product]:
    """The filtered, sorted catalogue queryset (filters come from a form)."""
    products = public_products()
    if query:
        products = products.filter(pk__in=search_product_ids(query))
    if category:
        products = products.filter(category__slug=category)
    if min_price is not None:
        products = products.filter(public_price__gte=min_price)
    if max_price is not None:
        products = products.filter(public_price__lte=max_price)
    if city:
        products = products.filter(brand__city=city)
    if brand:
        products = products.filter(brand__slug=brand)
    if ready_only:
        products = products.filter(stock=Product.Stock.READY)
    return _with_projection_joins(
        products.order_by(*SORTS.get(sort, SORTS["newest"])), cover_only=True
    )


def showcase_filter_choices() -> dict[str, list]:
    brands = public_brands()
    return {
        "categories": list(Category.objects.values_list("slug", "name")),
        "cities": list(
            brands.order_by("city").values_list("city", flat=True).distinct()
        ),
        "brands": list(
            brands.order_by("public_name").values_list("slug", "public_name")
        ),
    }


def public_product_get(*, brand_slug: str, product_slug: str) -> PublicProduct:
    product = get_object_or_404(
        _with_projection_joins(public_products(), cover_only=False),
        brand__slug=brand_slug,
        slug=product_slug,
    )
    return project_products([product])[0]


def public_brand_get(*, slug: str) -> PublicBrand:
    brand = get_object_or_404(
        public_brands().select_related("centre", "public_logo", "public_cover"),
        slug=slug,
    )
    return _brand_projection(brand, relays=_relay_numbers([brand]))


def brand_public_products(
    *, brand_slug: str, exclude_pk: int | None = None, limit: int | None = None
) -> list[PublicProduct]:
    products = public_products().filter(brand__slug=brand_slug)
    if exclude_pk is not None:
        products = products.exclude(pk=exclude_pk)
    products = _with_projection_joins(
        products.order_by("-published_at"), cover_only=True
    )
    if limit:
        products = products[:limit]
    return project_products(products)


def featured_products(*, limit: int = 4) -> list[PublicProduct]:
    products = _with_projection_joins(
        public_products().order_by("-published_at"), cover_only=True
    )[:limit]
    return project_products(products)


def showcase_counts() -> dict[str, int]:
    return {
        "brands": public_brands().count(),
        "products": public_products().count(),
    }


# --- Previews (the seller's own draft) ---


def brand_preview(*, brand: Brand) -> PublicBrand:
    return _brand_projection(brand, draft=True, relays=_relay_numbers([brand]))


def product_preview(*, product: Product) -> PublicProduct:
    photos = list(
        product.photos.filter(in_draft=True)
        .select_related("image")
        .order_by("position", "pk")
    )
    brand = brand_preview(brand=product.brand)
    return _product_projection(product, brand=brand, photos=photos, draft=True)


def whatsapp_order_url(*, product: PublicProduct, absolute_url: str) -> str:
    if not product.brand.whatsapp_number:
        return ""
    text = _(
        "Hello %(brand)s, I would like to order %(product)s "
        "(%(price)s / %(unit)s). %(url)s"
    ) % {
        "brand": product.brand.name,
        "product": product.name,
        "price": product.price_display,
        "unit": product.unit_label,
        "url": absolute_url,
    }
    return f"https://wa.me/{product.brand.whatsapp_number}?text={quote(text)}"


def whatsapp_share_url(*, product: PublicProduct, absolute_url: str) -> str:
    text = f"{product.name} · {product.brand.name} {absolute_url}"
    return f"https://wa.me/?text={quote(text)}"
