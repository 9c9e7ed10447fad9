"""The learner dashboard and the business plan."""

from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts.selectors import browser_asks_to_save_data

from .. import pdf, selectors, services
from ..forms import (
    BusinessPlanForm,
)
from ._common import _private


@never_cache
@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    context = selectors.learner_dashboard(user=request.user)
    context["browser_saves_data"] = browser_asks_to_save_data(request)
    return _private(TemplateResponse(request, "courses/dashboard.html", context))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def business_plan_edit(request: HttpRequest) -> HttpResponse:
    plan = selectors.business_plan_for(user=request.user)
    if request.method == "POST":
        form = BusinessPlanForm(request.POST, instance=plan)
        if form.is_valid():
            services.business_plan_save(user=request.user, data=form.cleaned_data)
            messages.success(request, _("Your business plan is saved."))
            return redirect("courses:business_plan")
    else:
        form = BusinessPlanForm(instance=plan)
    return _private(
        TemplateResponse(
            request, "courses/business_plan.html", {"form": form, "plan": plan}
        )
    )


@never_cache
@login_required
def business_plan_pdf(request: HttpRequest) -> HttpResponse:
    plan = selectors.business_plan_for(user=request.user)
    if plan is None or plan.is_empty:
        messages.info(request, _("Fill in your business plan first."))
        return redirect("courses:business_plan")
    data = pdf.business_plan_pdf(plan=plan, owner_name=request.user.public_name)
    response = FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename="rencana-usaha.pdf",
        content_type="application/pdf",
    )
    return _private(response)
