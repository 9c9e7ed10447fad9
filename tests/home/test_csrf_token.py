"""One masked CSRF token per response (home.context_processors.csrf): the
same in every form of a page, new on the next page, new after signing in."""

import re

import pytest
from django.middleware.csrf import CsrfViewMiddleware, rotate_token
from django.template import RequestContext, Template
from django.test import RequestFactory

from home.context_processors import csrf_token_once

pytestmark = pytest.mark.django_db

TWO_FORMS = Template(
    "<form>{% csrf_token %}</form><form>{% include 'components/csrf_input.html' %}"
    "</form>"
)


def _tokens(html: str) -> list[str]:
    return re.findall(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)


def _accepted(token: str, secret: str) -> bool:
    """Does Django's CSRF middleware accept a POST with this token?"""
    request = RequestFactory().post("/", {"csrfmiddlewaretoken": token})
    request.COOKIES["csrftoken"] = secret
    middleware = CsrfViewMiddleware(lambda request: None)
    return middleware.process_view(request, lambda request: None, (), {}) is None


def _request():
    request = RequestFactory().get("/")
    CsrfViewMiddleware(lambda request: None).process_request(request)
    return request


def test_every_form_of_a_page_carries_the_same_token_and_it_is_accepted():
    request = _request()
    tokens = _tokens(TWO_FORMS.render(RequestContext(request)))
    tokens += _tokens(TWO_FORMS.render(RequestContext(request)))
    assert len(tokens) == 4 and len(set(tokens)) == 1
    assert csrf_token_once(request) == tokens[0]
    assert _accepted(tokens[0], request.META["CSRF_COOKIE"])
    assert not _accepted(
        tokens[0][:-1] + ("a" if tokens[0][-1] != "a" else "b"),
        request.META["CSRF_COOKIE"],
    )


def test_each_response_masks_the_secret_anew():
    first = _request()
    one = csrf_token_once(first)
    secret = first.META["CSRF_COOKIE"]
    second = _request()
    second.META["CSRF_COOKIE"] = secret  # the same browser's next page
    two = csrf_token_once(second)
    assert one != two
    assert _accepted(one, secret) and _accepted(two, secret)


def test_a_rotated_secret_gets_a_new_token():
    request = _request()
    before = csrf_token_once(request)
    old_secret = request.META["CSRF_COOKIE"]
    rotate_token(request)  # signing in
    after = csrf_token_once(request)
    assert after != before
    assert _accepted(after, request.META["CSRF_COOKIE"])
    assert not _accepted(after, old_secret)


def test_the_token_marks_the_cookie_to_be_sent():
    request = _request()
    csrf_token_once(request)
    assert request.META.get("CSRF_COOKIE_NEEDS_UPDATE") is True
