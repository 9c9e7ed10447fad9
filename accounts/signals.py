"""Wiring for accounts (imported in ``AccountsConfig.ready()``)."""

from __future__ import annotations

from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from .models import User
from .services.users import user_sessions_end
from .sessions import user_sessions_forget


@receiver(post_save, sender=User)
@receiver(pre_delete, sender=User)
def user_sessions_cache_forget(sender, instance: User, raw=False, **kwargs) -> None:
    """Her sessions kept in the cache with her row (``accounts.sessions``) are
    read again from the database after any change to her row: a new
    password, deactivation or deletion takes effect on the next request."""
    if raw:
        return
    if kwargs.get("signal") is post_save and not instance.is_active:
        return  # her sessions end below (user_sessions_end forgets them)
    user_sessions_forget(instance.pk)


@receiver(post_save, sender=User)
def inactive_user_signed_out(sender, instance: User, raw=False, **kwargs) -> None:
    """An inactive account has no session, however it was deactivated (the
    Wagtail or Django admin's user form, ``user_deactivate``, anonymisation):
    her old cookie must not work again if she is reactivated."""
    if not raw and not instance.is_active:
        user_sessions_end(user=instance)
