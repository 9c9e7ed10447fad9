"""The session engine (``SESSION_ENGINE = "accounts.sessions"``).

Django's database sessions, stored in :class:`accounts.models.UserSession`
with the signed-in user's id beside the data: ending someone's sessions is one
indexed delete, not a scan of every live session. Django documents this way of
extending the database engine ("Extending database-backed session engines").
"""

from __future__ import annotations

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
