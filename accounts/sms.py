"""Text messages through a pluggable sender.

``settings.BERDAYA_SMS_SENDER`` names a class with ``send(phone, message)``.
A deployment points it at its SMS gateway; development uses the console sender,
tests the in-memory outbox.
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


def sms_send(*, phone: str, message: str) -> None:
    sender: SmsSender = import_string(settings.BERDAYA_SMS_SENDER)()
    sender.send(str(phone), message)
