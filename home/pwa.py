"""The installable app: web app manifest, service worker and offline page
(docs/offline.md). Nothing here reads or writes personal data."""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.staticfiles import finders
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

THEME_COLOUR = "#0b6e4f"  # --green in static/css/main.css
BACKGROUND_COLOUR = "#fffdf8"  # --paper
ICONS = [
    ("icons/icon-192.png", "192x192", "any"),
    ("icons/icon-512.png", "512x512", "any"),
    ("icons/icon-maskable-512.png", "512x512", "maskable"),
]
# Stored by the service worker at install, so that any saved page and the
# offline page have their style and scripts without a signal.
SHELL_STATIC = [
    "css/main.css",
    "js/offline.js",
    "js/offline-course.js",
    "js/practice.js",
    *(path for path, _size, _purpose in ICONS),
]


@require_GET
def web_manifest(request: HttpRequest) -> JsonResponse:
    """The web app manifest: name, icons and colours of the installed app."""
    with translation.override(settings.LANGUAGE_CODE):
        manifest = {
            "id": "/",
            "name": "Berdaya",
            "short_name": "Berdaya",
            "description": _("Learn business, open your own brand."),
            "lang": settings.LANGUAGE_CODE,
            "start_url": "/",
            "scope": "/",
            "display": "standalone",
            "orientation": "portrait",
            "theme_color": THEME_COLOUR,
            "background_color": BACKGROUND_COLOUR,
            "icons": [
                {"src": static(path), "sizes": size, "type": "image/png", "purpose": p}
                for path, size, p in ICONS
            ],
        }
    response = JsonResponse(manifest, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=3600"
    return response


def offline_pages() -> dict[str, str]:
    """The offline page of each language, by URL prefix ("" is the default)."""
    pages = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            prefix = "" if code == settings.LANGUAGE_CODE else code
            pages[prefix] = reverse("offline_page")
    return pages


def _shell_version(source: str, files: list[str]) -> str:
    """Changes whenever the worker or a file of its shell changes."""
    digest = hashlib.sha256(source.encode())
    for path in SHELL_STATIC:
        found = finders.find(path)
        if found:
            with open(found, "rb") as handle:
                digest.update(handle.read())
    digest.update("\n".join(files).encode())
    return digest.hexdigest()[:12]


@require_GET
def service_worker(request: HttpRequest) -> HttpResponse:
    """``/sw.js`` at the site root, so that its scope is the whole site."""
    pages = offline_pages()
    files = [*pages.values(), reverse("web_manifest"), *map(static, SHELL_STATIC)]
    context = {
        "shell_files": json.dumps(files),
        "offline_pages": json.dumps(pages),
    }
    template = loader.get_template("home/sw.js")
    source = template.render({**context, "version": ""})
    context["version"] = _shell_version(source, files)
    response = HttpResponse(
        template.render(context), content_type="text/javascript; charset=utf-8"
    )
    response["Service-Worker-Allowed"] = "/"
    # Browsers look for a new worker at least daily; no-cache makes that check
    # reach the server every time.
    response["Cache-Control"] = "no-cache"
    return response


@require_GET
def offline_page(request: HttpRequest) -> HttpResponse:
    """What the service worker shows for a page not saved on the phone. It is
    stored on the phone for anyone who uses it, so it shows nobody's data."""
    request.user = AnonymousUser()
    response = TemplateResponse(
        request, "home/offline.html", {"offline_shell": True, "messages": []}
    )
    response["Cache-Control"] = "no-cache"
    return response
