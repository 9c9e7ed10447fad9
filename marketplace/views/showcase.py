"""Public showcase, product and brand pages, and inquiries."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from home.client_ip import client_ip

from .. import selectors, services
from ..forms import (
    InquiryForm,
    ShowcaseFilterForm,
)
from ._common import PAGE_SIZE

# --- Buyers ---


@require_GET
def showcase(request: HttpRequest) -> HttpResponse:
    choices = selectors.showcase_filter_choices()
    form = ShowcaseFilterForm(request.GET, choices=choices)
    filters = form.filters()
    paginator = Paginator(selectors.showcase_products(**filters), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page_obj": page,
        "products": selectors.project_products(page.object_list),
        "querystring": query.urlencode(),
        "categories": choices["categories"],
        "active_category": filters["category"],
        "filtered": any(
            value for key, value in filters.items() if key not in ("sort",)
        ),
    }
    return TemplateResponse(request, "marketplace/showcase.html", context)


def _product_context(request: HttpRequest, product, *, preview: bool = False) -> dict:
    absolute_url = request.build_absolute_uri(product.url)
    return {
        "product": product,
        "brand": product.brand,
        "absolute_url": absolute_url,
        "other_products": (
            []
            if preview
            else selectors.brand_public_products(
                brand_slug=product.brand.slug, exclude_pk=product.pk, limit=4
            )
        ),
        "whatsapp_order_url": selectors.whatsapp_order_url(
            product=product, absolute_url=absolute_url
        ),
        "whatsapp_share_url": selectors.whatsapp_share_url(
            product=product, absolute_url=absolute_url
        ),
        "preview": preview,
    }


@require_GET
def product_detail(request: HttpRequest, brand_slug: str, product_slug: str):
    product = selectors.public_product_get(
        brand_slug=brand_slug, product_slug=product_slug
    )
    services.product_view_record(product_id=product.pk)
    context = _product_context(request, product)
    context["inquiry_form"] = InquiryForm()
    context.update(selectors.product_stock(product.pk))
    return TemplateResponse(request, "marketplace/product_detail.html", context)


@require_POST
def product_inquiry(request: HttpRequest, brand_slug: str, product_slug: str):
    product = selectors.public_product_get(
        brand_slug=brand_slug, product_slug=product_slug
    )
    form = InquiryForm(request.POST)
    status = 200
    if form.is_bot:
        # Pretend it worked so that bots learn nothing; nothing is stored.
        messages.success(request, _("Thank you. Your question was sent."))
        return redirect(product.url)
    if services.inquiry_rate_limited(ip=client_ip(request), product_id=product.pk):
        form.add_error(
            None,
            _("Too many questions were sent just now. Please try again later."),
        )
        status = 429
    elif form.is_valid():
        data = form.cleaned_data
        try:
            services.inquiry_create(
                product=get_object_or_404(selectors.products_public(), pk=product.pk),
                token=data["token"],
                buyer_name=data["buyer_name"],
                buyer_phone=data["buyer_phone"],
                buyer_email=data["buyer_email"],
                quantity=data["quantity"],
                message=data["message"],
                inbox_url=request.build_absolute_uri(reverse("marketplace:inbox")),
            )
        except ValidationError as error:
            form.add_error(None, error)
            status = 400
        else:
            messages.success(
                request,
                _("Thank you. Your question was sent. The seller will answer soon."),
            )
            return redirect(product.url)
    else:
        status = 400
    context = _product_context(request, product)
    context["inquiry_form"] = form
    return TemplateResponse(
        request, "marketplace/product_detail.html", context, status=status
    )


@require_GET
def brand_detail(request: HttpRequest, brand_slug: str) -> HttpResponse:
    brand = selectors.public_brand_get(slug=brand_slug)
    context = {
        "brand": brand,
        "products": selectors.brand_public_products(brand_slug=brand.slug),
    }
    return TemplateResponse(request, "marketplace/brand_detail.html", context)
