"""Helpers shared by the showcase views."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse

from .. import selectors
from ..models import Brand

PAGE_SIZE = 24
PRIVATE = "private, no-store"


def _private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = PRIVATE
    return response


def _error_text(error: ValidationError) -> str:
    return " ".join(error.messages)


def _own_brand(request: HttpRequest) -> Brand:
    brand = selectors.brand_for_owner(user=request.user)
    if brand is None:
        raise Http404
    return brand
