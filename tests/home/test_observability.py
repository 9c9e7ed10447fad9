"""Request ids, structured logs without personal data, the 500 page and Sentry."""

from __future__ import annotations

import json
import logging

import pytest
import sentry_sdk
from django.urls import reverse

from home.logging import JsonFormatter, RequestContextFilter
from home.middleware import request_id_from
from home.sentry import scrub_event
from marketplace import selectors as shop_selectors
from tests.factories import UserFactory

PASSWORD = "pw-secret-123"


def test_every_response_carries_a_request_id(client, db):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert len(first) == 32
    assert first != second


def test_a_sane_incoming_request_id_is_kept_and_a_strange_one_replaced(client, db):
    kept = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a9c21-0001")
    assert kept["X-Request-ID"] == "lb-7f3a9c21-0001"
    strange = client.get("/healthz", HTTP_X_REQUEST_ID="x\nFAKE LOG LINE " + "a" * 80)
    assert strange["X-Request-ID"] != "x\nFAKE LOG LINE " + "a" * 80
    assert len(strange["X-Request-ID"]) == 32
    assert request_id_from("short") != "short"


def test_log_lines_carry_request_and_user_id_and_never_the_phone(client, db, caplog):
    user = UserFactory(
        username="sari", email="sari@example.com", phone="+6281234567890"
    )
    user.phone_verified = True
    user.save()
    with caplog.at_level(logging.INFO):
        response = client.post(
            reverse("account_login"), {"login": "081234567890", "password": PASSWORD}
        )
    assert response.status_code == 302
    request_id = response["X-Request-ID"]

    formatter = JsonFormatter()
    context = RequestContextFilter()
    lines = []
    for record in caplog.records:
        context.filter(record)
        lines.append(json.loads(formatter.format(record)))
    sign_in = next(
        line
        for line in lines
        if line["logger"] == "berdaya.request" and line["request_id"] == request_id
    )
    assert sign_in["user_id"] == user.pk
    assert sign_in["method"] == "POST"
    assert sign_in["path"] == reverse("account_login")
    assert sign_in["status"] == 302
    assert sign_in["duration_ms"] >= 0
    assert {"time", "level", "message"} <= set(sign_in)
    everything = "\n".join(json.dumps(line) for line in lines)
    for secret in ("081234567890", "6281234567890", "sari@example.com", PASSWORD):
        assert secret not in everything


def test_a_log_line_from_inside_a_view_names_its_request(client, db, caplog):
    caplog.set_level(logging.WARNING, logger="berdaya.cache")
    with caplog.at_level(logging.INFO):
        response = client.get("/healthz")
    record = next(r for r in caplog.records if r.name == "berdaya.request")
    assert record.request_id == response["X-Request-ID"]


def test_the_500_page_shows_the_request_id(client, db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(shop_selectors, "showcase_filter_choices", broken)
    client.raise_request_exception = False
    response = client.get("/etalase/", HTTP_X_REQUEST_ID="support-case-123456")
    assert response.status_code == 500
    html = response.content.decode()
    assert "support-case-123456" in html
    assert "Maaf, ada gangguan" in html
    assert response["X-Request-ID"] == "support-case-123456"


def test_sentry_is_off_without_a_dsn():
    assert not sentry_sdk.get_client().is_active()


def test_sentry_events_keep_no_personal_data():
    event = {
        "user": {"id": 7, "email": "sari@example.com", "ip_address": "10.1.2.3"},
        "request": {
            "url": "https://berdaya.id/akun/masuk/?login=081234567890",
            "method": "POST",
            "data": {"login": "081234567890", "password": PASSWORD},
            "cookies": {"sessionid": "abc"},
            "headers": {"X-Forwarded-For": "10.1.2.3"},
        },
        "breadcrumbs": {"values": [{"message": "081234567890"}]},
    }
    scrubbed = scrub_event(event, {})
    assert scrubbed["user"] == {"id": 7}
    assert scrubbed["request"] == {
        "url": "https://berdaya.id/akun/masuk/",
        "method": "POST",
    }
    assert "081234567890" not in json.dumps(scrubbed)
    assert "breadcrumbs" not in scrubbed


@pytest.mark.parametrize("dsn", ["https://public@sentry.example/1"])
def test_sentry_init_never_sends_default_pii(dsn, monkeypatch):
    from home import sentry

    captured = {}
    monkeypatch.setattr(sentry.sentry_sdk, "init", lambda **kw: captured.update(kw))
    sentry.sentry_init(dsn=dsn)
    assert captured["send_default_pii"] is False
    assert captured["include_local_variables"] is False
    assert captured["max_request_body_size"] == "never"
    assert captured["before_send"] is scrub_event
