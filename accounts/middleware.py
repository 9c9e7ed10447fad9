"""Curators and administrators need two-factor sign-in for the admin."""

from __future__ import annotations

from collections.abc import Callable

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/django-admin/login/")


def _is_admin_user(user) -> bool:
    return user.is_active and (
        user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")
    )


class AdminMfaRequiredMiddleware:
    """With ``BERDAYA_REQUIRE_ADMIN_MFA``, the admin needs TOTP set up and used.

    No authenticator yet: redirect to the TOTP setup page. An authenticator, but
    this session signed in without it (e.g. through Wagtail's own login form):
    redirect to the MFA check first.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            getattr(settings, "BERDAYA_REQUIRE_ADMIN_MFA", False)
            and request.path.startswith(ADMIN_PREFIXES)
            and not request.path.startswith(OPEN_ADMIN_PATHS)
            and request.user.is_authenticated
            and _is_admin_user(request.user)
        ):
            has_totp = Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists()
            query = urlencode({"next": request.get_full_path()})
            if not has_totp:
                return redirect(f"{reverse('mfa_activate_totp')}?{query}")
            records = get_authentication_records(request, request.user)
            if not any(record.get("method") == "mfa" for record in records):
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)


class PrivateCacheMiddleware:
    """Pages for signed-in people are never stored by shared caches."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(("/akun/", "/en/akun/", "/balai/", "/en/balai/")):
            response.headers["Cache-Control"] = "private, no-store"
        return response
