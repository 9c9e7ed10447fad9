"""Product editing, photos, previews and actions."""

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

from business.product_price import price_help_context

from .. import selectors, services
from ..forms import (
    PhotoDescriptionsForm,
    PhotoUploadForm,
    ProductForm,
    VariantFormSet,
    variant_rows,
)
from ..models import Product
from ._common import _error_text, _own_brand, _private
from .showcase import _product_context


def _variants_posted(request: HttpRequest, product: Product):
    """The variants formset, or None when the form came without it (a page
    from before variants existed): then the variants are left as they are."""
    if "variants-TOTAL_FORMS" not in request.POST:
        return None
    return VariantFormSet(request.POST, instance=product, prefix="variants")


@login_required
@require_http_methods(["GET", "POST"])
def product_create(request: HttpRequest) -> HttpResponse:
    brand = _own_brand(request)
    if request.method == "POST":
        form = ProductForm(request.POST, request.FILES)
        variants = _variants_posted(request, Product())
        if form.is_valid() and (variants is None or variants.is_valid()):
            try:
                product = services.product_create(
                    brand=brand,
                    data=form.model_data(),
                    photos=form.cleaned_data["new_photos"],
                    descriptions=form.cleaned_data["new_photo_descriptions"],
                    token=form.cleaned_data.get("token"),
                )
                if variants is not None:
                    services.product_variants_set(
                        product=product, variants=variant_rows(variants)
                    )
                if request.POST.get("action") == "submit":
                    services.product_submit(product=product)
                    messages.success(request, _("Saved and sent for review."))
                else:
                    messages.success(request, _("Saved as a draft."))
                return redirect("marketplace:dashboard")
            except ValidationError as error:
                form.add_error(None, error)
    else:
        form = ProductForm(initial={"min_order": 1})
        variants = None
    if variants is None:
        variants = VariantFormSet(instance=Product(), prefix="variants")
    context = {
        "form": form,
        "variants": variants,
        **price_help_context(user=request.user, query=request.GET),
    }
    return _private(
        TemplateResponse(request, "marketplace/seller/product_form.html", context)
    )


@login_required
@require_http_methods(["GET", "POST"])
def product_edit(request: HttpRequest, pk: int) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    existing = len(product.draft_photos)
    descriptions = PhotoDescriptionsForm(
        request.POST if request.method == "POST" else None,
        photos=product.draft_photos,
    )
    if request.method == "POST":
        form = ProductForm(
            request.POST, request.FILES, instance=product, existing_photos=existing
        )
        variants = _variants_posted(request, product)
        valid = form.is_valid() and descriptions.is_valid()
        if valid and (variants is None or variants.is_valid()):
            try:
                services.product_update(
                    product=product,
                    data=form.model_data(),
                    photos=form.cleaned_data["new_photos"],
                    descriptions=form.cleaned_data["new_photo_descriptions"],
                )
                services.product_photos_describe(
                    product=product, descriptions=descriptions.descriptions()
                )
                if variants is not None:
                    services.product_variants_set(
                        product=product, variants=variant_rows(variants)
                    )
                if request.POST.get("action") == "submit":
                    services.product_submit(product=product)
                    messages.success(request, _("Saved and sent for review."))
                elif product.is_live and product.status == Product.Status.SUBMITTED:
                    messages.success(
                        request,
                        _(
                            "Saved. Buyers see the approved version until the "
                            "change is reviewed."
                        ),
                    )
                else:
                    messages.success(request, _("Changes saved."))
                return redirect("marketplace:dashboard")
            except ValidationError as error:
                form.add_error(None, error)
    else:
        form = ProductForm(instance=product, existing_photos=existing)
        variants = None
    if variants is None:
        variants = VariantFormSet(instance=product, prefix="variants")
    context = {
        "form": form,
        "product": product,
        "variants": variants,
        "descriptions": descriptions,
        **price_help_context(user=request.user, query=request.GET),
    }
    return _private(
        TemplateResponse(request, "marketplace/seller/product_form.html", context)
    )


@login_required
@require_http_methods(["GET", "POST"])
def product_photos(request: HttpRequest, pk: int) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    form = PhotoUploadForm()
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action == "upload":
            form = PhotoUploadForm(request.POST, request.FILES)
            if form.is_valid():
                try:
                    services.product_photo_add(
                        product=product,
                        cleaned=form.cleaned_data["photo"],
                        token=form.cleaned_data.get("token"),
                        alt_text=form.cleaned_data.get("alt_text", ""),
                    )
                    messages.success(request, _("Photo added."))
                    return redirect("marketplace:product_photos", pk=product.pk)
                except ValidationError as error:
                    form.add_error(None, error)
        else:
            try:
                photo_pk = int(request.POST.get("photo", ""))
            except ValueError:
                photo_pk = 0
            photo = selectors.owner_photo_get(
                user=request.user, product=product, pk=photo_pk
            )
            if action == "remove":
                services.product_photo_remove(photo=photo)
            elif action == "up":
                services.product_photo_move(photo=photo, to=photo.position - 1)
            elif action == "down":
                services.product_photo_move(photo=photo, to=photo.position + 1)
            elif action == "cover":
                services.product_photo_move(photo=photo, to=0)
            return redirect("marketplace:product_photos", pk=product.pk)
    product = selectors.owner_product_get(user=request.user, pk=pk)
    context = {"product": product, "photos": product.draft_photos, "form": form}
    return _private(
        TemplateResponse(request, "marketplace/seller/product_photos.html", context)
    )


@login_required
@require_GET
def product_preview(request: HttpRequest, pk: int) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    preview = selectors.product_preview(product=product)
    context = _product_context(request, preview, preview=True)
    return _private(
        TemplateResponse(request, "marketplace/product_detail.html", context)
    )


def _item_token(request: HttpRequest, item: int) -> uuid.UUID | None:
    """The form token of one row's button: the page's token (one per page
    view) combined with the row, so two rows of one page never share one."""
    try:
        page_token = uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        return None
    return uuid.uuid5(page_token, str(item))


@login_required
@require_POST
def product_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    try:
        if action == "submit":
            services.product_submit(product=product)
            messages.success(request, _("Sent for review."))
        elif action == "duplicate":
            copy = services.product_duplicate(
                product=product, token=_item_token(request, product.pk)
            )
            messages.success(request, _("Copy made. Change what is different."))
            return redirect("marketplace:product_edit", pk=copy.pk)
        elif action == "sold-out":
            services.product_set_sold_out(product=product, sold_out=True)
            messages.success(request, _("Marked as sold out."))
        elif action == "in-stock":
            services.product_set_sold_out(product=product, sold_out=False)
            messages.success(request, _("Marked as ready stock."))
        elif action == "archive":
            services.product_archive(product=product, archived=True)
            messages.success(request, _("Archived. Buyers no longer see it."))
        elif action == "unarchive":
            services.product_archive(product=product, archived=False)
            messages.success(request, _("Back in your shop."))
    except ValidationError as error:
        messages.error(request, _error_text(error))
    return redirect("marketplace:dashboard")
