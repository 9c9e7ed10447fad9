"""Channel rules: which channels a person gets, quiet hours, the daily cap."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from accounts.models import User

from .models import Notice, NoticeSettings

WIB = ZoneInfo("Asia/Jakarta")
# No SMS from 21:00 to 07:00 WIB: it waits for 07:00 (never dropped).
QUIET_START = time(21, 0)
QUIET_END = time(7, 0)

SMS = "sms"
EMAIL = "email"


def now() -> datetime:
    """The current time (one place, so tests can move the clock)."""
    return timezone.now()


def daily_cap() -> int:
    """SMS or e-mail messages one person gets per day, per channel."""
    return getattr(settings, "NOTICES_MESSAGES_PER_DAY", 5)


def settings_for(user: User) -> NoticeSettings:
    found = NoticeSettings.objects.filter(user=user).first()
    return found if found is not None else NoticeSettings(user=user)


def sms_possible(user: User) -> bool:
    return bool(user.phone) and user.phone_verified


def email_possible(user: User) -> bool:
    return bool(user.email)


def channels_for(user: User) -> set[str]:
    """The channels this person chose and can receive (in-app is always on)."""
    if not user.is_active:
        return set()
    chosen = settings_for(user)
    channels = set()
    if chosen.sms and sms_possible(user):
        channels.add(SMS)
    if chosen.email and email_possible(user):
        channels.add(EMAIL)
    return channels


def quiet_until(moment: datetime) -> datetime | None:
    """When ``moment`` falls in the SMS quiet hours, the 07:00 WIB that ends
    them; otherwise None."""
    local = moment.astimezone(WIB)
    if QUIET_END <= local.time() < QUIET_START:
        return None
    day = local.date() if local.time() < QUIET_END else local.date() + timedelta(1)
    return datetime.combine(day, QUIET_END, tzinfo=WIB)


def wib_day_start(moment: datetime) -> datetime:
    local = moment.astimezone(WIB)
    return datetime.combine(local.date(), time(0, 0), tzinfo=WIB)


def sent_today(*, user_id: int, channel: str, moment: datetime) -> int:
    """Messages of ``channel`` sent to this person since midnight WIB."""
    field = "sms_sent_at" if channel == SMS else "email_sent_at"
    return Notice.objects.filter(
        user_id=user_id, **{f"{field}__gte": wib_day_start(moment)}
    ).count()
