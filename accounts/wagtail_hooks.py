"""What accounts adds to ``manage.py site_setup`` (home/setup.py), and the
keys of its per-person cache entries (home/cache.py)."""

from wagtail import hooks

from home.cache import HOOK_USER_CACHE_KEYS
from home.services import group_permissions_ensure
from home.setup import SITE_SETUP_HOOK

from . import backends
from .selectors import CENTRE_PEOPLE_PERMISSION, CENTRE_STAFF_GROUP


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
