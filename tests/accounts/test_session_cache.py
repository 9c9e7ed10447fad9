"""Sessions and their users kept in the shared cache (accounts.sessions):
no query for them on a signed-in request, and every change to them is seen
on the next request, however it is made."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts import sessions
from accounts.adapter import AccountAdapter
from accounts.models import UserSession
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PROFILE = reverse("accounts:profile")


@pytest.fixture(autouse=True)
def _kept(settings):
    settings.BERDAYA_SESSION_CACHE_SECONDS = 60


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return _warm(client)


def _warm(client) -> Client:
    """Her session's entry in the cache, as after her first requests."""
    assert client.get(PROFILE).status_code == 200  # writes the session once
    cache.clear()  # ... ten seconds later, that write's tombstone is gone
    assert client.get(PROFILE).status_code == 200  # read from the database, kept
    return client


def _session_reads(client) -> tuple[list[str], object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(PROFILE)
    reads = [
        query["sql"]
        for query in ctx.captured_queries
        if 'FROM "accounts_usersession"' in query["sql"]
        or (
            query["sql"].lstrip().startswith("SELECT")
            and 'FROM "accounts_user" ' in query["sql"]
        )
    ]
    return reads, response


def _key(client) -> str:
    return client.cookies["sessionid"].value


def _is_signed_out(client) -> bool:
    response = client.get(PROFILE)
    return (
        response.status_code == 302
        and reverse("account_login") in response["Location"]
        and response.wsgi_request.user.is_anonymous
    )


def test_a_signed_in_request_reads_neither_session_nor_user_from_the_database():
    sari = UserFactory(username="sari", first_name="Sari")
    client = _signed_in(sari)
    reads, response = _session_reads(client)
    assert reads == []
    assert response.status_code == 200
    assert response.wsgi_request.user == sari
    assert response.wsgi_request.user.first_name == "Sari"


def test_the_cache_holds_no_session_key_in_clear():
    client = _signed_in(UserFactory(username="sari"))
    key = _key(client)
    entry = cache.get(sessions._cache_key(key))
    assert isinstance(entry, tuple)
    assert key not in sessions._cache_key(key)


def test_without_the_setting_nothing_is_kept(settings):
    settings.BERDAYA_SESSION_CACHE_SECONDS = 0
    client = _signed_in(UserFactory(username="sari"))
    assert cache.get(sessions._cache_key(_key(client))) is None
    reads, response = _session_reads(client)
    assert len(reads) == 1 and response.status_code == 200


def test_signing_out_ends_a_copied_cookie_at_once():
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    thief = Client()
    thief.cookies["sessionid"] = _key(phone)
    assert thief.get(PROFILE).status_code == 200  # the same kept session
    assert phone.post(reverse("account_logout")).status_code == 302
    assert _is_signed_out(thief)
    assert not UserSession.objects.filter(user=sari).exists()


def test_a_new_password_signs_out_her_other_devices_at_once():
    sari = UserFactory(username="sari")
    laptop = _signed_in(sari)
    sari.set_password("kata-sandi-baru-yang-panjang")
    sari.save()
    assert _is_signed_out(laptop)


@pytest.mark.parametrize("how", ["save", "deactivate", "delete"])
def test_a_deactivated_or_deleted_user_is_signed_out_at_once(how):
    from accounts.services import user_deactivate

    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    if how == "save":
        sari.is_active = False
        sari.save(update_fields=["is_active"])
    elif how == "deactivate":
        user_deactivate(user=sari)
    else:
        sari.delete()
    assert _is_signed_out(phone)


def test_a_changed_name_shows_on_the_next_page():
    sari = UserFactory(username="sari", first_name="Sari")
    phone = _signed_in(sari)
    sari.first_name = "Sarinah"
    sari.save(update_fields=["first_name"])
    _reads, response = _session_reads(phone)
    assert response.wsgi_request.user.first_name == "Sarinah"


def test_a_verified_phone_is_seen_on_the_next_request():
    sari = UserFactory(username="sari", phone="+6281234567890", phone_verified=False)
    phone = _signed_in(sari)
    AccountAdapter().set_phone_verified(sari, "+6281234567890")
    _reads, response = _session_reads(phone)
    assert response.wsgi_request.user.phone_verified is True


def test_marked_inactive_in_bulk_in_the_admin_signs_them_out():
    admin = UserFactory(username="admin-sesi", is_superuser=True, is_staff=True)
    sari, dewi, budi = (UserFactory(username=name) for name in ("sari", "dewi", "budi"))
    devices = {user.username: _signed_in(user) for user in (sari, dewi, budi)}
    office = Client()
    office.force_login(admin)
    url = reverse("wagtail_bulk_action", args=("accounts", "user", "set_active_state"))
    response = office.post(
        f"{url}?id={sari.pk}&id={dewi.pk}", {"mark_as_active": "False"}
    )
    assert response.status_code == 302, response.content[:2000]
    assert _is_signed_out(devices["sari"])
    assert _is_signed_out(devices["dewi"])
    assert devices["budi"].get(PROFILE).status_code == 200
    assert not UserSession.objects.filter(user__in=[sari, dewi]).exists()
    # Active again: the old cookies stay dead.
    for user in (sari, dewi):
        user.is_active = True
        user.save()
    assert _is_signed_out(devices["sari"])


def test_rows_read_before_a_change_are_not_kept_over_it():
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    key = _key(phone)
    cache.clear()
    now = timezone.now()
    # A request read the rows; meanwhile she signed out elsewhere...
    session, user = sessions._session_with_user(key, now)
    UserSession.objects.get(session_key=key)  # still there when read
    phone.post(reverse("account_logout"))
    # ... and the slow request now tries to keep what it read.
    sessions._session_cache_fill(session, user, now, 60)
    assert cache.get(sessions._cache_key(key)) == sessions.TOMBSTONE
    thief = Client()
    thief.cookies["sessionid"] = key
    assert _is_signed_out(thief)


def test_a_change_inside_a_transaction_is_marked_again_at_commit(
    django_capture_on_commit_callbacks,
):
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    key = _key(phone)
    session, user = sessions._session_with_user(key, timezone.now())
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        sari.set_password("kata-sandi-baru-yang-panjang")
        sari.save()
        # Before the commit, a request that reads the old rows (its
        # tombstone gone) keeps them...
        cache.delete(sessions._cache_key(key))
        sessions._session_cache_fill(session, user, timezone.now(), 60)
        assert isinstance(cache.get(sessions._cache_key(key)), tuple)
    # ... the commit marks the entry again.
    assert cache.get(sessions._cache_key(key)) == sessions.TOMBSTONE
    assert _is_signed_out(phone)


def test_a_kept_session_past_its_expiry_is_not_used(monkeypatch):
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    assert isinstance(cache.get(sessions._cache_key(_key(phone))), tuple)
    later = timezone.now() + timedelta(hours=5)
    monkeypatch.setattr(sessions.timezone, "now", lambda: later)
    assert _is_signed_out(phone)


def test_an_entry_is_kept_no_longer_than_the_setting(settings):
    settings.BERDAYA_SESSION_CACHE_SECONDS = 60
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    session = UserSession.objects.get(session_key=_key(phone))
    cache.clear()
    calls = []
    monkey_add = cache.add

    def add(key, value, timeout=None, version=None):
        calls.append(timeout)
        return monkey_add(key, value, timeout, version)

    cache.add = add
    try:
        sessions._session_cache_fill(session, sari, timezone.now(), 60)
        almost = session.expire_date - timedelta(seconds=20)
        cache.clear()
        sessions._session_cache_fill(session, sari, almost, 60)
    finally:
        del cache.add
    assert calls == [60, 20]
