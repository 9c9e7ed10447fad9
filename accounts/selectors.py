"""Reads about people, scoped to who is asking."""

from __future__ import annotations

from .models import Centre, User

CENTRE_STAFF_GROUP = "Centre staff"


def staff_centre_for(user: User) -> Centre | None:
    """The centre whose people ``user`` may see, or None if they are not staff.

    Centre staff are members of the "Centre staff" group; their own ``centre``
    is the only one they see.
    """
    if not user.is_authenticated or user.centre_id is None:
        return None
    if not user.groups.filter(name=CENTRE_STAFF_GROUP).exists():
        return None
    return user.centre
