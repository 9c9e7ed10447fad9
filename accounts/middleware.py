"""Two-factor sign-in: for the admin, and for the pages that show other people's
personal data (centre staff, assignment reviewers, curators)."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, resolve_url
from django.urls import ResolverMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _

from .sessions import session_user_get

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
OPEN_ADMIN_PATHS = ("/admin/login/", "/admin/logout/", "/django-admin/login/")


def _is_admin_user(user) -> bool:
    return user.is_active and (
        user.is_superuser or user.is_staff or user.has_perm("wagtailadmin.access_admin")
    )


def mfa_missing_redirect(request: HttpRequest) -> HttpResponse | None:
    """Where the signed-in user must go first, or ``None`` when she signed in
    with her authenticator.

    No authenticator yet: to the TOTP set-up page (its recovery codes are then
    shown once, ``MFA_RECOVERY_CODES_SHOW_ONCE``). An authenticator, but this
    session signed in without it (e.g. through Wagtail's own login form): to
    the MFA check.
    """
    query = urlencode({"next": request.get_full_path()})
    has_totp = Authenticator.objects.filter(
        user=request.user, type=Authenticator.Type.TOTP
    ).exists()
    if not has_totp:
        return redirect(f"{reverse('mfa_activate_totp')}?{query}")
    records = get_authentication_records(request, request.user)
    if not any(record.get("method") == "mfa" for record in records):
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
    return None


class AdminMfaRequiredMiddleware:
    """With ``BERDAYA_REQUIRE_ADMIN_MFA``, the admin needs TOTP set up and used."""

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
            response = mfa_missing_redirect(request)
            if response is not None:
                return response
        return self.get_response(request)


def shows_personal_data(match: ResolverMatch | None) -> bool:
    """Is this one of ``BERDAYA_PERSONAL_DATA_VIEWS`` (``"app:view"``, or
    ``"app:*"`` for every view of an app)?"""
    if match is None:
        return False
    views = settings.BERDAYA_PERSONAL_DATA_VIEWS
    return match.view_name in views or f"{match.namespace}:*" in views


def may_see_personal_data(user) -> bool:
    """Holds a right that shows other people's personal data somewhere."""
    return any(
        user.has_perm(permission)
        for permission in settings.BERDAYA_PERSONAL_DATA_PERMISSIONS
    )


class PersonalDataMfaRequiredMiddleware:
    """With ``BERDAYA_REQUIRE_PERSONAL_DATA_MFA``, whoever may see other people's
    personal data (``BERDAYA_PERSONAL_DATA_PERMISSIONS``: centre staff,
    instructors and reviewers of assignments, curators) needs TOTP set up and
    used before the pages that show it (``BERDAYA_PERSONAL_DATA_VIEWS``).

    Others reaching those pages get what the page gives them (a 404), not a
    two-factor set-up they do not need.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if not (
            getattr(settings, "BERDAYA_REQUIRE_PERSONAL_DATA_MFA", False)
            and request.user.is_authenticated
            and shows_personal_data(request.resolver_match)
            and may_see_personal_data(request.user)
        ):
            return None
        return mfa_missing_redirect(request)


class PrivateCacheMiddleware:
    """Pages for signed-in people are never stored by shared caches."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(("/akun/", "/en/akun/", "/balai/", "/en/balai/")):
            response.headers["Cache-Control"] = "private, no-store"
        return response


EXPIRED_RETURN_KEY = "berdaya_expired_return"


class ExpiredSessionPostMiddleware:
    """A form sent after the session ended (idle timeout) is not lost in silence.

    The view answers an anonymous POST with a redirect to sign-in whose ``next``
    is the POST-only address (after signing in: a blank 405). Here ``next``
    becomes the page the form was on (the Referer, same site only), the sign-in
    page says why she is there, and back on her page after signing in she reads
    "Your session ended. Please send it again." (Her typed text is kept by the
    browser: static/js/forms.js keeps drafts of long answers.)
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "GET" and request.user.is_authenticated:
            expected = request.session.get(EXPIRED_RETURN_KEY)
            if expected and expected == request.get_full_path():
                del request.session[EXPIRED_RETURN_KEY]
                messages.warning(
                    request, _("Your session had ended. Please send it again.")
                )
        response = self.get_response(request)
        if request.method != "POST" or request.user.is_authenticated:
            return response
        if response.status_code != 302 or request.headers.get("HX-Request"):
            return response
        login_url = resolve_url(settings.LOGIN_URL)
        location = urlsplit(response.get("Location", ""))
        if location.path != login_url:
            return response
        page = _same_site_referer(request)
        if page is None:
            return response
        request.session[EXPIRED_RETURN_KEY] = page
        messages.warning(
            request,
            _(
                "Your session ended because nobody used it for a while. Sign in "
                "again; you then go back to your page to send it again."
            ),
        )
        response["Location"] = f"{login_url}?{urlencode({'next': page})}"
        return response


def _same_site_referer(request: HttpRequest) -> str | None:
    referer = request.headers.get("Referer", "")
    if not referer or not url_has_allowed_host_and_scheme(
        referer,
        allowed_hosts={request.get_host()},
        require_https=request.is_secure(),
    ):
        return None
    parts = urlsplit(referer)
    return parts.path + (f"?{parts.query}" if parts.query else "")


class SessionUserAuthenticationMiddleware(AuthenticationMiddleware):
    """Django's ``AuthenticationMiddleware``; the signed-in user is read in
    the same query as the session (``accounts.sessions.session_user_get``):
    one query fewer on every signed-in request."""

    def process_request(self, request):
        super().process_request(request)
        request.user = SimpleLazyObject(lambda: _user_of(request))


def _user_of(request):
    if not hasattr(request, "_cached_user"):
        request._cached_user = session_user_get(request)
    return request._cached_user
