import logging
import re
import time
import uuid
from collections.abc import Callable

import brotli
import sentry_sdk
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

from . import page_cache
from .logging import request_context_reset, request_context_set, request_context_update

CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class SecurityHeadersMiddleware:
    """Content-Security-Policy for the public site (no inline scripts).

    The Wagtail admin ships its own inline scripts and is excluded.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if not request.path.startswith(("/admin/", "/django-admin/")):
            response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Permissions-Policy", "geolocation=(), camera=()")
        return response


# --- Cache headers and compression of public pages ---------------------------

PUBLIC_CACHE_EXCLUDED = ("/admin/", "/django-admin/", "/healthz")
# A request carrying one of these is never answered from the page cache.
PAGE_CACHE_BYPASS_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
COMPRESSIBLE_TYPES = (
    "text/html",
    "text/plain",
    "text/xml",
    "application/xml",
    "application/json",
)
MIN_COMPRESS_BYTES = 200
ACCEPT_ENCODING = _lazy_re_compile(r"(?:^|,)\s*([a-z*]+)\s*(?:;\s*q=([0-9.]+))?")


def accepted_encodings(header: str) -> set[str]:
    """The content codings a client accepts (q=0 means refused)."""
    accepted = set()
    for name, quality in ACCEPT_ENCODING.findall(header.lower()):
        try:
            if quality and float(quality) == 0:
                continue
        except ValueError:
            continue
        accepted.add(name)
    return accepted


class PublicPageCacheMiddleware:
    """What shared caches may keep, and compression where it is safe.

    A safe request of a visitor who is not signed in, answered 200 without
    setting a cookie and without a ``Cache-Control`` of its own, is the same
    for everyone: ``Cache-Control: public, max-age=BERDAYA_PUBLIC_CACHE_SECONDS``
    and ``Vary: Cookie`` (a signed-in visitor gets another page). Everything
    else that said nothing is ``private, no-store``: signed-in pages, and any
    response that sets a cookie (a form's CSRF cookie).

    Only those public responses are compressed here (brotli or gzip): they
    hold no secret (no CSRF token, no personal data), so BREACH has nothing
    to find. Accept-Language is dropped from Vary on them: the language is
    in the path (``/en/...``), never taken from the header.

    The server keeps each such page whole (``home.page_cache``), as sent, and
    answers the next GET of the URL without a session or messages cookie
    from there: no session, no view, no query (``X-Page-Cache: hit``). A page
    tree, product, brand, picture or certificate change drops every kept
    page at once; otherwise a page lives ``BERDAYA_PAGE_CACHE_SECONDS``.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = self._page_key(request)
        if key is not None:
            kept = page_cache.page_get(key)
            if kept is not None:
                kept["X-Page-Cache"] = "hit"
                for event, data in kept.page_cache_events:
                    page_cache.page_served_from_cache.send(
                        sender=event, request=request, data=data
                    )
                return kept
        response = self.get_response(request)
        if request.path.startswith(PUBLIC_CACHE_EXCLUDED):
            return response
        if response.has_header("Cache-Control"):
            return response
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if (
            request.method not in ("GET", "HEAD")
            or signed_in
            or response.cookies
            or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        ):
            if signed_in or response.cookies or response.status_code == 200:
                response.headers["Cache-Control"] = "private, no-store"
            return response
        if response.status_code != 200:
            return response
        response.headers["Cache-Control"] = (
            f"public, max-age={settings.BERDAYA_PUBLIC_CACHE_SECONDS}"
        )
        if response.has_header("Vary"):
            kept = [
                value.strip()
                for value in response["Vary"].split(",")
                if value.strip().lower() != "accept-language"
            ]
            del response["Vary"]
            if kept:
                response["Vary"] = ", ".join(kept)
        patch_vary_headers(response, ("Cookie",))
        self._compress(request, response)
        if key is not None and page_cache.page_set(key, response, self._page_seconds()):
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _page_seconds() -> int:
        return min(
            settings.BERDAYA_PAGE_CACHE_SECONDS, settings.BERDAYA_PUBLIC_CACHE_SECONDS
        )

    def _page_key(self, request: HttpRequest) -> str | None:
        """Where this request's public page is kept, or ``None`` when it may
        not be served from (or kept in) the server's page cache: only a GET
        without a session or messages cookie (whatever such a cookie holds
        may change the page), outside the admin."""
        if (
            request.method != "GET"
            or self._page_seconds() <= 0
            or request.path.startswith(PUBLIC_CACHE_EXCLUDED)
            or any(name in request.COOKIES for name in PAGE_CACHE_BYPASS_COOKIES)
        ):
            return None
        return page_cache.page_key(
            scheme=request.scheme,
            host=request.META.get("HTTP_HOST", ""),
            full_path=request.get_full_path(),
            coding=self._coding(request),
        )

    @staticmethod
    def _coding(request: HttpRequest) -> str:
        accepted = accepted_encodings(request.headers.get("Accept-Encoding", ""))
        if "br" in accepted:
            return "br"
        if "gzip" in accepted:
            return "gzip"
        return "identity"

    @staticmethod
    def _compress(request: HttpRequest, response: HttpResponse) -> None:
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if (
            response.streaming
            or content_type not in COMPRESSIBLE_TYPES
            or response.has_header("Content-Encoding")
            or len(response.content) < MIN_COMPRESS_BYTES
        ):
            return
        patch_vary_headers(response, ("Accept-Encoding",))
        coding = PublicPageCacheMiddleware._coding(request)
        if coding == "br":
            compressed = brotli.compress(response.content, quality=5)
        elif coding == "gzip":
            compressed = compress_string(response.content)
        else:
            return
        if len(compressed) >= len(response.content):
            return
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = coding
        if response.has_header("ETag"):
            response["ETag"] = response["ETag"].removesuffix('"') + f'-{coding}"'


# --- Request id and the request log line ------------------------------------------

REQUEST_ID_HEADER = "X-Request-ID"
# An id a proxy or a client sends is kept only when it looks like one: letters,
# digits, dot, dash, underscore and colon, 8 to 64 of them. Anything else (a
# header used to inject text into logs) is replaced by our own.
REQUEST_ID_PATTERN = re.compile(r"[A-Za-z0-9._:-]{8,64}")
request_logger = logging.getLogger("berdaya.request")


def request_id_from(value: str) -> str:
    """The incoming id when it is sane, otherwise a new random one."""
    if value and REQUEST_ID_PATTERN.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """Gives every request an id, puts it in the response header
    ``X-Request-ID``, on every log line of the request and on the error page,
    and writes one log line per request: method, path (without the query
    string), status, duration in milliseconds and the user's id."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.monotonic()
        request.request_id = request_id_from(request.headers.get(REQUEST_ID_HEADER, ""))
        token = request_context_set(request_id=request.request_id, user_id=None)
        try:
            response = self.get_response(request)
            self._user_note(request)
            response.headers[REQUEST_ID_HEADER] = request.request_id
            duration_ms = round((time.monotonic() - started) * 1000, 1)
            request_logger.log(
                logging.WARNING if response.status_code >= 500 else logging.INFO,
                "%s %s %s %sms",
                request.method,
                request.path,
                response.status_code,
                duration_ms,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "duration_ms": duration_ms,
                },
            )
            return response
        finally:
            request_context_reset(token)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        self._user_note(request)

    @staticmethod
    def _user_note(request: HttpRequest) -> None:
        """The signed-in user's id, once authentication has run (id only)."""
        user = getattr(request, "user", None)
        user_id = user.pk if user is not None and user.is_authenticated else None
        request_context_update(user_id=user_id)
        sentry_sdk.set_tag("request_id", request.request_id)


# --- One retry for a safe request whose database connection dropped --------------

SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
db_logger = logging.getLogger("berdaya.db")


class DatabaseRetryMiddleware:
    """Runs a safe request (GET, HEAD, OPTIONS) once more on a fresh database
    connection when the first try failed with a connection error.

    ``CONN_HEALTH_CHECKS`` catches a connection that died while idle; this
    catches one that dies during the request (a PostgreSQL restart or
    failover, a proxy that cut it). A safe request changes nothing, so running
    its view again is harmless; a POST is never repeated (the user sees the
    error page and decides). Only outside a transaction, and only once.
    Errors are caught where the view runs (``process_exception``) and where
    a template response evaluates its lazy querysets
    (``process_template_response``, which renders it here).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception):
        if not self._may_retry(request, exception):
            return None
        return self._retry(request, exception)

    def process_template_response(self, request: HttpRequest, response):
        if request.method not in SAFE_METHODS:
            return response
        try:
            return response.render()
        except (OperationalError, InterfaceError) as error:
            if not self._may_retry(request, error):
                raise
            return self._retry(request, error)

    @staticmethod
    def _may_retry(request: HttpRequest, error: Exception) -> bool:
        return (
            isinstance(error, OperationalError | InterfaceError)
            and request.method in SAFE_METHODS
            and not getattr(request, "_db_retried", False)
            and not any(conn.in_atomic_block for conn in connections.all())
            and getattr(request, "resolver_match", None) is not None
        )

    @staticmethod
    def _retry(request: HttpRequest, error: Exception) -> HttpResponse:
        request._db_retried = True
        db_logger.warning(
            "Database connection failed (%s); running %s %s once more",
            type(error).__name__,
            request.method,
            request.path,
        )
        for conn in connections.all(initialized_only=True):
            try:
                conn.close()
            except DatabaseError:
                conn.connection = None
        view, args, kwargs = request.resolver_match
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        return response
