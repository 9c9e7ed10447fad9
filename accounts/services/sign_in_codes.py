"""Sign-in codes for learners without email."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..models import SignInCode, User

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LENGTH = 10
CODE_VALID_DAYS = 60


# --- sign-in codes ----------------------------------------------------------


def _code_normalise(code: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", (code or "").upper())


def _code_hash(code: str) -> str:
    key = f"berdaya.sign-in-code:{settings.SECRET_KEY}".encode()
    return hmac.new(key, _code_normalise(code).encode(), hashlib.sha256).hexdigest()


def code_format(code: str) -> str:
    """``ABCDE23456`` → ``ABCDE-23456`` (easier to copy by hand)."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def sign_in_code_issue(*, user: User, valid_days: int = CODE_VALID_DAYS) -> str:
    """A new one-time code for ``user``; earlier unused codes stop working."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))
    with transaction.atomic():
        SignInCode.objects.filter(user=user, used_at__isnull=True).delete()
        row = SignInCode(
            user=user,
            code_hash=_code_hash(code),
            expires_at=timezone.now() + timedelta(days=valid_days),
        )
        row.full_clean()
        row.save()
    return code_format(code)


def sign_in_code_redeem(*, code: str) -> User | None:
    """The user the code belongs to, if it is unused and unexpired; uses it up."""
    if len(_code_normalise(code)) != CODE_LENGTH:
        return None
    with transaction.atomic():
        row = (
            SignInCode.objects.select_for_update()
            .select_related("user")
            .filter(
                code_hash=_code_hash(code),
                used_at__isnull=True,
                expires_at__gt=timezone.now(),
            )
            .first()
        )
        if row is None:
            return None
        row.used_at = timezone.now()
        row.save(update_fields=["used_at"])
    return row.user


def sign_in_code_matches(*, user: User, code: str) -> bool:
    return SignInCode.objects.filter(
        user=user,
        code_hash=_code_hash(code),
        used_at__isnull=True,
        expires_at__gt=timezone.now(),
    ).exists()
