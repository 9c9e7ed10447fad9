"""The seller dashboard and brand editing."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import staff_centre_for

from .. import selectors, services
from ..forms import (
    BrandForm,
)
from ._common import _error_text, _own_brand, _private

# --- Seller dashboard ---


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    brand = selectors.brand_for_owner(user=request.user)
    context = {"brand": brand}
    if brand is None:
        context["eligibility"] = selectors.seller_eligibility(user=request.user)
    else:
        context["rows"] = selectors.owner_product_rows(user=request.user)
        context["inquiry_counts"] = selectors.inquiry_counts(user=request.user)
        # One token per page view; each row's button combines it with the row.
        context["page_token"] = uuid.uuid4()
    context["staff_centre"] = staff_centre_for(request.user)
    return _private(
        TemplateResponse(request, "marketplace/seller/dashboard.html", context)
    )


@login_required
@require_http_methods(["GET", "POST"])
def brand_edit(request: HttpRequest) -> HttpResponse:
    brand = selectors.brand_for_owner(user=request.user)
    if brand is None:
        eligibility = selectors.seller_eligibility(user=request.user)
        if not eligibility.eligible:
            return redirect("marketplace:dashboard")
    if request.method == "POST":
        form = BrandForm(request.POST, request.FILES, instance=brand)
        if form.is_valid():
            data = form.model_data()
            logo, cover = (
                form.cleaned_data["logo_upload"],
                form.cleaned_data["cover_upload"],
            )
            try:
                if brand is None:
                    services.brand_create(
                        owner=request.user, logo=logo, cover=cover, **data
                    )
                    messages.success(request, _("Your brand is saved."))
                else:
                    services.brand_update(
                        brand=brand, data=data, logo=logo, cover=cover
                    )
                    messages.success(request, _("Changes saved."))
                return redirect("marketplace:dashboard")
            except ValidationError as error:
                form.add_error(None, error)
    else:
        initial = (
            selectors.business_plan_initial(user=request.user) if brand is None else {}
        )
        form = BrandForm(instance=brand, initial=initial)
    context = {"form": form, "brand": brand}
    return _private(
        TemplateResponse(request, "marketplace/seller/brand_form.html", context)
    )


@login_required
@require_GET
def brand_preview(request: HttpRequest) -> HttpResponse:
    brand = _own_brand(request)
    products = [
        selectors.product_preview(product=product)
        for product in selectors.owner_products(user=request.user).filter(
            archived_at__isnull=True
        )
    ]
    context = {
        "brand": selectors.brand_preview(brand=brand),
        "products": products,
        "preview": True,
    }
    return _private(TemplateResponse(request, "marketplace/brand_detail.html", context))


@login_required
@require_POST
def brand_submit(request: HttpRequest) -> HttpResponse:
    brand = _own_brand(request)
    try:
        services.brand_submit(brand=brand)
        messages.success(request, _("Sent for review. We will tell you the result."))
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("marketplace:dashboard")
