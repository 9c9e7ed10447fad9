"""Reads for the public home page and the site menus: no personal data.

``home`` is the base app and imports no domain app. What the home page and the
menus show from learning or the showcase comes through Wagtail hooks that each
domain app registers in its ``wagtail_hooks.py``:

- ``berdaya_impact_numbers``: ``fn() -> dict[str, int]``, counts for the home page;
- ``berdaya_home_featured``: ``fn(request) -> dict``, template context for the
  home page (featured courses, newest products, the signed-in learner's
  "Continue learning" card);
- ``berdaya_site_navigation``: ``fn(request, root_page) -> dict``, menu links
  (``menu_courses_url``, ``menu_shop_url``), the same for everyone (cached);
- ``berdaya_user_navigation``: ``fn(request) -> dict``, menu entries of the
  signed-in user (the notices bell, the staff link), asked per request;
- ``berdaya_user_cache_keys``: ``fn(user) -> list[str]``, the cache entries
  those read, fetched for all apps in one round trip (``home.cache``).
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import HttpRequest
from django.utils.translation import get_language
from wagtail import hooks
from wagtail.models import Site

from .models import StandardPage
from .page_cache import cached_by_content

IMPACT_CACHE_KEY = "home:impact-numbers"
IMPACT_CACHE_SECONDS = 60

HOOK_IMPACT_NUMBERS = "berdaya_impact_numbers"
HOOK_HOME_FEATURED = "berdaya_home_featured"
HOOK_SITE_NAVIGATION = "berdaya_site_navigation"
# Menu entries that depend on who is signed in (a bell count, staff links):
# asked on every request, never cached. Each hook takes the request.
HOOK_USER_NAVIGATION = "berdaya_user_navigation"


def impact_numbers() -> dict[str, int]:
    """Live counts shown on the home page (cached for a minute)."""
    cached = cache.get(IMPACT_CACHE_KEY)
    if cached is not None:
        return cached
    numbers = {
        "learners": get_user_model()
        .objects.filter(is_active=True, is_staff=False, is_superuser=False)
        .count()
    }
    for contribute in hooks.get_hooks(HOOK_IMPACT_NUMBERS):
        numbers.update(contribute())
    cache.set(IMPACT_CACHE_KEY, numbers, IMPACT_CACHE_SECONDS)
    return numbers


def home_featured(request: HttpRequest) -> dict[str, Any]:
    """What the domain apps feature on the home page."""
    context: dict[str, Any] = {}
    for contribute in hooks.get_hooks(HOOK_HOME_FEATURED):
        context.update(contribute(request))
    return context


def site_navigation(request: HttpRequest) -> dict[str, Any]:
    """Header menu and footer links for the site serving ``request``.

    The same for everyone on a host in a language, so cached until the
    content changes (``home.page_cache``): no query on a warm page. A
    ``berdaya_site_navigation`` hook must therefore not depend on the user;
    what does (``berdaya_user_navigation``) is asked per signed-in request.
    """
    key = f"navigation:{request.get_host()}:{get_language()}"
    navigation = dict(cached_by_content(key, lambda: _site_navigation(request)))
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        for contribute in hooks.get_hooks(HOOK_USER_NAVIGATION):
            navigation.update(contribute(request))
    return navigation


def _site_navigation(request: HttpRequest) -> dict[str, Any]:
    site = Site.find_for_request(request)
    root = site.root_page if site is not None else None
    navigation: dict[str, Any] = {"footer_pages": []}
    if root is not None:
        navigation["footer_pages"] = [
            {"title": page.title, "url": page.get_url(request)}
            for page in StandardPage.objects.child_of(root).live().public().in_menu()
        ]
    for contribute in hooks.get_hooks(HOOK_SITE_NAVIGATION):
        navigation.update(contribute(request, root))
    return navigation
