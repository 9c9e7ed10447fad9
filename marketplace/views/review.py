"""Centre review."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .. import selectors, services
from ._common import _private

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
            try:
                services.seller_approval_create(
                    user=member,
                    approved_by=request.user,
                    note=request.POST.get("note", "")[:250],
                )
            except services.ShowcaseError as refused:
                messages.error(request, " ".join(refused.messages))
            else:
                messages.success(request, _("This person can now open a brand."))
        return redirect("marketplace:centre_review")
    context = {
        "centre": centre,
        "pending_brands": selectors.centre_pending_brands(centre=centre),
        # Nobody approves herself: staff who sell are approved by a colleague.
        "members": selectors.centre_members_without_approval(centre=centre).exclude(
            pk=request.user.pk
        )[:200],
    }
    return _private(
        TemplateResponse(request, "marketplace/seller/centre.html", context)
    )
