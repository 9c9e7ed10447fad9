"""Public showcase, product and brand pages, and inquiries."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from home.client_ip import client_ip
from home.money import format_rupiah
from home.page_cache import page_cache_event

from .. import selectors, services
from ..forms import (
    InquiryForm,
    ShowcaseFilterForm,
)
from ..stats import PRODUCT_VIEW_EVENT
from ._common import PAGE_SIZE, _private

# --- Buyers ---


# Query-string names of the filters a buyer can remove one by one (chips).
CHIP_PARAMS = ("q", "category", "brand", "city", "min_price", "max_price", "ready")


def _filter_chips(request: HttpRequest, form: ShowcaseFilterForm, filters: dict):
    """The active filters as (label, link that removes it) pairs."""
    values = {
        "q": filters["query"],
        "category": filters["category"],
        "brand": filters["brand"],
        "city": filters["city"],
        "min_price": filters["min_price"],
        "max_price": filters["max_price"],
        "ready": filters["ready_only"],
    }
    categories = dict(form.fields["category"].choices)
    chips = []
    for param in CHIP_PARAMS:
        value = values[param]
        if value in ("", None, False):
            continue
        if param == "q":
            label = f"“{value}”"
        elif param == "category":
            label = str(categories.get(value, value))
        elif param == "brand":
            label = selectors.showcase_brand_name(value) or value
        elif param == "min_price":
            label = _("from %(price)s") % {"price": format_rupiah(value)}
        elif param == "max_price":
            label = _("up to %(price)s") % {"price": format_rupiah(value)}
        elif param == "ready":
            label = _("Ready stock only")
        else:
            label = value
        chips.append({"label": label, "url": _url_without(request, param)})
    return chips


def _url_without(request: HttpRequest, *params: str) -> str:
    """This page's query string without these parameters (and the cursor)."""
    query = request.GET.copy()
    for name in (*params, "after", "page"):
        query.pop(name, None)
    return f"?{query.urlencode()}"


def _category_links(request: HttpRequest, categories: list, active: str) -> list:
    """Each category as a link that keeps the other filters; "All" first."""
    links = [
        {
            "name": _("All"),
            "url": _url_without(request, "category"),
            "current": not active,
        }
    ]
    for slug, name in categories:
        query = request.GET.copy()
        for param in ("after", "page"):
            query.pop(param, None)
        query["category"] = slug
        links.append(
            {"name": name, "url": f"?{query.urlencode()}", "current": slug == active}
        )
    return links


@require_safe
def showcase(request: HttpRequest) -> HttpResponse:
    choices = selectors.showcase_filter_choices()
    form = ShowcaseFilterForm(request.GET, choices=choices)
    filters = form.filters()
    after = form.cleaned_data.get("after", "") if "after" not in form.errors else ""
    page = selectors.showcase_page(filters=filters, after=after, page_size=PAGE_SIZE)
    query = request.GET.copy()
    for name in ("after", "page"):
        query.pop(name, None)
    next_query = query.copy()
    if page.next_cursor:
        next_query["after"] = page.next_cursor
    chips = _filter_chips(request, form, filters)
    context = {
        "form": form,
        "page": page,
        "products": page.products,
        "querystring": query.urlencode(),
        "next_url": f"?{next_query.urlencode()}" if page.next_cursor else "",
        "first_url": f"?{query.urlencode()}",
        "category_links": _category_links(
            request, choices["categories"], filters["category"]
        ),
        "active_category": filters["category"],
        "chips": chips,
        "filtered": bool(chips),
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
        **selectors.product_stock(product),
    }


@require_safe
def product_detail(request: HttpRequest, brand_slug: str, product_slug: str):
    product = selectors.public_product_get(
        brand_slug=brand_slug, product_slug=product_slug
    )
    if request.method == "GET":
        services.product_view_record(product_id=product.pk)
    context = _product_context(request, product)
    # The form (CSRF cookie, one-time token) only for signed-in visitors,
    # whose pages are private anyway: the anonymous page is the same for
    # everyone and may be cached; its "Ask the seller" link opens the form.
    context["inquiry_form"] = InquiryForm() if request.user.is_authenticated else None
    # After "Send question" the buyer lands back on #tanya: the form's place
    # shows that it was sent and what happens next.
    context["inquiry_sent"] = request.GET.get(INQUIRY_SENT_PARAM) == "1"
    response = TemplateResponse(request, "marketplace/product_detail.html", context)
    # Served again from the page cache, the page still counts as a view.
    page_cache_event(response, PRODUCT_VIEW_EVENT, product_id=product.pk)
    return response


INQUIRY_SENT_PARAM = "terkirim"


def _inquiry_sent_url(product) -> str:
    return f"{product.url}?{INQUIRY_SENT_PARAM}=1#tanya"


@require_http_methods(["GET", "HEAD", "POST"])
def product_inquiry(request: HttpRequest, brand_slug: str, product_slug: str):
    product = selectors.public_product_get(
        brand_slug=brand_slug, product_slug=product_slug
    )
    if request.method != "POST":
        context = _product_context(request, product)
        context["inquiry_form"] = InquiryForm()
        return _private(
            TemplateResponse(request, "marketplace/product_detail.html", context)
        )
    form = InquiryForm(request.POST)
    status = 200
    if form.is_bot:
        # Pretend it worked so that bots learn nothing; nothing is stored.
        return redirect(_inquiry_sent_url(product))
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
            return redirect(_inquiry_sent_url(product))
    else:
        status = 400
    context = _product_context(request, product)
    context["inquiry_form"] = form
    return TemplateResponse(
        request, "marketplace/product_detail.html", context, status=status
    )


@require_safe
def brand_detail(request: HttpRequest, brand_slug: str) -> HttpResponse:
    brand = selectors.public_brand_get(slug=brand_slug)
    products = selectors.brand_public_products(
        brand_slug=brand.slug, limit=PAGE_SIZE + 1
    )
    context = {
        "brand": brand,
        "products": products[:PAGE_SIZE],
        # More than a page: the rest is in the showcase, filtered by brand.
        "more_products_url": (
            f"{reverse('marketplace:showcase')}?brand={brand.slug}"
            if len(products) > PAGE_SIZE
            else ""
        ),
    }
    return TemplateResponse(request, "marketplace/brand_detail.html", context)
