"""Production: hardening only. SECRET_KEY and ALLOWED_HOSTS must come from the env."""

from home.sentry import sentry_init

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # fails loudly when missing
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")
BERDAYA_DEMO_MODE = env.bool("BERDAYA_DEMO_MODE", default=False)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"

# Curators and administrators must have two-factor sign-in for the admin.
BERDAYA_REQUIRE_ADMIN_MFA = env.bool("BERDAYA_REQUIRE_ADMIN_MFA", default=True)

# --- Logs and error reports --------------------------------------------------
# JSON lines for the log collector, unless LOG_FORMAT says otherwise.
LOG_FORMAT = env("LOG_FORMAT", default="json")
LOGGING["handlers"]["console"]["formatter"] = LOG_FORMAT  # noqa: F405
if SENTRY_DSN:  # noqa: F405
    sentry_init(
        dsn=SENTRY_DSN,  # noqa: F405
        environment=SENTRY_ENVIRONMENT,  # noqa: F405
        traces_sample_rate=SENTRY_TRACES_SAMPLE_RATE,  # noqa: F405
    )
