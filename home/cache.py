"""A Redis cache that steps aside during an outage, quickly and on purpose.

django-redis with ``IGNORE_EXCEPTIONS`` already turns a Redis error into a
miss, but every call still waits for its socket timeout: with Redis silent a
page making ten cache calls waited ten timeouts. :class:`ResilientRedisCache`
remembers a failure for ``OUTAGE_SECONDS`` (per process) and answers without
asking Redis meanwhile; after that, one call tries Redis again.

What a call answers while Redis is unreachable (the same as a cache that
stores nothing):

- ``get`` the default, ``get_many`` ``{}``, ``has_key`` ``False``;
- ``set``, ``delete`` and friends do nothing;
- ``add`` answers ``True``: nothing is stored, so nothing was there
  (django-redis would answer ``None``, "already there", which made allauth's
  rate limiter, whose lock is an ``add``, refuse every sign-in);
- ``incr``/``decr`` raise ``ValueError``, Django's answer for a missing key.

Code that counts with the cache must decide what a missing counter means:
:func:`counter_hit` answers ``None`` then, and each limiter documents its
choice (docs/outages.md). :func:`cache_status` asks Redis for real, for
``/healthz``.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from wagtail import hooks

logger = logging.getLogger("berdaya.cache")

# What an unreachable or silent Redis raises (django-redis re-raises the cause
# of its ConnectionInterrupted when errors are not ignored).
UNREACHABLE = (
    ConnectionInterrupted,
    RedisConnectionError,
    RedisTimeoutError,
    OSError,
)

# When each Redis location last failed, shared by the threads of a process
# (Django makes one cache object per thread).
_outage_until: dict[str, float] = {}
_outage_lock = threading.Lock()


class ResilientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = params.get("OPTIONS", {})
        self.outage_seconds = float(options.get("OUTAGE_SECONDS", 10))
        params = {
            **params,
            "OPTIONS": {k: v for k, v in options.items() if k != "OUTAGE_SECONDS"},
        }
        super().__init__(server, params)
        # Errors are answered below, never raised and never logged per call.
        self._ignore_exceptions = False

    @property
    def in_outage(self) -> bool:
        return _outage_until.get(self._server, 0.0) > time.monotonic()

    def _outage_start(self, error: Exception) -> None:
        with _outage_lock:
            first = not self.in_outage
            _outage_until[self._server] = time.monotonic() + self.outage_seconds
        if first:
            logger.warning(
                "Cache unreachable (%s); serving without it for %ss",
                type(error.__cause__ or error).__name__,
                int(self.outage_seconds),
            )

    def _call(self, method: str, fallback: Any, *args: Any, **kwargs: Any) -> Any:
        if self.in_outage:
            return fallback() if callable(fallback) else fallback
        try:
            return getattr(super(), method)(*args, **kwargs)
        except UNREACHABLE as error:
            self._outage_start(error)
            return fallback() if callable(fallback) else fallback

    def _missing(self, key: Any = None, *args: Any, **kwargs: Any) -> None:
        raise ValueError(f"Key '{key}' not found (cache unreachable)")

    def get(self, key, default=None, version=None, client=None):
        return self._call("get", default, key, default, version=version, client=client)

    def get_many(self, *args, **kwargs):
        return self._call("get_many", dict, *args, **kwargs)

    def has_key(self, *args, **kwargs):
        return self._call("has_key", False, *args, **kwargs)

    def set(self, *args, **kwargs):
        return self._call("set", False, *args, **kwargs)

    def set_many(self, *args, **kwargs):
        return self._call("set_many", list, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", True, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", False, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", 0, *args, **kwargs)

    def delete_pattern(self, *args, **kwargs):
        return self._call("delete_pattern", 0, *args, **kwargs)

    def clear(self):
        return self._call("clear", False)

    def touch(self, *args, **kwargs):
        return self._call("touch", False, *args, **kwargs)

    def ttl(self, *args, **kwargs):
        return self._call("ttl", 0, *args, **kwargs)

    def expire(self, *args, **kwargs):
        return self._call("expire", False, *args, **kwargs)

    def persist(self, *args, **kwargs):
        return self._call("persist", False, *args, **kwargs)

    def keys(self, *args, **kwargs):
        return self._call("keys", list, *args, **kwargs)

    def close(self, **kwargs):
        return self._call("close", None, **kwargs)

    def incr(self, key, delta=1, version=None, client=None, ignore_key_check=False):
        if self.in_outage:
            self._missing(key)
        try:
            return super().incr(
                key,
                delta=delta,
                version=version,
                client=client,
                ignore_key_check=ignore_key_check,
            )
        except UNREACHABLE as error:
            self._outage_start(error)
            self._missing(key)

    def decr(self, key, delta=1, version=None, client=None):
        return self.incr(key, delta=-delta, version=version, client=client)

    def ping(self) -> None:
        """Ask Redis for real (raises when it does not answer)."""
        self.client.get_client(write=True).ping()
        with _outage_lock:
            _outage_until.pop(self._server, None)


def cache_status() -> str:
    """``ok`` when the default cache answers a round trip, else ``down``."""
    backend = _backend()
    try:
        if isinstance(backend, ResilientRedisCache):
            backend.ping()
            return "ok"
        probe = "healthz:probe"
        cache.set(probe, "1", 10)
        return "ok" if cache.get(probe) == "1" else "down"
    except Exception:
        logger.warning("Cache health check failed", exc_info=True)
        return "down"


def counter_hit(key: str, window: int) -> int | None:
    """Count one hit on ``key`` for ``window`` seconds; the new count, or
    ``None`` when the cache cannot count (unreachable). The caller decides
    what ``None`` means: that is the point."""
    try:
        if cache.add(key, 0, window) is None:  # django-redis ignoring an error
            return None
        value = cache.incr(key)
    except ValueError:
        # Expired between add and incr, or the cache stepped aside.
        if getattr(_backend(), "in_outage", False):
            return None
        cache.set(key, 1, window)
        return 1
    except Exception:
        logger.warning("Cache counter failed", exc_info=True)
        return None
    return value if isinstance(value, int) else None


def counter_get(key: str) -> int | None:
    """The current count on ``key`` (0 when none), ``None`` when unknown."""
    backend = _backend()
    if getattr(backend, "in_outage", False):
        return None
    value = cache.get(key, 0)
    if getattr(backend, "in_outage", False):
        return None
    return value if isinstance(value, int) else 0


def _backend():
    """The default cache object of this thread (behind Django's proxy)."""
    return caches[DEFAULT_CACHE_ALIAS]


# --- A signed-in person's small entries in one round trip --------------------
#
# Every signed-in page reads a few entries kept per person (the bell's count,
# the staff link, the permission set), each from a different app. One round
# trip each costs more than the rest of the menu: the apps name their keys
# with the ``berdaya_user_cache_keys`` hook (``fn(user) -> list[str]``); the
# first read of a request fetches them all at once, with the caller's own
# keys (the lesson page's learner records), and later reads answer from what
# it fetched. A value changed during the request is read again after
# ``user_value_forget``.

HOOK_USER_CACHE_KEYS = "berdaya_user_cache_keys"
_PREFETCHED = "_berdaya_cache_values"
_ABSENT = object()


def user_values_prefetch(user, extra: list[str] | tuple = ()) -> None:
    """Read the entries every app names for ``user``, and ``extra``, in one
    ``get_many``, and keep them on the user object for this request."""
    keys = [key for hook in hooks.get_hooks(HOOK_USER_CACHE_KEYS) for key in hook(user)]
    keys.extend(key for key in extra if key not in keys)
    found = cache.get_many(keys) if keys else {}
    setattr(user, _PREFETCHED, {key: found.get(key, _ABSENT) for key in keys})


def user_values(user, keys: list[str]) -> dict[str, Any]:
    """``cache.get_many(keys)`` for entries of ``user``. The first call of a
    request reads them together with every app's entries (one round trip);
    later calls answer from what it read, reading only keys it did not."""
    prefetched = getattr(user, _PREFETCHED, None)
    if prefetched is None:
        user_values_prefetch(user, keys)
        prefetched = getattr(user, _PREFETCHED)
    missing = [key for key in keys if key not in prefetched]
    if missing:
        found = cache.get_many(missing)
        prefetched.update({key: found.get(key, _ABSENT) for key in missing})
    return {key: prefetched[key] for key in keys if prefetched[key] is not _ABSENT}


def user_value_forget(user, key: str) -> None:
    """``key`` changed on this request: read it from the cache again."""
    prefetched = getattr(user, _PREFETCHED, None)
    if prefetched is not None:
        prefetched.pop(key, None)
