"""Seeing a centre's people is a permission, whatever group grants it."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client

from accounts.models import Cohort
from accounts.selectors import CENTRE_STAFF_GROUP, staff_centre_for
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(centre_a):
    return Cohort.objects.create(centre=centre_a, name="Angkatan Rahasia")


def _rename_staff_group() -> Group:
    group = Group.objects.get(name=CENTRE_STAFF_GROUP)
    group.name = "Petugas balai"
    group.save()
    return group


def _pages(user, cohort) -> tuple[int, int]:
    client = Client()
    client.force_login(user)
    home = client.get("/balai/")
    detail = client.get(f"/balai/angkatan/{cohort.pk}/")
    return home.status_code, detail.status_code


def test_staff_in_a_renamed_group_keep_seeing_their_centre(centre_a, cohort):
    group = _rename_staff_group()
    staff = UserFactory(username="staf", centre=centre_a)
    staff.groups.add(group)

    assert staff_centre_for(staff) == centre_a
    assert _pages(staff, cohort) == (200, 200)


def test_a_group_named_centre_staff_grants_nothing(centre_a, cohort):
    _rename_staff_group()
    impostor = UserFactory(username="bukan-staf", centre=centre_a)
    impostor.groups.add(Group.objects.create(name=CENTRE_STAFF_GROUP))

    assert staff_centre_for(impostor) is None
    assert _pages(impostor, cohort) == (404, 404)


def test_the_permission_alone_shows_only_the_own_centre(centre_a, centre_b, cohort):
    staff = UserFactory(username="staf-b", centre=centre_b)
    staff.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="accounts", codename="view_centre_people"
        )
    )
    assert staff_centre_for(staff) == centre_b
    # Centre A's cohort stays out of reach for centre B's staff.
    assert _pages(staff, cohort) == (200, 404)


def test_the_permission_without_a_centre_sees_nobody(cohort):
    user = UserFactory(username="tanpa-balai")
    user.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    assert staff_centre_for(user) is None
    assert _pages(user, cohort) == (404, 404)
