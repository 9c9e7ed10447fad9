"""Settings for the bench: production's, on this machine.

DEBUG off, hashed static files served by whitenoise, the production session,
cache and template setup; but plain HTTP (no TLS redirect, no secure
cookies), local media instead of S3, and its own database: an SQLite file
``bench/bench.sqlite3`` unless ``BENCH_DATABASE_URL`` names another (for
example ``postgres://postgres@127.0.0.1:5432/berdaya_bench``). Redis is used
when ``REDIS_URL`` is set, as in production.
"""

import os
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
os.environ["DATABASE_URL"] = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}"
)
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-only-" + "x" * 50)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("SECURE_HSTS_SECONDS", "0")
os.environ.setdefault("BERDAYA_REQUIRE_ADMIN_MFA", "false")
os.environ.setdefault("BERDAYA_REQUIRE_PERSONAL_DATA_MFA", "false")
os.environ.setdefault("BERDAYA_DEMO_MODE", "true")
os.environ.setdefault("SITE_BASE_URL", "http://127.0.0.1:8765")
os.environ.setdefault("LOG_LEVEL", "WARNING")
os.environ.setdefault("LOG_FORMAT", "text")
os.environ.pop("AWS_STORAGE_BUCKET_NAME", None)
os.environ.pop("SENTRY_DSN", None)

from berdaya.settings.production import *  # noqa: E402, F403
from berdaya.settings.production import INSTALLED_APPS  # noqa: E402

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
# The bench speaks plain HTTP to gunicorn: cookies without the Secure flag.
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
LANGUAGE_COOKIE_SECURE = False
STATIC_ROOT = BENCH_DIR / "staticfiles"
MEDIA_ROOT = BENCH_DIR / "media"
PRIVATE_MEDIA_ROOT = BENCH_DIR / "private-media"
# Mail and SMS of the seed run at once; the bench sends none.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
