"""Permission sets come from the cache on later requests, and any change of
groups, group permissions or membership takes effect at once."""

import pytest
from django.contrib.auth.models import Group, Permission

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ACCESS_ADMIN = "wagtailadmin.access_admin"


def fresh(user) -> User:
    """The user as the next request loads her (no per-request cache)."""
    return User.objects.get(pk=user.pk)


@pytest.fixture
def editors():
    group = Group.objects.create(name="Penyunting uji")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return group


def test_later_requests_read_permissions_from_the_cache(
    editors, django_assert_num_queries
):
    user = UserFactory()
    user.groups.add(editors)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    again = fresh(user)
    with django_assert_num_queries(0):
        assert again.has_perm(ACCESS_ADMIN)


def test_leaving_a_group_removes_its_permissions_at_once(editors):
    user = UserFactory()
    user.groups.add(editors)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    user.groups.remove(editors)
    assert not fresh(user).has_perm(ACCESS_ADMIN)
    editors.user_set.add(user)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    editors.user_set.clear()
    assert not fresh(user).has_perm(ACCESS_ADMIN)


def test_a_permission_taken_from_the_group_is_gone_at_once(editors):
    user = UserFactory()
    user.groups.add(editors)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    editors.permissions.clear()
    assert not fresh(user).has_perm(ACCESS_ADMIN)


def test_a_deleted_group_grants_nothing(editors):
    user = UserFactory()
    user.groups.add(editors)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    editors.delete()
    assert not fresh(user).has_perm(ACCESS_ADMIN)


def test_superuser_flag_and_deactivation_count_at_once():
    user = UserFactory()
    assert not fresh(user).has_perm(ACCESS_ADMIN)
    User.objects.filter(pk=user.pk).update(is_superuser=True)
    assert fresh(user).has_perm(ACCESS_ADMIN)
    User.objects.filter(pk=user.pk).update(is_active=False)
    assert not fresh(user).has_perm(ACCESS_ADMIN)


def test_own_permissions_count_at_once():
    user = UserFactory()
    assert not fresh(user).has_perm(ACCESS_ADMIN)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    assert fresh(user).has_perm(ACCESS_ADMIN)
