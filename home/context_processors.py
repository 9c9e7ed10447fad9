from django.conf import settings
from django.http import HttpRequest

from . import selectors


def navigation(request: HttpRequest) -> dict:
    """Links for the header and footer, scoped to the current site."""
    return selectors.site_navigation(request)


def session_timing(request: HttpRequest) -> dict:
    """How long a session lasts without use (static/js/session.js warns before)."""
    return {"SESSION_IDLE_SECONDS": settings.SESSION_COOKIE_AGE}
