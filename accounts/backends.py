"""Sign in with a password (one hash per attempt) or with the one-time code
from a sign-in card."""

from __future__ import annotations

from allauth.account import app_settings
from allauth.account.adapter import get_adapter
from allauth.account.app_settings import LoginMethod
from allauth.account.auth_backends import AuthenticationBackend
from allauth.account.internal.userkit import (
    filter_users_by_email,
    get_user_by_username,
)
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.http import HttpRequest

from .models import User
from .services import sign_in_code_redeem


class OneQueryPermissions:
    """A user's permissions (her own and her groups') in one query, not two.

    Every signed-in page asks once (Wagtail's user bar checks admin access);
    Django's ``ModelBackend`` reads user and group permissions separately.
    Same rules: inactive and anonymous users have none, a superuser all, and
    the answer is kept on the user object for the request (``_perm_cache``,
    the attribute Django's backends share).
    """

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(
                    Q(user=user_obj) | Q(group__user=user_obj)
                )
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list(
                    "content_type__app_label", "codename"
                ).order_by()
            }
        return user_obj._perm_cache


class SignInCodeBackend(OneQueryPermissions, ModelBackend):
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


class PasswordBackend(OneQueryPermissions, AuthenticationBackend):
    """allauth's password sign-in (e-mail, phone or user name), costing exactly
    one password hash per attempt, whether or not the account exists.

    allauth's own backend checks the password once per way the login could
    be read (an e-mail is tried as e-mail and again as user name), and
    Django's ``ModelBackend`` hashes once more: a registered address cost
    more hashes than an unknown one, which tells the time who has an account.
    Here the login picks one candidate without hashing; the password is then
    checked on it, or on a dummy when there is none (``authenticate`` of the
    parent runs ``set_password`` when no password was checked). This backend
    replaces both in ``AUTHENTICATION_BACKENDS``; permissions still come from
    ``ModelBackend``, its base class.
    """

    def _authenticate(self, request: HttpRequest | None, **credentials) -> User | None:
        password: str = credentials.get("password") or ""
        return self._check_password(self._candidate(credentials), password)

    def _candidate(self, credentials: dict) -> User | None:
        methods = app_settings.LOGIN_METHODS
        email = credentials.get("email")
        if email and LoginMethod.EMAIL in methods:
            user = next(
                iter(
                    filter_users_by_email(email, prefer_verified=True, for_login=True)
                ),
                None,
            )
            if user is not None:
                return user
        phone = credentials.get("phone")
        if phone and LoginMethod.PHONE in methods:
            user = get_adapter().get_user_by_phone(phone)
            if user is not None:
                return user
        username = credentials.get("username")
        if not username:
            return None
        if LoginMethod.EMAIL in methods and "@" in username and not email:
            user = next(
                iter(
                    filter_users_by_email(
                        username, prefer_verified=True, for_login=True
                    )
                ),
                None,
            )
            if user is not None:
                return user
        if LoginMethod.USERNAME in methods:
            return get_user_by_username(username)
        return None
