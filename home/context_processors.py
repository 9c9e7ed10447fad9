from django.conf import settings
from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.utils.functional import SimpleLazyObject

from . import selectors


def csrf_token_once(request: HttpRequest) -> str:
    """``get_token(request)``, masked once per request and CSRF secret.

    Django masks the secret anew on every call (32 random characters from
    the system's random source), and each template of a page asks for it: a
    signed-in lesson asked twice. One response needs one masked token (the
    mask guards against BREACH across responses). A new secret (signing in
    rotates it) gets a new token."""
    secret = request.META.get("CSRF_COOKIE")
    kept = getattr(request, "_berdaya_csrf_token", None)
    if kept is not None and secret is not None and kept[0] == secret:
        return kept[1]  # get_token's call marked the cookie to be sent
    token = get_token(request)
    request._berdaya_csrf_token = (request.META.get("CSRF_COOKIE"), token)
    return token


def csrf(request: HttpRequest) -> dict:
    """Django's ``csrf`` context processor (always run first) with the token
    of ``csrf_token_once``."""
    return {"csrf_token": SimpleLazyObject(lambda: csrf_token_once(request))}


def navigation(request: HttpRequest) -> dict:
    """Links for the header and footer, scoped to the current site."""
    return selectors.site_navigation(request)


def session_timing(request: HttpRequest) -> dict:
    """How long a session lasts without use (static/js/session.js warns before),
    and the CSRF cookie its "Stay signed in" request reads its token from (set on
    every signed-in page, so the token is never in the HTML)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        csrf_token_once(request)
    return {
        "SESSION_IDLE_SECONDS": settings.SESSION_COOKIE_AGE,
        "CSRF_COOKIE_NAME": settings.CSRF_COOKIE_NAME,
    }
