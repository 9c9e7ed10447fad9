import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail import views as wagtail_views

from . import selectors
from .cache import cache_status, counter_get, counter_hit
from .client_ip import client_ip
from .models import HomePage
from .tasks import task_backlog

logger = logging.getLogger("berdaya.health")


def home_page_serve(request: HttpRequest, page: HomePage, *args, **kwargs):
    """The home page: what Berdaya is, live numbers and featured items."""
    context = page.get_context(request, *args, **kwargs)
    context["impact"] = selectors.impact_numbers()
    context.update(selectors.home_featured(request))
    response = TemplateResponse(request, page.get_template(request), context)
    if request.user.is_authenticated:
        # Her progress and "Continue learning" card: never in a shared cache.
        response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: each dependency on its own.

    ``status`` is ``down`` (503) when the database does not answer: nothing
    works, take this instance out. It is ``degraded`` (200) when only the
    cache, the file storage or the task queue is unwell: pages are still
    served (docs/outages.md says what each one costs), so keep the instance
    and alert someone. Otherwise ``ok`` (200).
    """
    database = _check_database()
    body: dict = {"database": database}
    if database == "ok":
        body["cache"] = cache_status()
        body["storage"] = _check_storage()
        backlog = _check_tasks()
        body["tasks"] = backlog.pop("status")
        body["task_queue"] = backlog
    if database != "ok":
        status = "down"
    elif all(body[name] == "ok" for name in ("cache", "storage", "tasks")):
        status = "ok"
    else:
        status = "degraded"
    return JsonResponse(
        {"status": status, **body}, status=503 if status == "down" else 200
    )


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.warning("Health check: database down", exc_info=True)
        return "down"
    return "ok"


def _check_storage() -> str:
    """Write and delete a tiny file where uploads go."""
    try:
        name = default_storage.save(
            f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok")
        )
        default_storage.delete(name)
    except Exception:
        logger.warning("Health check: file storage failed", exc_info=True)
        return "down"
    return "ok"


def _check_tasks() -> dict:
    try:
        return task_backlog()
    except Exception:
        logger.warning("Health check: task queue unreadable", exc_info=True)
        return {"status": "down"}


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page with the request id, so a user can quote it.

    Rendered with nothing but the id (no context processors, no database):
    whatever broke the request may break them too.
    """
    request_id = getattr(request, "request_id", "")
    try:
        html = loader.get_template("500.html").render({"request_id": request_id})
    except Exception:
        logger.exception("The 500 page itself failed")
        html = f"<h1>Server Error (500)</h1><p>{escape(request_id)}</p>"
    return HttpResponseServerError(html)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    # One public origin (SITE_BASE_URL), as in the sitemap and canonical links.
    sitemap_url = settings.SITE_BASE_URL.rstrip("/") + reverse("sitemap")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /akun/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


PAGE_PASSWORD_FAILURES = 5
PAGE_PASSWORD_WINDOW = 15 * 60


def page_password(
    request: HttpRequest, page_view_restriction_id: int, page_id: int
) -> HttpResponse:
    """Wagtail's private-page password form, with failed guesses limited.

    Wagtail accepts unlimited guesses; here five wrong passwords from one
    address for one restriction block further tries for 15 minutes. When the
    cache cannot count (Redis down) the form is closed, on purpose: this
    counter is the only guard of a shared password, and pages already
    unlocked stay open in the session (docs/outages.md).
    """
    address = client_ip(request)
    key = f"page-password:{page_view_restriction_id}:{address}"
    if request.method == "POST":
        failures = counter_get(key)
        if failures is None or failures >= PAGE_PASSWORD_FAILURES:
            return TemplateResponse(request, "429.html", status=429)
    response = wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )
    if request.method == "POST" and response.status_code != 302:
        counter_hit(key, PAGE_PASSWORD_WINDOW)
    return response


FAVICON = settings.BASE_DIR / "static" / "icons" / "favicon.ico"


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, where browsers and link previews look without asking."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
