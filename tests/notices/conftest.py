"""Notices tests: a clock set to a working hour (WIB) and the SMS outbox."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from accounts import sms
from notices import channels
from tests.accounts.conftest import (  # noqa: F401
    centre_a,
    centre_b,
    cohort_a,
    cohort_b,
    courses,
    staff_a,
    staff_client,
)
from tests.courses.conftest import catalogue, course  # noqa: F401
from tests.marketplace.conftest import (  # noqa: F401
    brand,
    category,
    image,
    product,
    seller,
    seller_client,
)

WIB = ZoneInfo("Asia/Jakarta")


class Clock:
    """Days counted from two days ahead of the real date, so a task the
    notices queue "for 07:00" is not yet due for the real worker."""

    def __init__(self):
        self.base = datetime.now(WIB).date() + timedelta(days=2)
        self.set(10)

    def day(self, day: int = 0):
        return self.base + timedelta(days=day)

    def at(self, hour: int, minute: int = 0, day: int = 0) -> datetime:
        return datetime.combine(self.day(day), datetime.min.time(), tzinfo=WIB).replace(
            hour=hour, minute=minute
        )

    def set(self, hour: int, minute: int = 0, day: int = 0) -> None:
        self.moment = self.at(hour, minute, day)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """The notices' clock (quiet hours, daily cap): 10:00 WIB unless moved."""
    clock = Clock()
    monkeypatch.setattr(channels, "now", lambda: clock.moment)
    return clock


@pytest.fixture(autouse=True)
def sms_outbox():
    sms.outbox.clear()
    yield sms.outbox
    sms.outbox.clear()
