"""Sign in with a password (one hash per attempt) or with the one-time code
from a sign-in card."""

from __future__ import annotations

import uuid

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
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest

from home.cache import user_values

from .models import User
from .services import sign_in_code_redeem
from .sessions import SessionUserBackendMixin

PERMISSIONS_VERSION_KEY = "accounts:permissions-version"
PERMISSIONS_SECONDS = 60 * 60


def permissions_changed() -> None:
    """Forget every cached permission set (a group, a permission or someone's
    groups changed): now, and again when the transaction commits."""

    def replace() -> None:
        cache.set(PERMISSIONS_VERSION_KEY, uuid.uuid4().hex, None)

    replace()
    transaction.on_commit(replace)


def permissions_cache_keys(user_obj) -> list[str]:
    """The version and ``user_obj``'s entry, read together in one round trip
    (``home.cache.user_values``; the menu fetches them with its own)."""
    return [
        PERMISSIONS_VERSION_KEY,
        f"accounts:permissions:{user_obj.pk}:{user_obj.is_superuser:d}",
    ]


def _permissions_cached(user_obj) -> frozenset[str]:
    """The set from the cache when it was stored under the current version,
    else read from the database and stored with that version."""
    version_key, key = permissions_cache_keys(user_obj)
    found = user_values(user_obj, [version_key, key])
    version, entry = found.get(version_key), found.get(key)
    if version is not None and entry is not None and entry[0] == version:
        return entry[1]
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(version_key, version, None):
            version = cache.get(version_key)
    permissions = OneQueryPermissions._permissions_read(user_obj)
    if version:  # else the cache does not answer
        cache.set(key, (version, permissions), PERMISSIONS_SECONDS)
    return permissions


class OneQueryPermissions:
    """A user's permissions (her own and her groups') in one query, not two,
    and that query only when they changed.

    Every signed-in page asks once (Wagtail's user bar checks admin access);
    Django's ``ModelBackend`` reads user and group permissions separately.
    The set is kept in the cache with the version that any change of groups,
    permissions or group membership replaces (``permissions_changed``,
    connected in ``accounts/apps.py``). Same rules: inactive and anonymous
    users have none, a superuser all, and the answer is kept on the user
    object for the request (``_perm_cache``, the attribute Django's backends
    share).
    """

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = set(_permissions_cached(user_obj))
        return user_obj._perm_cache

    @staticmethod
    def _permissions_read(user_obj) -> frozenset[str]:
        permissions = Permission.objects.all()
        if not user_obj.is_superuser:
            permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
        return frozenset(
            f"{app_label}.{codename}"
            for app_label, codename in permissions.values_list(
                "content_type__app_label", "codename"
            ).order_by()
        )


class SignInCodeBackend(SessionUserBackendMixin, OneQueryPermissions, ModelBackend):
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


class PasswordBackend(
    SessionUserBackendMixin, OneQueryPermissions, AuthenticationBackend
):
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
