"""The seller inbox, inquiries and label sheets."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .. import labels, selectors, services
from ..forms import (
    LabelForm,
    ReplyForm,
)
from ..models import Inquiry
from ._common import _own_brand, _private


@login_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", Inquiry.Status.NEW)
    if status not in Inquiry.Status.values:
        status = Inquiry.Status.NEW
    context = {
        "inquiries": selectors.owner_inquiries(user=request.user, status=status)[:100],
        "status": status,
        "statuses": Inquiry.Status.choices,
        "counts": selectors.inquiry_counts(user=request.user),
        "refusals": selectors.inquiry_refusals_recent(user=request.user),
    }
    return _private(TemplateResponse(request, "marketplace/seller/inbox.html", context))


@login_required
@require_http_methods(["GET", "POST"])
def inquiry_detail(request: HttpRequest, pk: int) -> HttpResponse:
    inquiry = selectors.owner_inquiry_get(user=request.user, pk=pk)
    form = ReplyForm()
    if request.method == "POST":
        action = request.POST.get("action", "reply")
        if action == "close":
            services.inquiry_close(inquiry=inquiry)
            messages.success(request, _("Marked as closed."))
            return redirect("marketplace:inbox")
        if action == "reopen":
            services.inquiry_close(inquiry=inquiry, closed=False)
            return redirect("marketplace:inquiry_detail", pk=inquiry.pk)
        form = ReplyForm(request.POST)
        if form.is_valid():
            product = inquiry.product
            url = request.build_absolute_uri(
                reverse(
                    "marketplace:product_detail",
                    args=[product.brand.slug, product.slug],
                )
            )
            services.inquiry_reply(
                inquiry=inquiry,
                message=form.cleaned_data["message"],
                product_url=url,
                token=form.cleaned_data.get("token"),
            )
            if inquiry.buyer_email:
                messages.success(request, _("Answer sent to the buyer by e-mail."))
            else:
                messages.success(
                    request,
                    _(
                        "Answer saved. This buyer left only a phone number: "
                        "contact them yourself if you want to."
                    ),
                )
            return redirect("marketplace:inquiry_detail", pk=inquiry.pk)
    context = {"inquiry": inquiry, "form": form}
    return _private(
        TemplateResponse(request, "marketplace/seller/inquiry_detail.html", context)
    )


@login_required
@require_http_methods(["GET", "POST"])
def label_sheet(request: HttpRequest) -> HttpResponse:
    brand = _own_brand(request)
    products = selectors.label_products(user=request.user)
    form = LabelForm(request.POST or None, products=products)
    if request.method == "POST" and form.is_valid():
        product = form.cleaned_data["product"]
        target = labels.label_target(product=product)
        if target is None:
            form.add_error("product", _("Buyers cannot see this product yet."))
        else:
            pdf = labels.label_sheet_pdf(
                brand_name=product.brand.public_name,
                product_name=product.public_name,
                price=product.public_price if form.cleaned_data["show_price"] else None,
                unit=product.get_unit_display(),
                url=request.build_absolute_uri(target),
                count=form.cleaned_data["count"],
            )
            response = FileResponse(
                pdf,
                as_attachment=True,
                filename=f"label-{product.slug}.pdf",
                content_type="application/pdf",
            )
            return _private(response)
    context = {
        "form": form,
        "brand": brand,
        "has_products": products.exists(),
        "waiting_products": selectors.label_waiting_products(user=request.user),
    }
    return _private(
        TemplateResponse(request, "marketplace/seller/labels.html", context)
    )
