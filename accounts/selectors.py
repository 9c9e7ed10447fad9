"""Reads about people, scoped to who is asking."""

from __future__ import annotations

from django.db.models import Count, QuerySet
from django.http import Http404, HttpRequest

from .models import Centre, Cohort, User

CENTRE_PEOPLE_PERMISSION = "accounts.view_centre_people"
CENTRE_STAFF_GROUP = "Centre staff"  # bundles it; for granting only


def staff_centre_id_for(user: User) -> int | None:
    """The id of the centre whose people ``user`` may see, or None if they are
    not staff (no query: the permission set is cached).

    Centre staff hold the permission "accounts.view_centre_people" (the
    "Centre staff" group grants it); their own ``centre`` is the only one they
    see.
    """
    if not user.is_authenticated or user.centre_id is None:
        return None
    if not user.has_perm(CENTRE_PEOPLE_PERMISSION):
        return None
    return user.centre_id


def staff_centre_for(user: User) -> Centre | None:
    """The centre whose people ``user`` may see (``staff_centre_id_for``)."""
    return user.centre if staff_centre_id_for(user) is not None else None


def _centre_or_404(user: User) -> Centre:
    centre = staff_centre_for(user)
    if centre is None:
        raise Http404
    return centre


def cohort_list_for_staff(*, user: User) -> QuerySet[Cohort]:
    centre = _centre_or_404(user)
    return (
        Cohort.objects.filter(centre=centre)
        .annotate(learner_count=Count("learners", distinct=True))
        .order_by("-start_date", "name")
    )


def cohort_for_staff(*, user: User, pk: int) -> Cohort:
    """The cohort, if it belongs to the staff member's centre; else 404.
    (The centre comes with the cohort: no query of its own.)"""
    centre_id = staff_centre_id_for(user)
    if centre_id is None:
        raise Http404
    cohort = Cohort.objects.select_related("centre").filter(pk=pk, centre_id=centre_id)
    found = cohort.first()
    if found is None:
        raise Http404
    return found


def cohort_learners(*, cohort: Cohort) -> QuerySet[User]:
    return User.objects.filter(cohort=cohort, is_active=True).order_by(
        "display_name", "pk"
    )


def phone_in_use(*, phone: str) -> bool:
    """Whether an account already signs in with this (normalised) phone number."""
    return User.objects.filter(phone=phone).exists()


def browser_asks_to_save_data(request: HttpRequest) -> bool:
    """The browser's own data saver (``Save-Data: on``, Chrome's Lite mode)."""
    return request.headers.get("Save-Data", "").strip().lower() == "on"


def data_saver_for(request: HttpRequest) -> bool:
    """Whether pages should keep pictures back until tapped ("Hemat kuota").

    On when the signed-in person chose it (``User.data_saver``), or when the
    browser asks to save data (``Save-Data: on``, Chrome's Lite mode), for
    anyone. The one place that decides (docs/offline.md).
    """
    if browser_asks_to_save_data(request):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated and user.data_saver)
