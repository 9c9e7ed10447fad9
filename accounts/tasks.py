"""Mail and SMS leave the request: tasks run by the worker (``home.tasks``).

- :data:`email_deliver` sends a message allauth rendered in the request
  (sign-in codes, verification and password-reset links).
- :data:`sms_deliver` sends a text message (sign-in codes, answers to buyers
  who left only a phone number), at most ``SMS_PER_NUMBER_PER_HOUR`` to one
  number.

Both send at most once per ``key`` and retry with back-off; their arguments
(the text) are wiped from the task row once they finished.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django_tasks import task

from home.mail import automatic_headers
from home.models import Delivery
from home.tasks import (
    attempt_or_retry,
    deliver_once,
    deliveries_recent,
    enqueue_now,
    private_arguments,
    recipient_digest,
)

from .sms import sms_send_now

logger = logging.getLogger("berdaya.sms")

SMS_PER_NUMBER_PER_HOUR = 10


@private_arguments
@task()
def email_deliver(
    *,
    key: str,
    subject: str,
    body: str,
    to: list[str],
    from_email: str = "",
    html: str = "",
    headers: dict[str, str] | None = None,
    attempt: int = 1,
) -> bool:
    def send() -> None:
        message = EmailMultiAlternatives(
            subject=subject,
            body=body,
            from_email=from_email or settings.DEFAULT_FROM_EMAIL,
            to=to,
            headers=headers or {},
        )
        if html:
            message.attach_alternative(html, "text/html")
        automatic_headers(message).send()

    kwargs = {
        "key": key,
        "subject": subject,
        "body": body,
        "to": to,
        "from_email": from_email,
        "html": html,
        "headers": headers,
    }
    return attempt_or_retry(
        email_deliver,
        attempt=attempt,
        kwargs=kwargs,
        key=key,
        work=lambda: deliver_once(key=key, channel=Delivery.Channel.EMAIL, send=send),
    )


@private_arguments
@task()
def sms_deliver(*, key: str, phone: str, message: str, attempt: int = 1) -> bool:
    digest = recipient_digest(phone)
    if attempt == 1:
        recent = deliveries_recent(
            digest=digest, channel=Delivery.Channel.SMS, since=timedelta(hours=1)
        )
        if recent >= SMS_PER_NUMBER_PER_HOUR:
            logger.warning("SMS %s not sent: too many messages to this number", key)
            return False
    return attempt_or_retry(
        sms_deliver,
        attempt=attempt,
        kwargs={"key": key, "phone": phone, "message": message},
        key=key,
        work=lambda: deliver_once(
            key=key,
            channel=Delivery.Channel.SMS,
            digest=digest,
            send=lambda: sms_send_now(phone=phone, message=message),
        ),
    )


def email_send(message: EmailMultiAlternatives, *, key: str = "") -> None:
    """Queue an e-mail rendered in the request (its text travels in the task)."""
    html = ""
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype == "text/html":
            html = content
    enqueue_now(
        email_deliver,
        key=key or f"email:{uuid.uuid4().hex}",
        subject=str(message.subject),
        body=str(message.body),
        to=[str(address) for address in message.to],
        from_email=str(message.from_email or ""),
        html=str(html),
        headers={str(k): str(v) for k, v in (message.extra_headers or {}).items()},
    )


def sms_send(*, phone: str, message: str, key: str = "") -> None:
    """Queue a text message to ``phone`` (sent by the worker, at most once per
    ``key``; a new key for each call without one)."""
    enqueue_now(
        sms_deliver,
        key=key or f"sms:{uuid.uuid4().hex}",
        phone=str(phone),
        message=message,
    )
