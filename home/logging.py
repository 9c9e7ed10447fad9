"""Log records that say which request they belong to, and nothing personal.

:class:`home.middleware.RequestIdMiddleware` puts the request id and the user
id in a context variable for the length of a request; the filter copies them
onto every record, so a line from deep inside a service still names its
request. Records carry a user *id* only: never a phone number, name or e-mail
address (SECURITY.md).

``LOG_FORMAT=json`` (production) writes one JSON object per line with
``time``, ``level``, ``logger``, ``message``, ``request_id``, ``user_id`` and,
for the request log line, ``method``, ``path``, ``status`` and
``duration_ms``. Development writes the same as readable text.
"""

from __future__ import annotations

import json
import logging
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

_context: ContextVar[dict[str, Any] | None] = ContextVar(
    "berdaya_request_context", default=None
)

# Extra attributes a record may carry (``logger.info(..., extra={...})``) that
# the JSON formatter writes out.
EXTRA_FIELDS = ("method", "path", "status", "duration_ms", "task", "attempt")


def request_context() -> dict[str, Any]:
    """The current request's ``request_id`` and ``user_id`` (empty outside)."""
    return _context.get() or {}


def request_context_set(**values: Any):
    """Start a request's context; returns the token to reset it with."""
    return _context.set(dict(values))


def request_context_update(**values: Any) -> None:
    current = _context.get()
    if current is not None:
        current.update(values)


def request_context_reset(token) -> None:
    _context.reset(token)


class RequestContextFilter(logging.Filter):
    """Adds ``request_id`` and ``user_id`` ("-" outside a request) to a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        context = request_context()
        if not hasattr(record, "request_id"):
            record.request_id = context.get("request_id") or "-"
        if not hasattr(record, "user_id"):
            record.user_id = context.get("user_id") or "-"
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
            "user_id": getattr(record, "user_id", "-"),
        }
        for name in EXTRA_FIELDS:
            if hasattr(record, name):
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
