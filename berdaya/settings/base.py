"""Settings shared by every mode. The environment decides the rest (12-factor)."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "berdaya"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)
SECRET_KEY = env("DJANGO_SECRET_KEY", default="")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# Demo accounts with known passwords exist only where this is on (see seed_demo).
BERDAYA_DEMO_MODE = env.bool("BERDAYA_DEMO_MODE", default=False)
SITE_BASE_URL = env("SITE_BASE_URL", default="http://127.0.0.1:8000")

INSTALLED_APPS = [
    "home",
    "accounts",
    "business",
    "courses",
    "notices",
    "marketplace",
    "centres",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.locales",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "phonenumber_field",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First: every later middleware, view and log line sees the request id.
    "home.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.SecurityHeadersMiddleware",
    # Outside sessions, CSRF and auth: sees every cookie a response sets.
    # Public pages for anonymous visitors: Cache-Control public, compressed.
    "home.middleware.PublicPageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "accounts.sessions.SessionRefreshMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, reading the user in the session's query (accounts.sessions).
    "accounts.middleware.SessionUserAuthenticationMiddleware",
    # The site and the page for a URL from the cache (docs/caching.md).
    "home.routing.PageRouteCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.AdminMfaRequiredMiddleware",
    "accounts.middleware.PersonalDataMfaRequiredMiddleware",
    "accounts.middleware.PrivateCacheMiddleware",
    # A form sent after the idle timeout: back to its page after signing in.
    "accounts.middleware.ExpiredSessionPostMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, so that it sees every authenticate() result.
    "axes.middleware.AxesMiddleware",
    # Innermost: a safe request whose database connection dropped is run again
    # once on a fresh connection (docs/outages.md).
    "home.middleware.DatabaseRetryMiddleware",
]

ROOT_URLCONF = "berdaya.urls"
WSGI_APPLICATION = "berdaya.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                # Django's csrf processor, masking the token once per request.
                "home.context_processors.csrf",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.navigation",
                "home.context_processors.session_timing",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
# Without DATABASE_URL: an SQLite file in the project folder. WAL lets readers
# and one writer work at once; IMMEDIATE transactions take the write lock at
# BEGIN, so a busy writer waits (timeout) instead of failing with
# "database is locked" half-way through a transaction.
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
    "init_command": (
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "PRAGMA busy_timeout=20000;"
        "PRAGMA foreign_keys=ON;"
    ),
}

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        **SQLITE_OPTIONS,
        **DATABASES["default"].get("OPTIONS", {}),
    }
    # Each worker thread keeps its connection: opening the file and running
    # the PRAGMAs above on every request cost more than the request's queries.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
else:
    # A restarted PostgreSQL must not turn the next request into a 500.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------
# With REDIS_URL: Redis through home.cache.ResilientRedisCache. An unreachable
# or silent Redis costs one short timeout, then the cache steps aside for
# CACHE_OUTAGE_SECONDS (reads miss, writes are dropped) instead of making
# every call wait; each limiter decides what a missing counter means
# (docs/outages.md). Without REDIS_URL: local memory.
REDIS_URL = env("REDIS_URL", default="")
CACHE_SOCKET_TIMEOUT = env.float("CACHE_SOCKET_TIMEOUT", default=0.25)
CACHE_OUTAGE_SECONDS = env.int("CACHE_OUTAGE_SECONDS", default=10)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": CACHE_SOCKET_TIMEOUT,
                "SOCKET_TIMEOUT": CACHE_SOCKET_TIMEOUT,
                "OUTAGE_SECONDS": CACHE_OUTAGE_SECONDS,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# How long browsers and shared caches (nginx's micro-cache, a CDN) may keep a
# public page for anonymous visitors (home.middleware.PublicPageCacheMiddleware).
# Signed-in pages are never stored. Short: a product taken down disappears
# from caches within this many seconds.
BERDAYA_PUBLIC_CACHE_SECONDS = env.int("BERDAYA_PUBLIC_CACHE_SECONDS", default=300)
# How long the server keeps such a page whole, to answer the next visitor
# without cookies from the cache (home.page_cache; never longer than the line
# above; 0 turns it off). Pages are dropped at once when content or a public
# product, brand or certificate changes.
BERDAYA_PAGE_CACHE_SECONDS = env.int(
    "BERDAYA_PAGE_CACHE_SECONDS", default=BERDAYA_PUBLIC_CACHE_SECONDS
)

# Database sessions that record whose they are (accounts.sessions): deactivating
# an account deletes its sessions without decoding every live one.
SESSION_ENGINE = "accounts.sessions"
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=4 * 60 * 60)
# Idle timeout on shared phones: accounts.sessions.SessionRefreshMiddleware
# moves the expiry on when the session's last write is SESSION_REFRESH_AFTER
# old, instead of writing the session on every request.
SESSION_SAVE_EVERY_REQUEST = False
SESSION_REFRESH_AFTER = env.int("SESSION_REFRESH_AFTER", default=5 * 60)
# With Redis, a session and its user are kept in the cache this long (never past
# the session's expiry): a signed-in request then reads neither from the
# database. Every change to them leaves a tombstone at once (accounts.sessions);
# only a change made while Redis is unreachable may go unseen, for at most this
# long. 0 without Redis: a per-process cache cannot hear of a sign-out elsewhere.
BERDAYA_SESSION_CACHE_SECONDS = env.int(
    "BERDAYA_SESSION_CACHE_SECONDS", default=60 if REDIS_URL else 0
)

# --- Auth ------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # One password hash per attempt, known account or not (accounts.backends).
    "accounts.backends.PasswordBackend",
    "accounts.backends.SignInCodeBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
# "Belajar saya": where a learner lands after choosing her first password.
LEARNER_HOME_URL = "courses:dashboard"
# Private pages send visitors to allauth's sign-in page (a URL name: Wagtail
# resolves it, with the language prefix of the visitor).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# Sign in with a phone number, an e-mail address or (for accounts created by a
# centre) a username; or with a one-time code sent by SMS or e-mail.
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "accounts.forms.LoginForm",
    "signup": "accounts.forms.SignupForm",
}
ACCOUNT_LOGIN_METHODS = {"phone", "email", "username"}
# Phone or e-mail: the sign-up form requires one of the two (allauth cannot say
# "one of" in SIGNUP_FIELDS, hence account.W001 is silenced below).
ACCOUNT_SIGNUP_FIELDS = ["phone", "email", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# "optional" because many people have no e-mail address; accounts.adapter's
# verification stage makes it mandatory for every address people give us, so
# sign-up answers "check your e-mail" whether or not the address is known.
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
# A learner who switches to her SMS app and back needs more than allauth's
# 3 minutes; the code page says how long the code works (10 minutes).
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 10 * 60
# Mail subjects start with the site's name, never the request's host.
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Berdaya: "
ACCOUNT_PHONE_VERIFICATION_ENABLED = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False  # shared phones: the session ends with the browser
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "signup": "20/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "request_login_code": "20/m/ip,3/m/key",
    "verify_phone": "1/30s/key,3/m/ip",
}
SILENCED_SYSTEM_CHECKS = ["account.W001"]
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Berdaya"
# allauth names people by the name they chose, never by a generated username.
ACCOUNT_USER_DISPLAY = "accounts.adapter.user_display"
# Recovery codes are shown once, right after the authenticator is set up.
MFA_RECOVERY_CODES_SHOW_ONCE = True

# Text messages (sign-in codes). A deployment points this at its SMS gateway:
# any class with ``send(phone: str, message: str)``.
BERDAYA_SMS_SENDER = env("BERDAYA_SMS_SENDER", default="accounts.sms.ConsoleSmsSender")
# Production turns this on (settings/production.py); off in dev and the demo.
BERDAYA_REQUIRE_ADMIN_MFA = env.bool("BERDAYA_REQUIRE_ADMIN_MFA", default=False)
# Whoever holds one of these rights needs two-factor sign-in on the pages that
# show other people's personal data (accounts.middleware); the admin is covered
# by BERDAYA_REQUIRE_ADMIN_MFA. Production turns it on.
BERDAYA_REQUIRE_PERSONAL_DATA_MFA = env.bool(
    "BERDAYA_REQUIRE_PERSONAL_DATA_MFA", default=False
)
BERDAYA_PERSONAL_DATA_PERMISSIONS = [
    "accounts.view_centre_people",
    "courses.review_submission",
    "courses.teach_course",
    "marketplace.curate_showcase",
]
BERDAYA_PERSONAL_DATA_VIEWS = [
    "centres:*",  # /balai/: legal names, phone numbers, progress, cards
    "courses:review_queue",  # /belajar/tinjau/: learners' work and photos
    "courses:review_submission",
    "courses:submission_photo",
    # A certificate's re-issue page: the learner's legal name and name log.
    "courses:certificate_reissue",
    "marketplace:centre_review",  # the centre's members and their brands
]

AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=10)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Password spraying: failures from one address under any names, per cool-off
# hour (accounts.lockout). Higher than the per-name limit: a centre's learners
# often share one address.
AXES_HANDLER = "accounts.lockout.AddressLimitAxesHandler"
# Sign-in cards counted per typed code, not under one empty name per address.
AXES_USERNAME_CALLABLE = "accounts.lockout.axes_username"
BERDAYA_IP_FAILURE_LIMIT = env.int("BERDAYA_IP_FAILURE_LIMIT", default=30)
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["password", "code", "card_code", "phone", "login"]
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"

# --- Reverse proxies and client addresses (deploy/, docs/deploy.md) ----------
# How many reverse proxies of ours stand in front of gunicorn: 0 = none
# (X-Forwarded-For is ignored), 1 = nginx, 2 = a load balancer and nginx.
# home.client_ip.client_ip is the one function that reads it; every limiter
# (allauth through accounts.adapter, django-axes, our own) calls it.
BERDAYA_TRUSTED_PROXIES = env.int("BERDAYA_TRUSTED_PROXIES", default=0)
AXES_CLIENT_IP_CALLABLE = "home.client_ip.client_ip"

# --- Internationalisation ----------------------------------------------------
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
# locale_overrides first: hand-kept Indonesian for third-party strings (allauth,
# Django, Wagtail) that read awkwardly; makemessages never touches it.
LOCALE_OVERRIDES_DIR = BASE_DIR / "locale_overrides"
LOCALE_PATHS = [LOCALE_OVERRIDES_DIR, BASE_DIR / "locale"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

# --- Static and media --------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]

# --- Media: local folders, or S3-compatible object storage (deploy/) -----------
# "default" holds public media (only renditions under images/ are ever served,
# by nginx); "private" holds files with personal data (assignment photos),
# streamed by permission-checked views only. See home/object_storage.py.
MEDIA_URL = env("MEDIA_URL", default="/media/")
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "media")))
# Outside MEDIA_ROOT, so that no web server ever serves it.
PRIVATE_MEDIA_ROOT = Path(
    env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "private-media"))
)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "home.object_storage.PrivateFileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    # Both buckets on one S3-compatible service (AWS, MinIO, Garage, Ceph...).
    AWS_PRIVATE_BUCKET_NAME = env("AWS_PRIVATE_BUCKET_NAME")  # required
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
    AWS_S3_ACCESS_KEY_ID = env("AWS_S3_ACCESS_KEY_ID", default=None)
    AWS_S3_SECRET_ACCESS_KEY = env("AWS_S3_SECRET_ACCESS_KEY", default=None)
    AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE", default=None)
    STORAGES["default"] = {
        "BACKEND": "home.object_storage.PublicMediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "object_parameters": {
                "CacheControl": env(
                    "AWS_S3_PUBLIC_CACHE_CONTROL", default="public, max-age=86400"
                )
            },
        },
    }
    STORAGES["private"] = {
        "BACKEND": "home.object_storage.PrivateMediaStorage",
        "OPTIONS": {
            "bucket_name": AWS_PRIVATE_BUCKET_NAME,
            "object_parameters": {"CacheControl": "private, no-store"},
        },
    }
FILE_UPLOAD_PERMISSIONS = 0o640
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail --------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Berdaya <noreply@berdaya.id>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Every message gets a Message-ID in this domain (not the server's host name)
# and "Auto-Submitted: auto-generated" (home.mail), then goes out through the
# backend EMAIL_URL chose.
EMAIL_MESSAGE_ID_DOMAIN = env(
    "EMAIL_MESSAGE_ID_DOMAIN",
    default=DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(" >"),
)
EMAIL_DELIVERY_BACKEND = EMAIL_CONFIG["EMAIL_BACKEND"]
EMAIL_BACKEND = "home.mail.AutomaticMailBackend"
# Seconds an SMTP connection may wait; always set, so a silent mail server can
# never hold a worker (mail is sent by the task worker, not by requests).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# --- Background tasks (django-tasks) ---------------------------------------------
# "database": django-tasks-db stores each task in the database and
# `manage.py db_worker` runs it (production; deploy/ runs the worker). Mail and
# SMS leave the request and are retried with back-off (home/tasks.py).
# "immediate": tasks run inside the request, no worker needed (`make run`).
BERDAYA_TASKS = env("BERDAYA_TASKS", default="database")
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
TASKS = {"default": {"BACKEND": TASK_BACKENDS[BERDAYA_TASKS]}}
# /healthz reports "degraded" when more ready tasks than this wait longer than
# TASK_BACKLOG_AGE seconds (no worker running, or one that cannot keep up).
TASK_BACKLOG_LIMIT = env.int("TASK_BACKLOG_LIMIT", default=100)
TASK_BACKLOG_AGE = env.int("TASK_BACKLOG_AGE", default=300)

# --- Wagtail -----------------------------------------------------------------
WAGTAIL_SITE_NAME = "Berdaya"
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILIMAGES_IMAGE_MODEL = "home.BerdayaImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.CleanedImageForm"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp3", "m4a", "ogg", "mp4", "webm", "docx", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# A file that a published page links is replaced through the page (home.documents).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.documents.DocumentForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No third-party requests, not even in the admin: Gravatar would receive a hash
# of every editor's e-mail address (the e2e journeys check every request).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Publishing only through review: an approval publishes without the approver
# holding the publish permission, which reviewers do not (courses.CourseReviewTask
# refuses approving one's own change).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflows.publish_approved"
# E-mail addresses change only through allauth's verified flow (/akun/email/),
# never in the admin's account settings, where any address would be accepted.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# --- Logging -------------------------------------------------------------------
# One line per record with time, level, request id and user id (never a phone,
# name or e-mail address); one line per request with path, status and duration
# (logger "berdaya.request"). LOG_FORMAT=json in production, readable text in
# development.
LOG_FORMAT = env("LOG_FORMAT", default="text")
LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request": {"()": "home.logging.RequestContextFilter"}},
    "formatters": {
        "text": {
            "format": "%(asctime)s %(levelname)s %(name)s "
            "[%(request_id)s user=%(user_id)s] %(message)s"
        },
        "json": {"()": "home.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request"],
            "formatter": LOG_FORMAT,
        }
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "berdaya": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False},
        "django_tasks": {
            "handlers": ["console"],
            "level": "WARNING",
            "propagate": False,
        },
        "django_tasks_db": {
            "handlers": ["console"],
            "level": "INFO",
            "propagate": False,
        },
        # Django logs every 4xx/5xx with the path; our request log does that.
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
        },
        # axes would log the username (often a phone number or e-mail) of
        # every failed attempt: warnings only.
        "axes": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# --- Error reports (Sentry) -------------------------------------------------------
# Off unless SENTRY_DSN is set. Never sends personal data: no user details,
# cookies, request bodies or local variables (home/sentry.py).
SENTRY_DSN = env("SENTRY_DSN", default="")
SENTRY_ENVIRONMENT = env("SENTRY_ENVIRONMENT", default="production")
SENTRY_TRACES_SAMPLE_RATE = env.float("SENTRY_TRACES_SAMPLE_RATE", default=0.0)
