"""Redis down or silent: pages, sign-in and inquiries keep working, and every
limiter decides on purpose (docs/outages.md).

CI cannot stop a real Redis, so the cache points at a closed port (refused at
once) or at a socket that accepts and never answers (silent)."""

from __future__ import annotations

import json
import re
import time
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage
from django.db import OperationalError
from django.template.backends.django import Template
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from accounts import sms
from home.cache import counter_get, counter_hit
from home.models import StandardPage
from marketplace import selectors as shop_selectors
from marketplace.tasks import inquiry_seller_notify
from tests.factories import UserFactory

PASSWORD = "pw-secret-123"


@pytest.fixture
def phone_user(db):
    user = UserFactory(username="sari", email="", phone="+6281234567890")
    user.phone_verified = True
    user.save()
    return user


# --- the cache itself ---


def test_a_silent_redis_costs_one_timeout_not_one_per_call(redis_silent):
    started = time.monotonic()
    for n in range(50):
        assert cache.get(f"key-{n}") is None
        cache.set(f"key-{n}", n)
    assert time.monotonic() - started < 1.0


def test_counters_answer_none_when_they_cannot_count(redis_down):
    assert counter_hit("limit:x", 60) is None
    assert counter_get("limit:x") is None
    assert cache.add("lock", 1) is True  # nothing stored, so nothing was there


def test_counters_count_when_the_cache_works():
    assert counter_get("limit:y") == 0
    assert [counter_hit("limit:y", 60) for _n in range(3)] == [1, 2, 3]
    assert counter_get("limit:y") == 3


# --- pages ---


def test_pages_render_at_normal_speed_while_redis_is_silent(
    client, site_root, redis_silent
):
    client.get("/")  # the first call in this process meets the timeout
    started = time.monotonic()
    for url in ("/", "/etalase/", "/tentang/", "/akun/masuk/"):
        assert client.get(url).status_code in (200, 404)
    assert client.get("/").status_code == 200
    assert time.monotonic() - started < 3.0


# --- sign-in (allauth's limiter: open; django-axes: counts in the database) ---


def test_password_sign_in_works_with_redis_down(client, phone_user, redis_down):
    response = client.post(
        reverse("account_login"), {"login": "081234567890", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(phone_user.pk)


def test_sms_code_sign_in_works_with_redis_down(client, phone_user, redis_down):
    sms.outbox.clear()
    response = client.post(
        reverse("account_request_login_code"), {"phone": "081234567890"}
    )
    assert response.status_code == 302
    code = re.search(r"Berdaya[^:]*: (\S+)\.", sms.outbox[-1].message).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(phone_user.pk)


def test_email_code_sign_in_works_with_redis_down(client, db, redis_down):
    user = UserFactory(username="ani", email="ani@example.com")
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    client.post(reverse("account_request_login_code"), {"email": "ani@example.com"})
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[-1].body, re.M)
    response = client.post(
        reverse("account_confirm_login_code"), {"code": code.group(1)}
    )
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_axes_keeps_locking_out_password_guessing_with_redis_down(
    client, phone_user, redis_down, settings
):
    settings.AXES_FAILURE_LIMIT = 3
    for _n in range(3):
        client.post(
            reverse("account_login"),
            {"login": "081234567890", "password": "wrong-guess-1"},
        )
    assert AccessAttempt.objects.get().failures_since_start == 3
    locked = client.post(
        reverse("account_login"), {"login": "081234567890", "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session


# --- the private-page password (closed while it cannot count) ---


def test_page_password_form_is_closed_while_the_cache_cannot_count(
    client, site_root, redis_down
):
    page = StandardPage(title="Rahasia", slug="rahasia", body="<p>Isi rahasia</p>")
    site_root.add_child(instance=page)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="benar-1"
    )
    response = client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "benar-1", "return_url": page.url},
    )
    assert response.status_code == 429
    assert "Isi rahasia" not in client.get(page.url).content.decode()


# --- health ---


def test_healthz_says_degraded_not_down_when_only_the_cache_fails(
    client, db, redis_down
):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "degraded"
    assert body["cache"] == "down"
    assert body["database"] == "ok"


class BrokenStorage(FileSystemStorage):
    def _save(self, name, content):
        raise OSError(30, "Read-only file system")


def test_healthz_reports_a_storage_that_cannot_write(client, db, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "tests.home.test_outages.BrokenStorage"},
    }
    body = json.loads(client.get("/healthz").content)
    assert body["status"] == "degraded"
    assert body["storage"] == "down"
    assert body["cache"] == "ok"


def test_healthz_reports_a_task_backlog(client, db, task_queue, settings):
    settings.TASK_BACKLOG_LIMIT = 2
    for _n in range(3):
        inquiry_seller_notify.enqueue(inquiry_id=0, inbox_url="")
    assert json.loads(client.get("/healthz").content)["tasks"] == "ok"  # fresh
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(hours=1))
    body = json.loads(client.get("/healthz").content)
    assert body["status"] == "degraded"
    assert body["tasks"] == "degraded"
    assert body["task_queue"]["waiting_too_long"] == 3
    task_queue.run()  # a worker catches up
    assert json.loads(client.get("/healthz").content)["status"] == "ok"


def test_healthz_is_down_when_the_database_is(client, monkeypatch):
    from home import views

    class Broken:
        def cursor(self):
            raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(views, "connection", Broken())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content) == {"status": "down", "database": "down"}


# --- a dropped database connection during a safe request ---


@pytest.fixture
def connection_drops_once(monkeypatch):
    """The next showcase read fails as if PostgreSQL had restarted."""
    calls = []
    real = shop_selectors.showcase_filter_choices

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError(
                "terminating connection due to administrator command"
            )
        return real()

    monkeypatch.setattr(shop_selectors, "showcase_filter_choices", flaky)
    return calls


# The retry happens only outside a transaction: these tests have none.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_get_is_run_again_once_after_a_dropped_connection(
    client, connection_drops_once
):
    response = client.get("/etalase/")
    assert response.status_code == 200
    assert len(connection_drops_once) == 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_dropped_connection_during_render_is_retried_too(client, monkeypatch):
    calls = []

    def flaky_render(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        return real_render(self, *args, **kwargs)

    real_render = Template.render
    monkeypatch.setattr(Template, "render", flaky_render)
    response = client.get("/etalase/")
    assert response.status_code == 200
    assert len(calls) >= 2


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_post_is_never_repeated_and_a_get_only_once(client, monkeypatch):
    calls = []

    def failing():
        calls.append(1)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(shop_selectors, "showcase_filter_choices", failing)
    client.raise_request_exception = False
    response = client.get("/etalase/")
    assert response.status_code == 500  # failed twice: no third try
    assert len(calls) == 2
