"""The session engine (``SESSION_ENGINE = "accounts.sessions"``).

Django's database sessions, stored in :class:`accounts.models.UserSession`
with the signed-in user's id beside the data: ending someone's sessions is one
indexed delete, not a scan of every live session. Django documents this way of
extending the database engine ("Extending database-backed session engines").
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

from .models import UserSession


def _user_id(data: dict) -> int | None:
    try:
        return int(data.get(SESSION_KEY))
    except (TypeError, ValueError):
        return None


class SessionStore(DatabaseSessionStore):
    @classmethod
    def get_model_class(cls):
        return UserSession

    def create_model_instance(self, data):
        session = super().create_model_instance(data)
        session.user_id = _user_id(data)
        return session

    async def acreate_model_instance(self, data):
        session = await super().acreate_model_instance(data)
        session.user_id = _user_id(data)
        return session


# --- Idle timeout without a write on every request ---------------------------

REFRESHED_KEY = "_berdaya_refreshed"


def session_needs_refresh(session, *, now: float, refresh_after: int) -> bool:
    """Whether ``session`` was last written more than ``refresh_after``
    seconds ago (or never by this rule)."""
    refreshed = session.get(REFRESHED_KEY)
    return not isinstance(refreshed, int | float) or now - refreshed >= refresh_after


class SessionRefreshMiddleware:
    """Extend a session's idle timeout only when it is getting old.

    Replaces ``SESSION_SAVE_EVERY_REQUEST``, which wrote the session row on
    every signed-in request. A session is written (and its expiry moved to
    ``SESSION_COOKIE_AGE`` from now) when something changed it, or when its
    last write is at least ``SESSION_REFRESH_AFTER`` seconds old, i.e. when it
    has less than ``SESSION_COOKIE_AGE - SESSION_REFRESH_AFTER`` left. So a
    person idle for ``SESSION_COOKIE_AGE`` is signed out (the store refuses an
    expired row); one who keeps using the site stays signed in, at the cost of
    at most one write per ``SESSION_REFRESH_AFTER``. The idle timeout is the
    cookie age, short by at most ``SESSION_REFRESH_AFTER``.

    Sits after ``SessionMiddleware``; a session nobody read on this request
    (an anonymous visitor's) is left alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = getattr(request, "session", None)
        if session is None or not session.accessed or session.is_empty():
            return response
        now = time.time()
        if session.modified or session_needs_refresh(
            session,
            now=now,
            refresh_after=getattr(settings, "SESSION_REFRESH_AFTER", 300),
        ):
            session[REFRESHED_KEY] = int(now)
        return response
