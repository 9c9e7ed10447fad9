"""Certificate verification, PDFs, settings and revocation."""

from __future__ import annotations

import io

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from .. import pdf, selectors, services
from ..forms import (
    CertificateRevokeForm,
    CertificateSettingsForm,
)
from ._common import _private

# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificate_verify_url(code: str) -> str:
    with override(settings.LANGUAGE_CODE):
        path = reverse("certificate_verify", args=[code])
    return settings.SITE_BASE_URL.rstrip("/") + path


def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: the printed name, course, date and validity. Nothing else."""
    if len(code) > 64:
        raise Http404
    certificate = selectors.certificate_public(code=code)
    if certificate is None:
        raise Http404
    context = {
        "certificate": certificate,
        "can_revoke": request.user.is_authenticated
        and selectors.certificates_revocable_by(request.user)
        .filter(code=code)
        .exists(),
    }
    response = TemplateResponse(request, "courses/certificate_verify.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    if request.user.is_authenticated:
        _private(response)
    return response


@never_cache
@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if not certificate.is_valid:
        messages.error(request, _("This certificate was revoked."))
        return redirect("courses:dashboard")
    data = pdf.certificate_pdf(
        certificate=certificate, verify_url=certificate_verify_url(certificate.code)
    )
    response = FileResponse(
        io.BytesIO(data),
        as_attachment=True,
        filename=f"sertifikat-{certificate.course.slug}.pdf",
        content_type="application/pdf",
    )
    return _private(response)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_settings(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if request.method == "POST":
        form = CertificateSettingsForm(request.POST)
        if form.is_valid():
            services.certificate_settings_update(
                user=request.user,
                certificate=certificate,
                printed_name=form.cleaned_data["printed_name"],
                show_centre=form.cleaned_data["show_centre"],
            )
            messages.success(request, _("Certificate settings saved."))
            return redirect("courses:dashboard")
    else:
        form = CertificateSettingsForm(
            initial={
                "printed_name": certificate.printed_name,
                "show_centre": certificate.show_centre,
            }
        )
    context = {"certificate": certificate, "form": form}
    return _private(
        TemplateResponse(request, "courses/certificate_settings.html", context)
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_revoke(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(
        selectors.certificates_revocable_by(request.user), code=code
    )
    if request.method == "POST":
        form = CertificateRevokeForm(request.POST)
        if form.is_valid():
            services.certificate_revoke(
                actor=request.user,
                certificate=certificate,
                reason=form.cleaned_data["reason"],
            )
            messages.success(request, _("The certificate is revoked."))
            return redirect("certificate_verify", code=certificate.code)
    else:
        form = CertificateRevokeForm(initial={"reason": certificate.revoked_reason})
    context = {
        "certificate": selectors.certificate_public(code=certificate.code),
        "form": form,
    }
    return _private(
        TemplateResponse(request, "courses/certificate_revoke.html", context)
    )
