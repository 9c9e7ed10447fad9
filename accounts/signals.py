"""Wiring for accounts (imported in ``AccountsConfig.ready()``)."""

from __future__ import annotations

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import User
from .services.users import user_sessions_end


@receiver(post_save, sender=User)
def inactive_user_signed_out(sender, instance: User, raw=False, **kwargs) -> None:
    """An inactive account has no session, however it was deactivated (the
    Wagtail or Django admin's user form, ``user_deactivate``, anonymisation):
    her old cookie must not work again if she is reactivated."""
    if not raw and not instance.is_active:
        user_sessions_end(user=instance)
