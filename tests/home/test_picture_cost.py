"""Showing an image already made: each filter parsed once per process, and
renditions read from the cache not written back (home.models)."""

import pytest
from django.template import Context, Template
from django.utils.functional import cached_property
from wagtail.images.models import Filter

from home import models as home_models
from home.models import BerdayaRendition

pytestmark = pytest.mark.django_db

PICTURE = Template(
    "{% load wagtailimages_tags %}"
    "{% picture image fill-{100x100,200x200} format-{webp,jpeg} sizes='50vw' alt='' %}"
)


@pytest.fixture
def parses(monkeypatch):
    """How many times a filter's operations are parsed."""
    count = {"n": 0}
    original = Filter.__dict__["operations"].func

    def operations(self):
        count["n"] += 1
        return original(self)

    prop = cached_property(operations)
    prop.__set_name__(Filter, "operations")
    monkeypatch.setattr(Filter, "operations", prop)
    home_models._filter.cache_clear()
    yield count
    home_models._filter.cache_clear()


@pytest.fixture
def cache_writes(monkeypatch):
    written = []
    backend = BerdayaRendition.cache_backend
    original = backend.set_many

    def set_many(data, *args, **kwargs):
        written.extend(data)
        return original(data, *args, **kwargs)

    monkeypatch.setattr(backend, "set_many", set_many)
    return written


def test_each_filter_is_parsed_once_and_the_picture_is_the_same(image, parses):
    first = PICTURE.render(Context({"image": image}))
    parsed = parses["n"]
    assert parsed == 4  # 2 sizes x 2 formats
    image = type(image).objects.get(pk=image.pk)  # another request's instance
    assert PICTURE.render(Context({"image": image})) == first
    assert parses["n"] == parsed
    assert first.count("<source") == 1 and 'type="image/webp"' in first


def test_renditions_from_the_cache_are_not_written_back(image, cache_writes):
    PICTURE.render(Context({"image": image}))  # made, and kept in the cache
    assert len(cache_writes) == 4
    cache_writes.clear()
    again = type(image).objects.get(pk=image.pk)
    html = PICTURE.render(Context({"image": again}))
    assert cache_writes == []
    assert html.count("<source") == 1


def test_a_new_rendition_is_still_kept_in_the_cache(image, cache_writes):
    PICTURE.render(Context({"image": image}))
    cache_writes.clear()
    bigger = Template(
        "{% load wagtailimages_tags %}{% picture image fill-300x300 alt='' %}"
    )
    bigger.render(Context({"image": type(image).objects.get(pk=image.pk)}))
    assert len(cache_writes) == 1
