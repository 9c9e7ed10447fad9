"""What accounts adds to ``manage.py site_setup`` (home/setup.py)."""

from wagtail import hooks

from home.services import group_permissions_ensure
from home.setup import SITE_SETUP_HOOK

from .selectors import CENTRE_PEOPLE_PERMISSION, CENTRE_STAFF_GROUP


# First of the layers (accounts 10, courses 20, centres 30, marketplace 40).
@hooks.register(SITE_SETUP_HOOK, order=10)
def centre_staff_role_ensure(*, home) -> None:
    group_permissions_ensure(
        name=CENTRE_STAFF_GROUP, permissions=[CENTRE_PEOPLE_PERMISSION]
    )
