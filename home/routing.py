"""Serving a page without walking the page tree (see ``home.page_cache``)."""

from __future__ import annotations

import copy

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .page_cache import (
    MISSING,
    cached_by_content,
    cached_locally_by_content,
    content_cache_peek,
    content_cache_put,
)


def _site_key(request) -> str:
    return f"site:{request.get_host()}:{request.get_port()}"


def _site_for(request):
    return cached_by_content(
        _site_key(request), lambda: Site._find_for_request(request)
    )


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
SITE_ROOT_PATHS_KEY = "site-root-paths"


def _page_read(content_type_id: int, page_pk: int):
    """The live page, its locale (the page head's language) and what its
    model names in ``route_select_related`` (e.g. a course's topic), in one
    query. Kept in the worker's memory until the content changes: any save
    of a page, publishing, moving or a picture replaces the version."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    related = ("locale", *getattr(model, "route_select_related", ()))
    return (
        model._default_manager.select_related(*related)
        .filter(pk=page_pk, live=True)
        .first()
    )


class PageRouteCacheMiddleware:
    """Serve a page without walking the tree.

    Wagtail finds the page for ``/kursus/keuangan/modul-1/pelajaran-1/`` with
    two queries per level (twelve for a lesson) after looking up the site.
    Here the site and the page's id come from the cache (keyed by host,
    language and path, until the content changes) and the page is one query,
    then kept in the worker's memory until the content changes;
    Wagtail's ``serve`` view then finds the route already on the request
    (``request._wagtail_route_for_request``, its own per-request cache) and
    runs its hooks (view restrictions, ...) as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_berdaya_site_missing", False) and hasattr(
            request, "_wagtail_site"
        ):
            # A view that is not a page looked the site up (a link to a page,
            # the menus): keep it for the next one.
            content_cache_put(_site_key(request), request._wagtail_site)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method not in ("GET", "HEAD"):
            return None
        if view_func is not wagtail_serve:
            # Other views link to pages too (``pageurl``, the menus): the
            # site from the cache when it is there, never a query here (the
            # health check must answer with the database down).
            site = content_cache_peek(_site_key(request))
            if site is MISSING:
                request._berdaya_site_missing = True
            else:
                request._wagtail_site = site
            root_paths = content_cache_peek(SITE_ROOT_PATHS_KEY)
            if root_paths is not MISSING:
                request._wagtail_cached_site_root_paths = root_paths
            return None
        request._wagtail_site = _site_for(request)
        if request._wagtail_site is None:
            return None
        # Every link to a page (``pageurl``, the menus) needs the sites' root
        # paths: Wagtail keeps them in the shared cache, one round trip per
        # request; here from this worker's memory, per content version (a
        # site or a root page that changes replaces it).
        request._wagtail_cached_site_root_paths = cached_by_content(
            SITE_ROOT_PATHS_KEY, Site.get_site_root_paths
        )
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
            page = cached_locally_by_content(
                f"page:{page_pk}", lambda: _page_read(content_type_id, page_pk)
            )
            if page is not None:
                # A copy per request: what a view sets on its page stays
                # with that request.
                request._wagtail_route_for_request = RouteResult(copy.copy(page))
        return None
