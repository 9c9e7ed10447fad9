"""The content version and the entries built from it are also kept in each
worker's memory: a change made here shows at once, one made by another
worker within VERSION_MEMO_SECONDS, and nothing of an old version is read."""

import uuid

import pytest
from django.core.cache import cache

from home import page_cache


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(page_cache.time, "monotonic", lambda: now[0])
    return now


def test_a_kept_entry_is_read_from_memory_without_the_cache(monkeypatch):
    builds = []
    assert page_cache.cached_by_content("k", lambda: builds.append(1) or "v") == "v"
    monkeypatch.setattr(cache, "get", lambda *a, **kw: pytest.fail("asked"))
    assert page_cache.cached_by_content("k", lambda: builds.append(1) or "w") == "v"
    assert builds == [1]


def test_a_change_made_here_shows_at_once(clock):
    assert page_cache.cached_by_content("k", lambda: "old") == "old"
    page_cache.content_changed()
    assert page_cache.cached_by_content("k", lambda: "new") == "new"


def test_a_change_made_by_another_worker_shows_within_the_memo_time(clock):
    assert page_cache.cached_by_content("k", lambda: "old") == "old"
    # Another worker replaces the token in the shared cache.
    cache.set(page_cache.VERSION_KEY, uuid.uuid4().hex, None)
    assert page_cache.cached_by_content("k", lambda: "new") == "old"
    clock[0] += page_cache.VERSION_MEMO_SECONDS + 0.01
    assert page_cache.cached_by_content("k", lambda: "new") == "new"


def test_memory_holds_a_bounded_number_of_entries(monkeypatch):
    monkeypatch.setattr(page_cache, "LOCAL_ENTRIES", 3)
    for n in range(10):
        page_cache.cached_by_content(f"k{n}", lambda n=n: n)
    assert len(page_cache._local) == 3
