"""Learner accounts that a centre creates (no e-mail, maybe no phone)."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.text import slugify

from ..models import Cohort, User


def _username_for(display_name: str) -> str:
    base = slugify(display_name).replace("-", "")[:20] or "peserta"
    while True:
        candidate = f"{base}{secrets.randbelow(9000) + 1000}"
        if not User.objects.filter(username=candidate).exists():
            return candidate


def learner_create(
    *, cohort: Cohort, display_name: str, legal_name: str, phone: str = ""
) -> User:
    """A learner of ``cohort`` with no password yet (a sign-in card follows)."""
    user = User(
        username=_username_for(display_name),
        display_name=display_name,
        legal_name=legal_name,
        phone=phone or None,
        centre=cohort.centre,
        cohort=cohort,
    )
    user.set_unusable_password()
    with transaction.atomic():
        user.full_clean()
        user.save()
    return user
