"""Sign in with the one-time code from a sign-in card."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.http import HttpRequest

from .models import User
from .services import sign_in_code_redeem


class SignInCodeBackend(ModelBackend):
    """``authenticate(request, card_code=...)``: valid once, until it expires.

    Going through ``authenticate()`` means django-axes counts every failure.
    """

    def authenticate(
        self, request: HttpRequest | None, card_code: str | None = None, **kwargs
    ) -> User | None:
        if not card_code:
            return None
        user = sign_in_code_redeem(code=card_code)
        if user is None or not self.user_can_authenticate(user):
            return None
        return user
