"""Reading notices: always one person's own."""

from __future__ import annotations

from django.db.models import QuerySet

from accounts.models import User

from . import channels
from .models import Notice


def notices_for(user: User) -> QuerySet[Notice]:
    return Notice.objects.filter(user=user).order_by("-created_at", "-pk")


def unread_count(user: User) -> int:
    if not user.is_authenticated:
        return 0
    return Notice.objects.filter(user=user, read_at__isnull=True).count()


def channel_enabled(user: User, channel: str) -> bool:
    """Whether she gets ``channel`` ("sms" or "email") messages."""
    return channel in channels.channels_for(user)
