"""Deactivating an account ends its sessions at once, however it is done, and
reactivating it never revives an old cookie."""

import os

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import UserSession
from accounts.services import user_deactivate, user_sessions_end
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

# PostgreSQL's connection health checks (CONN_HEALTH_CHECKS); decided before
# the test database is set up, so no transactional fixture runs on SQLite.
ON_POSTGRESQL = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="PostgreSQL's connection health checks",
)


@pytest.fixture(autouse=True)
def _from_the_database(settings):
    """These tests are of the database's rows and query; sessions kept in the
    cache have their own (test_session_cache.py)."""
    settings.BERDAYA_SESSION_CACHE_SECONDS = 0


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    assert client.get(reverse("accounts:profile")).status_code == 200
    return client


def _reactivate(user) -> None:
    user.is_active = True
    user.save()


def test_a_session_records_whose_it_is(client):
    sari = UserFactory(username="sari")
    _signed_in(sari)
    assert UserSession.objects.filter(user=sari).count() == 1


def test_deactivated_in_the_admin_her_old_cookie_never_works_again():
    admin = UserFactory(username="admin-sesi", is_superuser=True, is_staff=True)
    sari = UserFactory(username="sari", email="sari@example.com")
    phone, laptop = _signed_in(sari), _signed_in(sari)
    group, _created = Group.objects.get_or_create(name="Editors")

    office = _signed_in(admin)
    response = office.post(
        reverse("wagtailusers_users:edit", args=[sari.pk]),
        {
            "username": "sari",
            "email": "sari@example.com",
            "first_name": "Sari",
            "last_name": "W",
            "is_active": "",
            "groups": [group.pk],
            "password1": "",
            "password2": "",
        },
    )
    assert response.status_code == 302, response.content[:3000]
    sari.refresh_from_db()
    assert not sari.is_active
    assert not UserSession.objects.filter(user=sari).exists()

    _reactivate(sari)
    for device in (phone, laptop):
        assert device.get(reverse("accounts:profile")).status_code == 302
        assert "_auth_user_id" not in device.session


def test_a_deactivating_save_anywhere_ends_the_sessions():
    sari = UserFactory(username="sari")
    other = UserFactory(username="lain")
    phone, other_phone = _signed_in(sari), _signed_in(other)
    sari.is_active = False
    sari.save(update_fields=["is_active"])
    _reactivate(sari)
    assert phone.get(reverse("accounts:profile")).status_code == 302
    assert other_phone.get(reverse("accounts:profile")).status_code == 200


def test_user_deactivate_ends_sessions_without_reading_the_others():
    sari = UserFactory(username="sari")
    phone = _signed_in(sari)
    for number in range(30):
        _signed_in(UserFactory(username=f"lain{number}"))
    with CaptureQueriesContext(connection) as queries:
        user_deactivate(user=sari)
    session_queries = [q["sql"] for q in queries if "session" in q["sql"].lower()]
    assert session_queries
    assert all('"user_id" =' in sql for sql in session_queries), session_queries
    _reactivate(sari)
    assert phone.get(reverse("accounts:profile")).status_code == 302
    assert UserSession.objects.exclude(user=None).count() == 30
    assert user_sessions_end(user=sari) == 0


# --- The user read in the session's query (accounts.sessions) ----------------


def _page_as(client) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("accounts:profile"))
    return len(ctx.captured_queries), response


def test_the_user_comes_with_the_session_in_one_query():
    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse("accounts:profile"))
    tables = [query["sql"] for query in ctx.captured_queries]
    session_reads = [sql for sql in tables if 'FROM "accounts_usersession"' in sql]
    assert len(session_reads) == 1
    assert 'JOIN "accounts_user"' in session_reads[0]
    # No separate read of her user row.
    assert not [
        sql
        for sql in tables
        if sql.lstrip().startswith("SELECT") and 'FROM "accounts_user" ' in sql
    ]


def test_an_inactive_user_is_not_signed_in_by_the_joined_row():
    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    # A bulk update: no signal ends her sessions; the row says inactive.
    type(sari).objects.filter(pk=sari.pk).update(is_active=False)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_a_changed_password_ends_the_session_as_before():
    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    sari.set_password("kata-sandi-baru-yang-panjang")
    type(sari).objects.filter(pk=sari.pk).update(password=sari.password)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302


def test_the_session_names_the_user_not_the_column():
    """The joined row is used only when it is the user the session is signed
    in as; another id in the column changes nothing."""
    sari = UserFactory(username="sari")
    dewi = UserFactory(username="dewi")
    client = _signed_in(sari)
    UserSession.objects.filter(user=sari).update(user=dewi)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 200
    assert response.wsgi_request.user == sari


def test_a_visitor_after_a_signed_in_request_is_a_visitor():
    sari = UserFactory(username="sari")
    _page_as(_signed_in(sari))
    response = Client().get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response.wsgi_request.user.is_anonymous


def _session_of(user):
    client = _signed_in(user)
    return client, UserSession.objects.get(user=user)


def test_the_compiled_query_reads_what_the_orm_reads():
    from django.utils import timezone

    from accounts import sessions

    sari = UserFactory(username="sari", display_name="Sari")
    _client, row = _session_of(sari)
    assert sessions._compile("default") is not None  # not the fallback here
    session, user = sessions._session_with_user(row.session_key, timezone.now())
    orm = UserSession.objects.select_related("user").get(pk=row.pk)
    for field in UserSession._meta.concrete_fields:
        assert getattr(session, field.attname) == getattr(orm, field.attname)
    for field in type(sari)._meta.concrete_fields:
        assert getattr(user, field.attname) == getattr(orm.user, field.attname)
    assert user.last_login is not None and user.last_login.tzinfo is not None


def test_an_expired_or_unknown_session_is_not_read():
    from datetime import timedelta

    from django.utils import timezone

    from accounts import sessions

    sari = UserFactory(username="sari")
    client, row = _session_of(sari)
    with pytest.raises(UserSession.DoesNotExist):
        sessions._session_with_user("tidak-ada", timezone.now())
    UserSession.objects.filter(pk=row.pk).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    with pytest.raises(UserSession.DoesNotExist):
        sessions._session_with_user(row.session_key, timezone.now())
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_a_session_without_a_user_reads_none(client):
    from django.utils import timezone

    from accounts import sessions

    store = sessions.SessionStore()
    store["pilihan"] = "x"
    store.save()
    session, user = sessions._session_with_user(store.session_key, timezone.now())
    assert session.get_decoded()["pilihan"] == "x"
    assert user is None


def test_without_the_compiled_query_the_orm_reads_it(monkeypatch):
    from accounts import sessions

    monkeypatch.setattr(sessions, "_compile", lambda alias: None)
    monkeypatch.setattr(sessions._compiled, "by_alias", {}, raising=False)
    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 200
    assert response.wsgi_request.user == sari


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_connection_that_died_while_idle_is_replaced_by_the_session_query():
    """PostgreSQL restarted between two requests: the session query finds the
    dead connection (it is the health check) and runs on a new one."""
    import psycopg

    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    connection.ensure_connection()
    settings = connection.get_connection_params()
    with psycopg.connect(**settings, autocommit=True) as other:
        other.execute(
            "SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid]
        )
    connection.health_check_done = False  # a new request (request_started)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(reverse("accounts:profile"))
    assert response.status_code == 200
    assert response.wsgi_request.user == sari
    assert not any(q["sql"].strip().upper() == "SELECT 1" for q in ctx.captured_queries)


@ON_POSTGRESQL
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_live_connection_costs_no_separate_check():
    sari = UserFactory(username="sari")
    client = _signed_in(sari)
    connection.ensure_connection()
    connection.health_check_done = False  # a new request (request_started)
    calls = []
    wrapper = connections["default"]
    original = wrapper.is_usable

    def counting():
        calls.append(1)
        return original()

    wrapper.is_usable = counting
    try:
        assert client.get(reverse("accounts:profile")).status_code == 200
    finally:
        del wrapper.is_usable
    assert calls == []
