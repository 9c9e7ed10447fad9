"""A deploy never serves HTML rendered by the code it replaced: every cached
entry's key holds a digest of the templates, modules and translations."""

import pytest

from home import page_cache


@pytest.fixture
def code_tree(settings, tmp_path, monkeypatch):
    settings.BASE_DIR = tmp_path
    monkeypatch.setattr(page_cache, "CODE_DIRECTORIES", ("templates", "home"))
    (tmp_path / "templates").mkdir()
    (tmp_path / "home").mkdir()
    (tmp_path / "templates" / "menu.html").write_text("<ul>lama</ul>")
    (tmp_path / "home" / "views.py").write_text("X = 1\n")
    page_cache.code_version.cache_clear()
    page_cache.content_version_forget()
    yield tmp_path
    page_cache.code_version.cache_clear()
    page_cache.content_version_forget()


def test_a_changed_template_changes_every_key(code_tree):
    built = []
    first = page_cache.cached_by_content("menu", lambda: built.append(1) or "lama")
    assert page_cache.cached_by_content("menu", lambda: "tidak dipakai") == first
    (code_tree / "templates" / "menu.html").write_text("<ul>baru</ul>")
    page_cache.code_version.cache_clear()  # a new process after the deploy
    assert page_cache.cached_by_content("menu", lambda: "baru") == "baru"


def test_a_changed_module_or_a_new_file_changes_it_too(code_tree):
    before = page_cache.code_version()
    (code_tree / "home" / "views.py").write_text("X = 2\n")
    page_cache.code_version.cache_clear()
    changed = page_cache.code_version()
    (code_tree / "templates" / "baru.html").write_text("<p>baru</p>")
    page_cache.code_version.cache_clear()
    assert len({before, changed, page_cache.code_version()}) == 3


def test_the_same_code_gives_the_same_version(code_tree):
    """Workers and servers with the same release share their entries."""
    before = page_cache.code_version()
    page_cache.code_version.cache_clear()
    assert page_cache.code_version() == before
