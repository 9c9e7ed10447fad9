"""Shared page mixins."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from django.http import HttpRequest, HttpResponse


class ServedByView:
    """A page whose ``serve()`` is a view function its app wires in ``ready()``.

    Page models hold data; the view (which reads through selectors and may
    redirect, gate or render a fragment) lives with the app's other views. The
    model never imports the view: ``AppConfig.ready()`` sets ``serve_view`` on
    the page class, the way ``urls.py`` wires a path to a view. Without a view
    the page is served as any Wagtail page.
    """

    serve_view: ClassVar[Callable[..., HttpResponse] | None] = None

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        view = type(self).serve_view
        if view is None:
            return super().serve(request, *args, **kwargs)
        return view(request, self, *args, **kwargs)
