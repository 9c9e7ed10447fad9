"""Sessions keep a 4-hour idle timeout without a write on every request."""

import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import UserSession
from accounts.sessions import REFRESHED_KEY

pytestmark = pytest.mark.django_db


def session_writes(client, url) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as ctx:
        status = client.get(url).status_code
    writes = [
        q["sql"]
        for q in ctx.captured_queries
        if "accounts_usersession" in q["sql"]
        and q["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    return status, len(writes)


def stored_session(client) -> UserSession:
    return UserSession.objects.get(session_key=client.cookies["sessionid"].value)


def age_session(client, seconds: int) -> None:
    """Pretend the session was last written ``seconds`` ago."""
    session = client.session
    session[REFRESHED_KEY] = int(time.time()) - seconds
    session.save()
    UserSession.objects.filter(session_key=session.session_key).update(
        expire_date=timezone.now()
        + timedelta(seconds=settings.SESSION_COOKIE_AGE - seconds)
    )


def test_settings_do_not_save_every_request():
    assert settings.SESSION_SAVE_EVERY_REQUEST is False
    assert 0 < settings.SESSION_REFRESH_AFTER < settings.SESSION_COOKIE_AGE


def test_a_fresh_session_is_not_written_again(learner_client):
    url = reverse("courses:dashboard")
    learner_client.get(url)  # the first request after sign-in stamps it
    assert REFRESHED_KEY in learner_client.session
    expiry = stored_session(learner_client).expire_date
    for _ in range(3):
        assert session_writes(learner_client, url) == (200, 0)
    assert stored_session(learner_client).expire_date == expiry


def test_a_session_near_expiry_is_extended(learner_client):
    url = reverse("courses:dashboard")
    age_session(learner_client, settings.SESSION_REFRESH_AFTER + 60)
    before = stored_session(learner_client).expire_date
    status, writes = session_writes(learner_client, url)
    assert (status, writes) == (200, 1)
    after = stored_session(learner_client).expire_date
    assert after > before
    expected = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE)
    assert abs((after - expected).total_seconds()) < 30
    # Written once: the next request leaves it alone again.
    assert session_writes(learner_client, url) == (200, 0)


def test_idle_past_the_timeout_is_signed_out(learner_client):
    url = reverse("courses:dashboard")
    learner_client.get(url)
    UserSession.objects.filter(
        session_key=learner_client.cookies["sessionid"].value
    ).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = learner_client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_active_within_the_timeout_stays_signed_in(learner_client):
    """Used 3 h 50 min after the last write (inside the 4 h window): still in."""
    url = reverse("courses:dashboard")
    age_session(learner_client, settings.SESSION_COOKIE_AGE - 10 * 60)
    assert session_writes(learner_client, url) == (200, 1)
