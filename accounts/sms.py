"""Text messages through a pluggable sender.

``settings.BERDAYA_SMS_SENDER`` names a class with ``send(phone, message)``.
A deployment points it at its SMS gateway; development uses the console sender,
tests the in-memory outbox. A gateway class must give up within a few seconds
(its own timeout): it runs in the task worker, never in a request.

:func:`accounts.tasks.sms_send` queues a message: the worker sends it at
most once per key, retries with back-off, and refuses more than
``SMS_PER_NUMBER_PER_HOUR`` messages to one number (counted in the database,
so the cap holds while the cache is down). :func:`sms_send_now` is what that
task calls.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings
from django.utils.module_loading import import_string

from .phone import phone_mask

logger = logging.getLogger("berdaya.sms")


class SmsSender(Protocol):
    def send(self, phone: str, message: str) -> None: ...


class ConsoleSmsSender:
    """Development sender: prints the message; logs only a masked number.

    With ``DEBUG`` off it never prints the message (it may hold a sign-in code).
    """

    def send(self, phone: str, message: str) -> None:
        logger.info("SMS to %s (%d characters)", phone_mask(phone), len(message))
        if settings.DEBUG:
            # Local development only: the developer needs to see the code.
            print(f"[SMS to {phone_mask(phone)}] {message}")  # noqa: T201


@dataclass
class SentSms:
    phone: str
    message: str


outbox: list[SentSms] = []


class LocmemSmsSender:
    """Test sender: keeps messages in ``accounts.sms.outbox``."""

    def send(self, phone: str, message: str) -> None:
        outbox.append(SentSms(phone=phone, message=message))


def sms_send_now(*, phone: str, message: str) -> None:
    """Hand the message to the configured sender (raises when it fails)."""
    sender: SmsSender = import_string(settings.BERDAYA_SMS_SENDER)()
    sender.send(str(phone), message)
