"""The bell in the header: her unread notices (``berdaya_user_navigation``)."""

from __future__ import annotations

from wagtail import hooks

from home.cache import HOOK_USER_CACHE_KEYS

from . import selectors


@hooks.register(HOOK_USER_CACHE_KEYS)
def notices_cache_keys(user) -> list[str]:
    return [selectors.unread_cache_key(user.pk)]


@hooks.register("berdaya_user_navigation")
def notices_navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"notices_unread": selectors.unread_count(user), "notices_on": True}
