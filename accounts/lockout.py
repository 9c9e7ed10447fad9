"""Sign-in lockouts (django-axes): per person and address, and per address.

django-axes locks a user name tried from one address after ``AXES_FAILURE_LIMIT``
failures. Spraying one password over many user names from one address never
reaches that limit, so the address as a whole has a second, higher limit,
``BERDAYA_IP_FAILURE_LIMIT`` (the learners of a centre often share one address,
and one learner's typos must not lock out the others). Both are counted over
``AXES_COOLOFF_TIME`` on every sign-in surface, since axes counts every
``authenticate()``: allauth, the Wagtail and Django admin logins, sign-in cards.

axes has a single limit for all its lockout parameters; listing ``ip_address``
among them would lock a centre after a few typos, and a successful sign-in
would reset the address's count. Hence this handler.

Sign-in cards carry no user name. axes would count every wrong card code from
an address under one empty name, so about ten typos at a centre (one shared
address) locked card sign-in there for everyone for an hour: ``axes_username``
names each typed code by a keyed hash instead, and the per-address limit
still holds for cards.
"""

from __future__ import annotations

import hashlib
import hmac

from axes.attempts import get_cool_off_threshold
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest


def failures_from_address(request: HttpRequest) -> int:
    """Failed sign-ins from the request's address, under any name, recently."""
    attempts = AccessAttempt.objects.filter(ip_address=request.axes_ip_address)
    if settings.AXES_COOLOFF_TIME is not None:
        attempts = attempts.filter(attempt_time__gte=get_cool_off_threshold(request))
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class AddressLimitAxesHandler(AxesDatabaseHandler):
    """axes' database handler, plus the per-address limit."""

    def get_failures(self, request, credentials: dict | None = None) -> int:
        failures = super().get_failures(request, credentials)
        limit = settings.BERDAYA_IP_FAILURE_LIMIT
        if limit and failures_from_address(request) >= limit:
            # Report "at the limit": axes then locks, whatever the name.
            return max(failures, get_failure_limit(request, credentials))
        return failures


def axes_username(request: HttpRequest, credentials: dict | None = None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: the name axes counts failures under.

    The user name (allauth passes the typed login as ``username`` too, so
    e-mail and phone sign-ins count per login), as axes does by default; for a
    sign-in card, ``kartu:`` and a keyed hash of the typed code (never the
    code itself)."""
    if credentials:
        username = credentials.get("username")
        if username:
            return username
        card_code = credentials.get("card_code")
        if card_code:
            key = f"berdaya.axes-card:{settings.SECRET_KEY}".encode()
            typed = "".join(ch for ch in str(card_code).upper() if ch.isalnum())
            digest = hmac.new(key, typed.encode(), hashlib.sha256).hexdigest()
            return f"kartu:{digest[:24]}"
        return None
    return getattr(request, "data", request.POST).get("username")
