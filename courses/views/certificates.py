"""Certificates: public check and look-up, the learner's name choice, PDF and
settings, and staff's revocation and re-issue."""

from __future__ import annotations

import io

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from home.client_ip import client_ip

from .. import pdf, selectors, services
from ..forms import (
    CertificateLookupForm,
    CertificateNameForm,
    CertificateReissueForm,
    CertificateRevokeForm,
    CertificateSettingsForm,
)
from ._common import _private

MAX_CODE_IN_PATH = 64

# ---------------------------------------------------------------------------
# Public: the check page and the look-up form
# ---------------------------------------------------------------------------


def certificate_verify_url(code: str) -> str:
    with override(settings.LANGUAGE_CODE):
        path = reverse("certificate_verify", args=[code])
    return settings.SITE_BASE_URL.rstrip("/") + path


def certificate_lookup_url() -> str:
    with override(settings.LANGUAGE_CODE):
        path = reverse("certificate_lookup")
    return settings.SITE_BASE_URL.rstrip("/") + path


def _too_many_tries(request: HttpRequest) -> HttpResponse:
    return TemplateResponse(request, "429.html", status=429)


def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: the printed name, course, date and validity. Nothing else.

    A wrong code is a plain 404 and counts against the address's limit; a code
    typed in another case or with dashes leads to its one address."""
    ip = client_ip(request)
    if services.certificate_lookup_blocked(ip=ip):
        return _too_many_tries(request)
    certificate = None
    if len(code) <= MAX_CODE_IN_PATH:
        certificate = selectors.certificate_public(code=code)
    if certificate is None:
        services.certificate_lookup_miss_record(ip=ip)
        raise Http404
    if certificate.code != code:
        return redirect("certificate_verify", code=certificate.code)
    may_manage = (
        request.user.is_authenticated
        and selectors.certificates_revocable_by(request.user)
        .filter(code=certificate.code)
        .exists()
    )
    context = {
        "certificate": certificate,
        "can_revoke": may_manage and not certificate.replaced_by_code,
        "can_reissue": may_manage and certificate.is_valid,
    }
    response = TemplateResponse(request, "courses/certificate_verify.html", context)
    response["X-Robots-Tag"] = "noindex, nofollow"
    if request.user.is_authenticated:
        _private(response)
    return response


@require_GET
def certificate_lookup(request: HttpRequest) -> HttpResponse:
    """``/sertifikat/``: type or paste the code from a printed certificate.

    A GET form that works without JavaScript. A found code goes to its check
    page; a wrong one answers 404 "not found", with no hint of a near code."""
    ip = client_ip(request)
    status = 200
    not_found = False
    if "kode" in request.GET:
        if services.certificate_lookup_blocked(ip=ip):
            return _too_many_tries(request)
        form = CertificateLookupForm(request.GET)
        if form.is_valid():
            certificate = selectors.certificate_public(code=form.cleaned_data["kode"])
            if certificate is not None:
                return redirect("certificate_verify", code=certificate.code)
            services.certificate_lookup_miss_record(ip=ip)
            status, not_found = 404, True
    else:
        form = CertificateLookupForm()
    response = TemplateResponse(
        request,
        "courses/certificate_lookup.html",
        {"form": form, "not_found": not_found},
        status=status,
    )
    response["X-Robots-Tag"] = "noindex"
    return response


# ---------------------------------------------------------------------------
# The learner: name (once), PDF, settings
# ---------------------------------------------------------------------------


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_name(request: HttpRequest, code: str) -> HttpResponse:
    """Choose the printed name once: pick, see it, confirm."""
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if not certificate.is_valid:
        messages.error(request, _("This certificate was revoked."))
        return redirect("courses:dashboard")
    if certificate.name_is_confirmed:
        messages.info(
            request,
            _("The name on this certificate is fixed. Ask your centre to fix it."),
        )
        return redirect("courses:dashboard")
    options = selectors.certificate_name_options(user=request.user)
    form = CertificateNameForm(request.POST or None, options=options)
    chosen = None
    if request.method == "POST" and form.is_valid():
        choice = form.cleaned_data["choice"]
        if form.cleaned_data["confirm"]:
            try:
                services.certificate_name_confirm(
                    user=request.user, certificate=certificate, choice=choice
                )
            except services.CertificateNameFixed as exc:
                messages.error(request, str(exc))
                return redirect("courses:dashboard")
            messages.success(
                request, _("Your certificate is ready. You can download it now.")
            )
            return redirect("courses:dashboard")
        chosen = {"key": choice, "name": options[choice]}
    context = {"certificate": certificate, "form": form, "chosen": chosen}
    return _private(TemplateResponse(request, "courses/certificate_name.html", context))


@never_cache
@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if not certificate.is_valid:
        messages.error(request, _("This certificate was revoked."))
        return redirect("courses:dashboard")
    if not certificate.name_is_confirmed:
        messages.info(request, _("First choose the name on your certificate."))
        return redirect("courses:certificate_name", code=certificate.code)
    data = pdf.certificate_pdf(
        certificate=certificate,
        verify_url=certificate_verify_url(certificate.code),
        lookup_url=certificate_lookup_url(),
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
    """Whether the centre shows. The name is shown, never edited, here."""
    certificate = get_object_or_404(selectors.certificates_of(request.user), code=code)
    if request.method == "POST":
        form = CertificateSettingsForm(request.POST)
        if form.is_valid():
            services.certificate_settings_update(
                user=request.user,
                certificate=certificate,
                show_centre=form.cleaned_data["show_centre"],
            )
            messages.success(request, _("Certificate settings saved."))
            return redirect("courses:dashboard")
    else:
        form = CertificateSettingsForm(initial={"show_centre": certificate.show_centre})
    context = {"certificate": certificate, "form": form}
    return _private(
        TemplateResponse(request, "courses/certificate_settings.html", context)
    )


# ---------------------------------------------------------------------------
# Staff: revoke, re-issue with a corrected name
# ---------------------------------------------------------------------------


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
            try:
                services.certificate_revoke(
                    actor=request.user,
                    certificate=certificate,
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
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


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def certificate_reissue(request: HttpRequest, code: str) -> HttpResponse:
    """Correct the printed name: a new certificate replaces this one."""
    certificate = get_object_or_404(
        selectors.certificates_revocable_by(request.user), code=code
    )
    if request.method == "POST":
        form = CertificateReissueForm(request.POST)
        if form.is_valid():
            try:
                new = services.certificate_reissue(
                    actor=request.user,
                    certificate=certificate,
                    printed_name=form.cleaned_data["printed_name"],
                    reason=form.cleaned_data["reason"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(
                    request,
                    _(
                        "A new certificate replaces the old one. Give the learner "
                        "the new code."
                    ),
                )
                return redirect("certificate_verify", code=new.code)
    else:
        form = CertificateReissueForm(
            initial={"printed_name": certificate.printed_name}
        )
    context = {
        "certificate": certificate,
        "learner_names": selectors.certificate_learner_names(
            viewer=request.user, certificate=certificate
        ),
        "form": form,
        "changes": selectors.certificate_name_changes(certificate=certificate),
    }
    return _private(
        TemplateResponse(request, "courses/certificate_reissue.html", context)
    )
