"""What accounts adds to ``manage.py site_setup`` (home/setup.py), and the
keys of its per-person cache entries (home/cache.py)."""

from wagtail import hooks

from home.cache import HOOK_USER_CACHE_KEYS
from home.services import group_permissions_ensure
from home.setup import SITE_SETUP_HOOK

from . import backends
from .models import User
from .selectors import CENTRE_PEOPLE_PERMISSION, CENTRE_STAFF_GROUP
from .services import user_sessions_end
from .sessions import user_sessions_forget


# First of the layers (accounts 10, courses 20, centres 30, marketplace 40).
@hooks.register(SITE_SETUP_HOOK, order=10)
def centre_staff_role_ensure(*, home) -> None:
    group_permissions_ensure(
        name=CENTRE_STAFF_GROUP, permissions=[CENTRE_PEOPLE_PERMISSION]
    )


@hooks.register(HOOK_USER_CACHE_KEYS)
def permissions_cache_keys(user) -> list[str]:
    """Her permission set, read with the menu's other entries (the user bar
    asks for it on every page)."""
    return backends.permissions_cache_keys(user)


@hooks.register("after_bulk_action")
def users_set_inactive_signed_out(request, action_type, objects, action) -> None:
    """Wagtail's "Mark as inactive" for several users is a bulk update, which
    saves no user: ``accounts.signals`` does not see it. Their sessions end
    here, as for any other deactivation (reactivating them never revives an
    old cookie), and every changed user's sessions kept in the cache are read
    again."""
    model = getattr(action, "model", None)
    if action_type != "set_active_state" or model is None:
        return
    if not issubclass(model, User):
        return
    for user in User.objects.filter(pk__in=[user.pk for user in objects]):
        if user.is_active:
            user_sessions_forget(user.pk)
        else:
            user_sessions_end(user=user)  # forgets them too
