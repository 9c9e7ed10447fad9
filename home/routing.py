"""Serving a page without walking the page tree (see ``home.page_cache``)."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .page_cache import cached_by_content


def _site_for(request):
    key = f"site:{request.get_host()}:{request.get_port()}"
    return cached_by_content(key, lambda: Site._find_for_request(request))


def _route_build(request, path: str):
    """Wagtail's own route, as (content type id, page id), or None (a 404).

    Only a plain route is kept: a page answered with no extra arguments by
    Wagtail's default ``Page.route`` (not a routable page).
    """
    result = Page.route_for_request(request, path)
    if result is None:
        return None
    page, args, kwargs = result
    if args or kwargs or type(page).route is not Page.route:
        return _NOT_CACHED
    return (page.content_type_id, page.pk)


_NOT_CACHED = "not-cached"


class PageRouteCacheMiddleware:
    """Serve a page without walking the tree.

    Wagtail finds the page for ``/kursus/keuangan/modul-1/pelajaran-1/`` with
    two queries per level (twelve for a lesson) after looking up the site.
    Here the site and the page's id come from the cache (keyed by host,
    language and path, until the content changes) and the page is one query;
    Wagtail's ``serve`` view then finds the route already on the request
    (``request._wagtail_route_for_request``, its own per-request cache) and
    runs its hooks (view restrictions, ...) as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD"):
            return None
        # Every page, not only Wagtail's: links to pages (``pageurl``, the
        # menus) ask Wagtail for the site, a query each time otherwise.
        request._wagtail_site = _site_for(request)
        if view_func is not wagtail_serve or request._wagtail_site is None:
            return None
        # Wagtail's URL pattern passes the path positionally.
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        key = f"route:{request.get_host()}:{get_language()}:{path}"
        route = cached_by_content(key, lambda: _route_build(request, path))
        if route is None:
            request._wagtail_route_for_request = None
        elif route != _NOT_CACHED and not hasattr(
            request, "_wagtail_route_for_request"
        ):
            content_type_id, page_pk = route
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            # The locale (the page head's language) and what the page model
            # names in ``route_select_related`` (e.g. a course's topic) come
            # in the same query.
            related = ("locale", *getattr(model, "route_select_related", ()))
            page = (
                model._default_manager.select_related(*related)
                .filter(pk=page_pk, live=True)
                .first()
            )
            if page is not None:
                request._wagtail_route_for_request = RouteResult(page)
        return None
