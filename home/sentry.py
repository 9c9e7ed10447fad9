"""Error reports to Sentry, only when ``SENTRY_DSN`` is set (production settings).

Nothing personal leaves the server: no user details, IP addresses, cookies or
request bodies (``send_default_pii=False``), no local variables of the frames
(they may hold a phone number or a sign-in code), and :func:`scrub_event`
drops whatever an integration still attached about the user or the request
except the path and the request id. Events carry the request id, so a
report matches the id a user quotes from the error page and the log lines.
"""

from __future__ import annotations

from typing import Any

import sentry_sdk
from sentry_sdk.integrations.django import DjangoIntegration
from sentry_sdk.integrations.logging import LoggingIntegration

from .logging import request_context

KEPT_REQUEST_KEYS = {"url", "method"}


def scrub_event(event: dict[str, Any], hint: dict[str, Any]) -> dict[str, Any]:
    """Keep the error and where it happened; drop who and what was sent."""
    user = event.get("user") or {}
    event["user"] = {"id": user["id"]} if user.get("id") else {}
    request = event.get("request")
    if request:
        event["request"] = {k: v for k, v in request.items() if k in KEPT_REQUEST_KEYS}
        if "url" in event["request"]:
            event["request"]["url"] = event["request"]["url"].split("?", 1)[0]
    context = request_context()
    if context.get("request_id"):
        event.setdefault("tags", {})["request_id"] = context["request_id"]
    event.pop("breadcrumbs", None)
    return event


def sentry_init(
    *, dsn: str, environment: str = "production", traces_sample_rate: float = 0.0
) -> None:
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=traces_sample_rate,
        before_send=scrub_event,
        integrations=[
            DjangoIntegration(),
            # Log records become breadcrumbs only from errors up; they are
            # dropped above anyway, and error records become events.
            LoggingIntegration(level=None, event_level="ERROR"),
        ],
    )
