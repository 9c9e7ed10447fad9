"""Reading notices: always one person's own."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import QuerySet

from accounts.models import User
from home.cache import user_values

from . import channels
from .models import Notice


def notices_for(user: User) -> QuerySet[Notice]:
    return Notice.objects.filter(user=user).order_by("-created_at", "-pk")


UNREAD_TTL = 24 * 60 * 60


def unread_cache_key(user_id: int) -> str:
    return f"notices:unread:{user_id}"


def unread_count(user: User) -> int:
    """The bell's number, on every signed-in page: from the cache, which
    ``notices.services`` clears whenever her notices change."""
    if not user.is_authenticated:
        return 0
    key = unread_cache_key(user.pk)
    count = user_values(user, [key]).get(key)
    if count is None:
        count = Notice.objects.filter(user=user, read_at__isnull=True).count()
        cache.set(key, count, UNREAD_TTL)
    return count


def channel_enabled(user: User, channel: str) -> bool:
    """Whether she gets ``channel`` ("sms" or "email") messages."""
    return channel in channels.channels_for(user)
