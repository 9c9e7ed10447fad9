from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail import views as wagtail_views

from . import selectors
from .client_ip import client_ip
from .models import HomePage


def home_page_serve(request: HttpRequest, page: HomePage, *args, **kwargs):
    """The home page: what Berdaya is, live numbers and featured items."""
    context = page.get_context(request, *args, **kwargs)
    context["impact"] = selectors.impact_numbers()
    context.update(selectors.home_featured(request))
    return TemplateResponse(request, page.get_template(request), context)


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """For load balancers: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "error", "database": "down"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
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
    address for one restriction block further tries for 15 minutes.
    """
    address = client_ip(request)
    key = f"page-password:{page_view_restriction_id}:{address}"
    if request.method == "POST" and cache.get(key, 0) >= PAGE_PASSWORD_FAILURES:
        return TemplateResponse(request, "429.html", status=429)
    response = wagtail_views.authenticate_with_password(
        request, page_view_restriction_id, page_id
    )
    if request.method == "POST" and response.status_code != 302:
        cache.add(key, 0, PAGE_PASSWORD_WINDOW)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, PAGE_PASSWORD_WINDOW)
    return response
