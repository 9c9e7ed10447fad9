"""The session engine (``SESSION_ENGINE = "accounts.sessions"``).

Django's database sessions, stored in :class:`accounts.models.UserSession`
with the signed-in user's id beside the data: ending someone's sessions is one
indexed delete, not a scan of every live session. Django documents this way of
extending the database engine ("Extending database-backed session engines").

A signed-in request reads its session and its user in one query, or, with a
shared cache (Redis: ``BERDAYA_SESSION_CACHE_SECONDS``), from the cache
without a query, as Django's ``cached_db`` engine does for the session alone
(docs/caching.md).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import threading
import time
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime

from asgiref.sync import sync_to_async
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth import get_user as auth_get_user
from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.db import (
    InterfaceError,
    OperationalError,
    connections,
    router,
    transaction,
)
from django.utils import timezone

from .models import User, UserSession


def _user_id(data: dict) -> int | None:
    try:
        return int(data.get(SESSION_KEY))
    except (TypeError, ValueError):
        return None


# The user row read with the session, offered to the authentication backend
# while ``django.contrib.auth.get_user`` runs for this request (and only then:
# ``session_user_get``), so that a signed-in request reads both in one query.
_session_user: ContextVar = ContextVar("berdaya_session_user", default=None)


# --- The session and its user in one query, compiled once -------------------
#
# The ORM spends more time compiling this query (24 columns, a join, a date
# comparison) than the database spends answering it, on every signed-in
# request. Each thread compiles it once with Django's own compiler (the same
# SQL, the same parameter preparation, the same converters of values read
# back) and runs it with new parameters; rows become model instances through
# ``Model.from_db``. If the compiled query does not look as expected (another
# Django, another database), the plain ORM query runs instead.

_compiled = threading.local()
_KEY_PROBE = "berdaya-session-key-probe"
_TIME_PROBE = datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)


@dataclass(frozen=True)
class _Compiled:
    sql: str
    key_at: int
    time_at: int
    converters: dict
    session_names: list[str]
    user_names: list[str]


def _orm_query(key, now):
    return UserSession.objects.select_related("user").filter(
        session_key=key, expire_date__gt=now
    )


def _compile(alias: str) -> _Compiled | None:
    compiler = _orm_query(_KEY_PROBE, _TIME_PROBE).query.get_compiler(alias)
    sql, params = compiler.as_sql()
    connection = connections[alias]
    expire = UserSession._meta.get_field("expire_date")
    session_fields = UserSession._meta.concrete_fields
    user_fields = User._meta.concrete_fields
    columns = [column for column, _sql, _alias in compiler.select]
    expected = [
        *(field.column for field in session_fields),
        *(field.column for field in user_fields),
    ]
    if (
        len(params) != 2
        or _KEY_PROBE not in params
        or [getattr(column, "target", None) for column in columns]
        != [*session_fields, *user_fields]
        or [column.target.column for column in columns] != expected
    ):
        return None
    key_at = params.index(_KEY_PROBE)
    time_at = 1 - key_at
    if params[time_at] != expire.get_db_prep_value(_TIME_PROBE, connection):
        return None
    _digest, session_names, user_names = _cache_shape()
    return _Compiled(
        sql=sql,
        key_at=key_at,
        time_at=time_at,
        converters=compiler.get_converters(columns),
        session_names=session_names,
        user_names=user_names,
    )


def _fetch(connection, sql: str, params: list):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()


def _fetch_checked(connection, sql: str, params: list):
    """The first row of ``sql``. With ``CONN_HEALTH_CHECKS``, Django checks a
    reused connection with a query of its own (``SELECT 1``) before the
    request's first query: when the session query is that first query, it is
    the check (a round trip fewer on every signed-in request), and a
    connection that died while idle is replaced and the query run again, as
    the check would have done."""
    check = (
        connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    )
    if check:
        connection.health_check_done = True
    try:
        return _fetch(connection, sql, params)
    except (OperationalError, InterfaceError):
        if not check:
            raise
        connection.close()
        return _fetch(connection, sql, params)


def _session_with_user(key: str, now: datetime):
    """The unexpired session row for ``key`` and the row of its user (None
    when it has none), in one query. Raises ``UserSession.DoesNotExist``."""
    alias = router.db_for_read(UserSession)
    by_alias = getattr(_compiled, "by_alias", None)
    if by_alias is None:
        by_alias = _compiled.by_alias = {}
    if alias not in by_alias:
        by_alias[alias] = _compile(alias)
    compiled = by_alias[alias]
    if compiled is None:
        session = _orm_query(key, now).get()
        return session, session.user
    connection = connections[alias]
    params = [None, None]
    params[compiled.key_at] = key
    params[compiled.time_at] = UserSession._meta.get_field(
        "expire_date"
    ).get_db_prep_value(now, connection)
    row = _fetch_checked(connection, compiled.sql, params)
    if row is None:
        raise UserSession.DoesNotExist
    row = list(row)
    for position, (converters, expression) in compiled.converters.items():
        value = row[position]
        for converter in converters:
            value = converter(value, expression, connection)
        row[position] = value
    split = len(compiled.session_names)
    session = UserSession.from_db(alias, compiled.session_names, row[:split])
    user = None
    if row[split] is not None:  # the user's primary key: a LEFT JOIN found her
        user = User.from_db(alias, compiled.user_names, row[split:])
    return session, user


# --- The session and its user kept in the shared cache -----------------------
#
# With ``BERDAYA_SESSION_CACHE_SECONDS`` > 0 (the default when Redis is the
# cache) the row of a session and the row of its user are kept in the cache
# for that long (never past the session's expiry), under a digest of the
# session key: a signed-in request then runs no query for them. Django's
# ``cached_db`` engine keeps the session the same way; the user row has to be
# kept too, or reading it would be the query saved.
#
# Whatever changes a session or its user leaves a **tombstone** on the
# session's entry, at once and again when the transaction commits:
# ``SessionStore.save``/``delete`` (sign-in, sign-out, a new key, a refresh),
# any save or deletion of the user (a new password, deactivation, a changed
# phone; ``accounts.signals``), ``user_sessions_end``. An entry is only ever
# added where nothing is (``cache.add``), so a request that read the rows
# before a change cannot put them back over the tombstone. If the cache is
# unreachable at the moment of a change, an entry written before it may be
# used until it expires: at most ``BERDAYA_SESSION_CACHE_SECONDS``. The cache
# must be shared by every process (a per-process cache could not be told of a
# sign-out in another): without Redis the setting is 0.

SESSION_CACHE_PREFIX = "accounts:session"
TOMBSTONE = "ended"
TOMBSTONE_SECONDS = 10


def session_cache_seconds() -> int:
    return max(0, int(getattr(settings, "BERDAYA_SESSION_CACHE_SECONDS", 0)))


@functools.cache
def _cache_shape() -> tuple[str, list[str], list[str]]:
    """Both models' attribute names, as rows are read and kept, and their
    digest (a cached entry written by another version of the models is never
    read as this one's)."""
    session_names = [field.attname for field in UserSession._meta.concrete_fields]
    user_names = [field.attname for field in User._meta.concrete_fields]
    digest = hashlib.sha256(",".join([*session_names, "|", *user_names]).encode())
    return digest.hexdigest()[:12], session_names, user_names


def _cache_key(session_key: str) -> str:
    digest = hashlib.sha256(session_key.encode()).hexdigest()
    return f"{SESSION_CACHE_PREFIX}:{_cache_shape()[0]}:{digest}"


def _cached_session_with_user(key: str, now: datetime):
    """The session for ``key`` and its user (or None) from the cache, or None
    when the cache holds no live entry."""
    entry = cache.get(_cache_key(key))
    if not isinstance(entry, tuple) or len(entry) != 2:
        return None  # none, or a tombstone
    _shape, session_names, user_names = _cache_shape()
    alias = router.db_for_read(UserSession)
    session = UserSession.from_db(alias, session_names, entry[0])
    if session.session_key != key or session.expire_date <= now:
        return None
    user = None
    if entry[1] is not None:
        user = User.from_db(alias, user_names, entry[1])
    return session, user


def _session_cache_fill(session, user, now: datetime, seconds: int) -> None:
    timeout = min(seconds, int((session.expire_date - now).total_seconds()))
    if timeout <= 0:
        return
    _shape, session_names, user_names = _cache_shape()
    entry = (
        [getattr(session, name) for name in session_names],
        None if user is None else [getattr(user, name) for name in user_names],
    )
    cache.add(_cache_key(session.session_key), entry, timeout)


def sessions_forget(session_keys: Iterable[str]) -> None:
    """Tombstones on the cached entries of these sessions, now and when the
    current transaction commits (see above)."""
    if not session_cache_seconds():
        return
    tombstones = {_cache_key(key): TOMBSTONE for key in session_keys if key}
    if not tombstones:
        return

    def mark() -> None:
        cache.set_many(tombstones, TOMBSTONE_SECONDS)

    mark()
    alias = router.db_for_write(UserSession)
    if connections[alias].in_atomic_block:
        transaction.on_commit(mark, using=alias)


def user_sessions_forget(user_id) -> None:
    """``sessions_forget`` for every session of this user (her row changed)."""
    if not session_cache_seconds() or user_id is None:
        return
    sessions_forget(
        UserSession.objects.filter(user_id=user_id).values_list(
            "session_key", flat=True
        )
    )


class SessionStore(DatabaseSessionStore):
    # The user row that came with the session row (None: none or not loaded).
    loaded_user = None

    @classmethod
    def get_model_class(cls):
        return UserSession

    def _get_session_from_db(self):
        """Django's lookup (unexpired row for the key, a suspicious key
        logged), with the row of the user it is signed in as in the same
        query, or both from the cache."""
        self.loaded_user = None
        now = timezone.now()
        seconds = session_cache_seconds() if self.session_key else 0
        if seconds:
            found = _cached_session_with_user(self.session_key, now)
            if found is not None:
                session, self.loaded_user = found
                return session
        try:
            session, self.loaded_user = _session_with_user(self.session_key, now)
            if seconds:
                _session_cache_fill(session, self.loaded_user, now, seconds)
        except (self.model.DoesNotExist, SuspiciousOperation) as error:
            if isinstance(error, SuspiciousOperation):
                logger = logging.getLogger(
                    f"django.security.{error.__class__.__name__}"
                )
                logger.warning(str(error))
            self._session_key = None
            return None
        return session

    def save(self, must_create=False):
        super().save(must_create=must_create)
        sessions_forget([self.session_key])

    def delete(self, session_key=None):
        key = session_key if session_key is not None else self.session_key
        super().delete(session_key)
        sessions_forget([key] if key else [])

    async def asave(self, must_create=False):
        await super().asave(must_create=must_create)
        await sync_to_async(sessions_forget)([self.session_key])

    async def adelete(self, session_key=None):
        key = session_key if session_key is not None else self.session_key
        await super().adelete(session_key)
        await sync_to_async(sessions_forget)([key] if key else [])

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


# --- The signed-in user from the session's query ---------------------------


def session_user_get(request):
    """``django.contrib.auth.get_user(request)`` (every check of Django's:
    the backend, the session hash, the fallback secrets), with the user row
    that came with the session offered to the backend instead of a second
    query (``SessionUserBackendMixin``)."""
    session = request.session
    session.get(SESSION_KEY)  # loads the session (and its user row) once
    token = _session_user.set(getattr(session, "loaded_user", None))
    try:
        return auth_get_user(request)
    finally:
        _session_user.reset(token)


class SessionUserBackendMixin:
    """``get_user(user_id)`` answered with the row read with the session when
    it is that user's (same rules: an inactive user gets None)."""

    def get_user(self, user_id):
        loaded = _session_user.get()
        if loaded is not None and str(loaded.pk) == str(user_id):
            return loaded if self.user_can_authenticate(loaded) else None
        return super().get_user(user_id)
