"""What accounts needs from the marketplace app, without importing it.

The marketplace (issue 5) lives in another branch. Everything here looks the
models up with ``apps.get_model`` and degrades to "nothing" while they do not
exist, so the staff dashboard and "Data saya" work before and after the merge.
The expected shape is documented in docs/accounts.md.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db import models
from django.db.models import Q

APPROVED_STATUSES = ("approved", "published", "live")
UNPUBLISHED_STATUS_PREFERENCE = ("suspended", "draft", "archived")


def model(name: str) -> type[models.Model] | None:
    try:
        return apps.get_model("marketplace", name)
    except LookupError:
        return None


def fk_name(model_cls: type[models.Model] | None, target: str) -> str | None:
    """The first foreign key of ``model_cls`` that points at ``target``."""
    if model_cls is None:
        return None
    for field in model_cls._meta.get_fields():
        if (
            isinstance(field, models.ForeignKey)
            and field.related_model is not None
            and field.related_model._meta.label_lower == target.lower()
        ):
            return field.name
    return None


def _field_names(model_cls: type[models.Model]) -> set[str]:
    return {f.name for f in model_cls._meta.get_fields() if hasattr(f, "attname")}


def approved_q(model_cls: type[models.Model]) -> Q | None:
    """A filter for "approved / live" rows, from whichever flag the model has."""
    names = _field_names(model_cls)
    if "status" in names:
        return Q(status__in=APPROVED_STATUSES)
    if "is_approved" in names:
        return Q(is_approved=True)
    if "approved_at" in names:
        return Q(approved_at__isnull=False)
    if "live" in names:
        return Q(live=True)
    return None


def brands_model_and_owner() -> tuple[type[models.Model] | None, str | None]:
    brand = model("Brand")
    return brand, fk_name(brand, settings.AUTH_USER_MODEL)


def funnel_user_ids(user_ids: list[int]) -> dict[str, set[int]]:
    """Which of ``user_ids`` have an approved brand, a live product, an inquiry.

    Three queries at most, whatever the number of users.
    """
    result: dict[str, set[int]] = {"brand": set(), "product": set(), "inquiry": set()}
    brand, owner = brands_model_and_owner()
    if brand is None or owner is None or not user_ids:
        return result
    brand_q = approved_q(brand) or Q()
    result["brand"] = set(
        brand.objects.filter(brand_q, **{f"{owner}__in": user_ids}).values_list(
            owner, flat=True
        )
    )
    product = model("Product")
    product_brand = fk_name(product, brand._meta.label)
    if product is None or product_brand is None:
        return result
    product_q = approved_q(product) or Q()
    approved_brands = brand.objects.filter(brand_q, **{f"{owner}__in": user_ids})
    owner_path = f"{product_brand}__{owner}"
    result["product"] = set(
        product.objects.filter(product_q, **{f"{product_brand}__in": approved_brands})
        .values_list(owner_path, flat=True)
        .distinct()
    )
    inquiry = model("Inquiry")
    inquiry_product = fk_name(inquiry, product._meta.label)
    inquiry_brand = fk_name(inquiry, brand._meta.label)
    if inquiry is not None and inquiry_product:
        path = f"{inquiry_product}__{product_brand}__{owner}"
    elif inquiry is not None and inquiry_brand:
        path = f"{inquiry_brand}__{owner}"
    else:
        return result
    result["inquiry"] = set(
        inquiry.objects.filter(**{f"{path}__in": list(result["product"])})
        .values_list(path, flat=True)
        .distinct()
    )
    return result


def user_brands(user_id: int) -> list[models.Model]:
    brand, owner = brands_model_and_owner()
    if brand is None or owner is None:
        return []
    return list(brand.objects.filter(**{owner: user_id}))


def user_products(brands: list[models.Model]) -> list[models.Model]:
    product = model("Product")
    brand, _owner = brands_model_and_owner()
    product_brand = fk_name(product, brand._meta.label) if brand else None
    if product is None or product_brand is None or not brands:
        return []
    return list(product.objects.filter(**{f"{product_brand}__in": brands}))


def _unpublished_value(model_cls: type[models.Model]) -> tuple[str, object] | None:
    names = _field_names(model_cls)
    if "status" in names:
        field = model_cls._meta.get_field("status")
        values = [value for value, _label in (field.choices or [])]
        for preferred in UNPUBLISHED_STATUS_PREFERENCE:
            if preferred in values or not values:
                return "status", preferred
    if "is_approved" in names:
        return "is_approved", False
    if "live" in names:
        return "live", False
    return None


def unpublish(rows: list[models.Model]) -> int:
    """Take the given brands or products off the public showcase."""
    count = 0
    for row in rows:
        change = _unpublished_value(type(row))
        if change is None:
            continue
        type(row).objects.filter(pk=row.pk).update(**{change[0]: change[1]})
        count += 1
    return count
