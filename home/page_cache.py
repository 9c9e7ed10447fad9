"""Caches of published content, and their one invalidation.

Everything cached from the page tree (the menus, course outlines, the route
from a URL to a page, page view restrictions) is keyed by one *content
version*: a token in the cache that changes whenever pages change. Wagtail's
``page_published``, ``page_unpublished`` and ``post_page_move`` signals, and
any save or delete of a page, a site, a locale or a page view restriction,
replace the token (now, and again when the transaction commits, so a request
that read the old rows in between does not keep them). Old entries are never
read again and expire on their own.

Every key also holds the *code version* (``code_version``): a digest of the
templates, modules and translations that render the entries, so a deploy
never serves HTML rendered by the code it replaced.

One token for the whole tree is deliberate: editors publish rarely next to
how often pages are read, and a per-page key would have to know every place a
page's title or URL shows (a lesson title appears in its course's outline, the
next/previous links, the learner dashboard).

With the cache down (``home.cache``) every read misses and the pages are built
from the database, as before.
"""

from __future__ import annotations

import hashlib
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import django
import wagtail
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver
from django.http import HttpResponse
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "pages:content-version"
# Entries keyed by an old version are garbage: let them go within a day.
ENTRY_SECONDS = 24 * 60 * 60

T = TypeVar("T")
_MISSING = object()
MISSING = _MISSING


# The token is read several times per request (routes, outlines, menus, the
# lesson body): each worker keeps what it read for this long instead of asking
# the cache each time. A change made by another worker is seen within it; one
# made here at once.
VERSION_MEMO_SECONDS = 1.0
_memo: tuple[str, float] | None = None


def content_version() -> str:
    """The current token (a new one if the cache has none)."""
    global _memo
    now = time.monotonic()
    memo = _memo
    if memo is not None and now - memo[1] < VERSION_MEMO_SECONDS:
        return memo[0]
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, None):
            version = cache.get(VERSION_KEY) or version
    _memo = (version, now)
    return version


@lru_cache(maxsize=1)
def code_version() -> str:
    """What the code that renders cached entries looks like: the project's
    templates, Python modules and compiled translations, the static files'
    manifest, Django's and Wagtail's versions. A deploy that changes any of
    them changes every key, so no entry rendered by the old code (a lesson
    body, a product card, a page shell, a whole page) is served by the new.
    Read once per process."""
    digest = hashlib.sha256(f"{django.__version__}:{wagtail.__version__}".encode())
    base = Path(settings.BASE_DIR)
    patterns = ("*.py", "*.html", "*.mo", "*.txt")
    roots = [base / name for name in CODE_DIRECTORIES]
    manifest = Path(getattr(settings, "STATIC_ROOT", "") or "") / "staticfiles.json"
    files = sorted(
        path
        for root in roots
        if root.is_dir()
        for pattern in patterns
        for path in root.rglob(pattern)
        if "migrations" not in path.parts
    )
    if manifest.is_file():
        files.append(manifest)
    for path in files:
        digest.update(
            str(path.relative_to(base) if path.is_relative_to(base) else path).encode()
        )
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# Where the code that renders cached HTML lives (``code_version``).
CODE_DIRECTORIES = (
    "berdaya",
    "home",
    "accounts",
    "business",
    "centres",
    "courses",
    "marketplace",
    "notices",
    "templates",
    "locale",
    "locale_overrides",
)


def content_namespace() -> str:
    """The content and the code version, in every key of this module."""
    return f"{content_version()}.{code_version()}"


def content_version_forget() -> None:
    """Ask the cache again on the next read, and forget what this worker
    kept in memory (tests, after clearing the cache)."""
    global _memo
    _memo = None
    with _local_lock:
        _local.clear()


def content_changed() -> None:
    """Forget everything cached from the page tree."""
    global _memo
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, None)
    _memo = (version, time.monotonic())


def _changed_now_and_on_commit() -> None:
    content_changed()
    transaction.on_commit(content_changed)


def content_changed_receiver(sender, **kwargs) -> None:
    """A signal receiver for other apps' rows shown in cached content."""
    _changed_now_and_on_commit()


# What this worker read lately, by full key (version included): an entry
# never changes for its version, so it can be kept in memory as well, without
# asking the cache and unpickling it again. Callers treat values as read-only.
LOCAL_ENTRIES = 512
_local: OrderedDict[str, object] = OrderedDict()
_local_lock = threading.Lock()


def _local_get(full_key: str):
    with _local_lock:
        value = _local.get(full_key, _MISSING)
        if value is not _MISSING:
            _local.move_to_end(full_key)
        return value


def _local_put(full_key: str, value) -> None:
    with _local_lock:
        _local[full_key] = value
        _local.move_to_end(full_key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def cached_by_content(key: str, build: Callable[[], T]) -> T:
    """``build()``, cached under ``key`` until the content changes."""
    full_key = f"pages:{content_namespace()}:{key}"
    value = _local_get(full_key)
    if value is not _MISSING:
        return value
    value = cache.get(full_key, _MISSING)
    if value is _MISSING:
        value = build()
        cache.set(full_key, value, ENTRY_SECONDS)
    _local_put(full_key, value)
    return value


def cached_locally_by_content(key: str, build: Callable[[], T]) -> T:
    """``build()``, kept in this worker's memory only (not in the shared
    cache: objects too large or too costly to pickle on every miss) until the
    content changes."""
    full_key = f"pages:{content_namespace()}:local:{key}"
    value = _local_get(full_key)
    if value is _MISSING:
        value = build()
        _local_put(full_key, value)
    return value


def content_cache_peek(key: str):
    """What ``cached_by_content`` keeps under ``key``, or ``MISSING``;
    never builds it."""
    full_key = f"pages:{content_namespace()}:{key}"
    value = _local_get(full_key)
    if value is _MISSING:
        value = cache.get(full_key, MISSING)
        if value is not MISSING:
            _local_put(full_key, value)
    return value


def content_cache_put(key: str, value) -> None:
    """Keep ``value`` under ``key`` until the content changes."""
    full_key = f"pages:{content_namespace()}:{key}"
    cache.set(full_key, value, ENTRY_SECONDS)
    _local_put(full_key, value)


def _tree_row_changed(sender, raw: bool = False, **kwargs):
    _changed_now_and_on_commit()


def signals_connect() -> None:
    """Watch saves and deletes of pages (every page model), sites, locales
    and view restrictions. Connected per model (from ``HomeConfig.ready()``,
    once every page model exists), not for every sender: a delete receiver
    for all models would make Django load each row before deleting it."""
    for model in {Page, *get_page_models(), Site, Locale, PageViewRestriction}:
        post_save.connect(_tree_row_changed, sender=model, dispatch_uid=f"pc-{model}")
        post_delete.connect(
            _tree_row_changed, sender=model, dispatch_uid=f"pc-del-{model}"
        )
    # Pictures are rendered into cached lesson bodies and kept pages: a
    # changed or deleted picture drops them (its old renditions are gone).
    image_model = get_image_model()
    post_save.connect(_tree_row_changed, sender=image_model, dispatch_uid="pc-img")
    post_delete.connect(
        _tree_row_changed, sender=image_model, dispatch_uid="pc-del-img"
    )


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_event(sender, **kwargs):
    _changed_now_and_on_commit()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def _restriction_groups_changed(sender, **kwargs):
    _changed_now_and_on_commit()


# --- View restrictions from the cache ---------------------------------------


def _restriction_table() -> dict:
    restrictions: dict[str, list[PageViewRestriction]] = {}
    for restriction in PageViewRestriction.objects.select_related(
        "page"
    ).prefetch_related("groups"):
        restrictions.setdefault(restriction.page.path, []).append(restriction)
    return {
        "has_aliases": Page.objects.filter(alias_of__isnull=False).exists(),
        "by_path": restrictions,
    }


class CachedViewRestrictions:
    """A page whose view restrictions (its own and its ancestors') come from
    one cached table instead of two queries per request. With aliases in the
    tree (which take their source's restrictions) Wagtail's own lookup runs."""

    def get_view_restrictions(self):
        table = cached_by_content("view-restrictions", _restriction_table)
        if table["has_aliases"]:
            return super().get_view_restrictions()
        return [
            restriction
            for path, found in table["by_path"].items()
            if self.path.startswith(path)
            for restriction in found
        ]


# --- Whole public pages ------------------------------------------------------
#
# A page that ``home.middleware.PublicPageCacheMiddleware`` marks public (an
# anonymous GET answered 200, no cookie set, no CSRF token, no personal data)
# is the same for every visitor without cookies: the middleware keeps it, as
# sent (compressed), under the URL and the two versions below, and answers
# the next such visitor from the cache without running the view (no session,
# no query). It is kept no longer than shared caches may keep it
# (``BERDAYA_PAGE_CACHE_SECONDS``, at most ``BERDAYA_PUBLIC_CACHE_SECONDS``).
#
# Two versions invalidate it: the content version (the page tree, above) and
# the *public data version*, which the apps replace when a row shown on public
# pages changes (a product, a brand, a certificate: ``public_data_changed``).
# The public data version is apart from the content version so that a seller's
# edit does not throw away the course outlines and routes.

PUBLIC_DATA_VERSION_KEY = "pages:public-data-version"
# Larger pages are built each time rather than kept.
PAGE_MAX_BYTES = 512 * 1024

page_served_from_cache = Signal()
"""Sent for each event a kept page carries (``page_cache_event``) when it is
served from the cache: ``sender`` is the event's name, ``data`` its keywords,
``request`` the request. Lets an app count what a cached page would have
counted (a product view) without the view running."""


def page_cache_event(response, event: str, **data) -> None:
    """Ask for ``page_served_from_cache`` with ``event`` and ``data`` each time
    this response is served from the cache (the view ran for this one)."""
    events = getattr(response, "page_cache_events", [])
    response.page_cache_events = [*events, (event, data)]


def public_data_changed() -> None:
    """Forget the kept public pages (a row they show changed)."""
    cache.set(PUBLIC_DATA_VERSION_KEY, uuid.uuid4().hex, None)


def public_data_changed_receiver(sender, **kwargs) -> None:
    """A ``post_save``/``post_delete`` receiver for rows shown on public pages:
    now, and again on commit (a request that read the old rows in between
    must not keep its page)."""
    public_data_changed()
    transaction.on_commit(public_data_changed)


def _page_versions() -> tuple[str, str] | None:
    content = content_namespace()
    public = cache.get(PUBLIC_DATA_VERSION_KEY)
    if public is None:
        public = uuid.uuid4().hex
        if not cache.add(PUBLIC_DATA_VERSION_KEY, public, None):
            public = cache.get(PUBLIC_DATA_VERSION_KEY)
    if not public:  # the cache does not answer: keep nothing
        return None
    return content, public


def page_key(*, scheme: str, host: str, full_path: str, coding: str) -> str | None:
    """The cache key of a public page as sent with ``coding``; ``None`` when
    the cache cannot be used now."""
    versions = _page_versions()
    if versions is None:
        return None
    url = hashlib.sha256(f"{scheme}://{host}{full_path}".encode()).hexdigest()
    return f"page:{versions[0]}:{versions[1]}:{coding}:{url}"


def page_get(key: str) -> HttpResponse | None:
    """The kept response under ``key``, rebuilt, or ``None``."""
    stored = cache.get(key)
    if not stored:
        return None
    status, headers, content, events = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response.page_cache_events = events
    return response


def page_set(key: str, response: HttpResponse, seconds: int) -> bool:
    """Keep ``response`` (a public 200 page, already compressed)."""
    if response.streaming or len(response.content) > PAGE_MAX_BYTES:
        return False
    headers = [
        (name, value)
        for name, value in response.items()
        if name.lower() not in ("set-cookie", "x-page-cache")
    ]
    events = list(getattr(response, "page_cache_events", []))
    cache.set(key, (response.status_code, headers, response.content, events), seconds)
    return True


def cached_fragments(
    prefix: str, builders: dict[str, Callable[[], str]]
) -> dict[str, str]:
    """HTML fragments shown on public pages (product cards), each cached under
    ``prefix`` and its key until the content or the public data changes;
    read and written with one cache call each. ``builders`` maps a key to a
    function that renders the fragment."""
    versions = _page_versions()
    if versions is None:
        return {key: build() for key, build in builders.items()}
    full = {
        f"fragment:{versions[0]}:{versions[1]}:{prefix}:{key}": key for key in builders
    }
    found = cache.get_many(list(full))
    result, missing = {}, {}
    for full_key, key in full.items():
        if full_key in found:
            result[key] = found[full_key]
        else:
            result[key] = missing[full_key] = builders[key]()
    if missing:
        cache.set_many(missing, ENTRY_SECONDS)
    return result
