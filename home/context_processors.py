from django.conf import settings
from django.http import HttpRequest
from django.middleware.csrf import get_token

from . import selectors


def navigation(request: HttpRequest) -> dict:
    """Links for the header and footer, scoped to the current site."""
    return selectors.site_navigation(request)


def session_timing(request: HttpRequest) -> dict:
    """How long a session lasts without use (static/js/session.js warns before),
    and the CSRF cookie its "Stay signed in" request reads its token from (set on
    every signed-in page, so the token is never in the HTML)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        get_token(request)
    return {
        "SESSION_IDLE_SECONDS": settings.SESSION_COOKIE_AGE,
        "CSRF_COOKIE_NAME": settings.CSRF_COOKIE_NAME,
    }
