"""Buyers' showcase and the seller dashboard: small function views."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.selectors import staff_centre_for

from . import labels, selectors, services
from .forms import (
    BrandForm,
    InquiryForm,
    LabelForm,
    PhotoUploadForm,
    ProductForm,
    ReplyForm,
    ShowcaseFilterForm,
)
from .models import Brand, Inquiry, Product

PAGE_SIZE = 24
PRIVATE = "private, no-store"


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


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
    if services.inquiry_rate_limited(
        ip=request.META.get("REMOTE_ADDR", ""), product_id=product.pk
    ):
        form.add_error(
            None,
            _("Too many questions were sent just now. Please try again later."),
        )
        status = 429
    elif form.is_valid():
        data = form.cleaned_data
        services.inquiry_create(
            product=Product.objects.get(pk=product.pk),
            token=data["token"],
            buyer_name=data["buyer_name"],
            buyer_phone=data["buyer_phone"],
            buyer_email=data["buyer_email"],
            quantity=data["quantity"],
            message=data["message"],
            inbox_url=request.build_absolute_uri(reverse("marketplace:inbox")),
        )
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


def _own_brand(request: HttpRequest) -> Brand:
    brand = selectors.brand_for_owner(user=request.user)
    if brand is None:
        raise Http404
    return brand


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


@login_required
@require_http_methods(["GET", "POST"])
def product_create(request: HttpRequest) -> HttpResponse:
    brand = _own_brand(request)
    if request.method == "POST":
        form = ProductForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                product = services.product_create(
                    brand=brand,
                    data=form.model_data(),
                    photos=form.cleaned_data["new_photos"],
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
    return _private(
        TemplateResponse(
            request, "marketplace/seller/product_form.html", {"form": form}
        )
    )


@login_required
@require_http_methods(["GET", "POST"])
def product_edit(request: HttpRequest, pk: int) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    existing = len(product.draft_photos)
    if request.method == "POST":
        form = ProductForm(
            request.POST, request.FILES, instance=product, existing_photos=existing
        )
        if form.is_valid():
            try:
                services.product_update(
                    product=product,
                    data=form.model_data(),
                    photos=form.cleaned_data["new_photos"],
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
    context = {"form": form, "product": product}
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
                        product=product, cleaned=form.cleaned_data["photo"]
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


@login_required
@require_POST
def product_action(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    product = selectors.owner_product_get(user=request.user, pk=pk)
    try:
        if action == "submit":
            services.product_submit(product=product)
            messages.success(request, _("Sent for review."))
        elif action == "duplicate":
            copy = services.product_duplicate(product=product)
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
                inquiry=inquiry, message=form.cleaned_data["message"], product_url=url
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
    _own_brand(request)
    products = selectors.label_products(user=request.user)
    form = LabelForm(request.POST or None, products=products)
    if request.method == "POST" and form.is_valid():
        product = form.cleaned_data["product"]
        url = request.build_absolute_uri(
            reverse(
                "marketplace:product_detail", args=[product.brand.slug, product.slug]
            )
        )
        pdf = labels.label_sheet_pdf(
            brand_name=product.brand.public_name,
            product_name=product.public_name,
            price=product.public_price if form.cleaned_data["show_price"] else None,
            unit=product.get_unit_display(),
            url=url,
            count=form.cleaned_data["count"],
        )
        response = FileResponse(
            pdf,
            as_attachment=True,
            filename=f"label-{product.slug}.pdf",
            content_type="application/pdf",
        )
        return _private(response)
    context = {"form": form, "has_products": products.exists()}
    return _private(
        TemplateResponse(request, "marketplace/seller/labels.html", context)
    )


# --- Centre staff ---


@login_required
@require_http_methods(["GET", "POST"])
def centre_review(request: HttpRequest) -> HttpResponse:
    centre = selectors.centre_for_staff(user=request.user)
    if request.method == "POST":
        try:
            pk = int(request.POST.get("pk", ""))
        except ValueError:
            pk = 0
        action = request.POST.get("action")
        if action == "confirm":
            brand = selectors.centre_brand_get(centre=centre, pk=pk)
            services.brand_centre_confirm(brand=brand, staff=request.user)
            messages.success(request, _("Confirmed. Thank you."))
        elif action == "approve_seller":
            member = selectors.centre_member_get(centre=centre, pk=pk)
            services.seller_approval_create(
                user=member,
                approved_by=request.user,
                note=request.POST.get("note", "")[:250],
            )
            messages.success(request, _("This person can now open a brand."))
        return redirect("marketplace:centre_review")
    context = {
        "centre": centre,
        "pending_brands": selectors.centre_pending_brands(centre=centre),
        "members": selectors.centre_members_without_approval(centre=centre)[:200],
    }
    return _private(
        TemplateResponse(request, "marketplace/seller/centre.html", context)
    )
