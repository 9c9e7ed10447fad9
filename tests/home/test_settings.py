import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.db import connection

from accounts.sessions import SessionStore

ROOT = Path(__file__).resolve().parents[2]


def test_indonesian_first_in_jakarta():
    assert settings.LANGUAGE_CODE == "id"
    assert [code for code, _name in settings.LANGUAGES] == ["id", "en"]
    assert settings.TIME_ZONE == "Asia/Jakarta"
    assert "django.middleware.locale.LocaleMiddleware" in settings.MIDDLEWARE


def test_custom_user_and_image_models():
    assert settings.AUTH_USER_MODEL == "accounts.User"
    assert settings.WAGTAILIMAGES_IMAGE_MODEL == "home.BerdayaImage"


def test_sessions_live_in_the_database():
    # Django's database engine, recording whose each session is (accounts.sessions).
    assert settings.SESSION_ENGINE == "accounts.sessions"
    assert issubclass(SessionStore, DatabaseStore)


def test_database_is_configured_for_concurrency(db):
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA journal_mode")
            assert cursor.fetchone()[0].lower() == "wal"
            cursor.execute("PRAGMA busy_timeout")
            assert cursor.fetchone()[0] >= 5000
        assert connection.settings_dict["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    else:
        assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True


def _run_manage(*args, env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(env_extra)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


# `check --deploy` under production settings runs once, as `make deploy-check`
# (a CI step), not again in each database's test run.


def test_production_refuses_to_start_without_a_secret_key():
    result = _run_manage(
        "check",
        env_extra={
            "DJANGO_SETTINGS_MODULE": "berdaya.settings.production",
            "DJANGO_ALLOWED_HOSTS": "berdaya.example",
        },
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
