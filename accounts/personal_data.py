"""What accounts stores about a person: export and erase (``home.personal_data``).

This handler runs last. It removes the sign-in records (e-mail addresses,
authenticators, sign-in codes, sessions, django-axes records under any of the
person's login names, the Wagtail admin profile and its avatar) and turns the
user row into an inactive, anonymised stub. The stub stays because editorial
history (revisions, audit logs, workflow steps, comments) and other people's
records (reviews, approvals) point at it.
"""

from __future__ import annotations

import uuid
from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.admin.models import EditingSession, FormState
from wagtail.models import (
    APIToken,
    Comment,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Revision,
)
from wagtail.users.models import UserProfile

from home.personal_data import (
    ExportFile,
    PersonalDataExport,
    export_file,
    file_delete_on_commit,
)

from .models import SignInCode, User, UserSession
from .services.users import ANONYMOUS_NAME, user_sessions_end

MODELS = (
    "accounts.User",
    "accounts.SignInCode",
    "accounts.UserSession",
    "account.EmailAddress",
    "mfa.Authenticator",
    "sessions.Session",
    "axes.AccessAttempt",
    "axes.AccessLog",
    "axes.AccessFailureLog",
    "wagtailusers.UserProfile",
    "wagtailadmin.EditingSession",
    "wagtailadmin.FormState",
    "wagtailcore.PageSubscription",
    "wagtailcore.APIToken",
)
_EDITORIAL = (
    "Editorial history of the programme's content: it stays, pointing at the "
    "anonymised account (shown as a deleted user, without name or contact)."
)
KEPT = {
    "accounts.User": (
        "The row stays as an inactive, anonymised stub (random username, no name, "
        "e-mail, phone, centre, cohort, groups or password) because editorial "
        "history and other people's records point at it."
    ),
    "admin.LogEntry": _EDITORIAL,
    "wagtailcore.PageLogEntry": _EDITORIAL,
    "wagtailcore.ModelLogEntry": _EDITORIAL,
    "wagtailcore.Revision": _EDITORIAL,
    "wagtailcore.WorkflowState": _EDITORIAL,
    "wagtailcore.TaskState": _EDITORIAL,
    "wagtailcore.Comment": _EDITORIAL,
    "wagtailcore.CommentReply": _EDITORIAL,
    "wagtailcore.Page": (
        "Pages the person created keep her as owner (the anonymised stub); pages "
        "she had locked are unlocked."
    ),
}


def login_names(user: User) -> set[str]:
    """Every name the person could have typed to sign in (django-axes keeps
    them): username, e-mail addresses and the ways to write the phone number."""
    names = {user.username, user.email}
    names.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
    if user.phone:
        names.add(str(user.phone))
    if user.phone and user.phone.is_valid():
        national = str(user.phone.national_number)
        names.update(
            {
                user.phone.as_e164.lstrip("+"),
                user.phone.as_national,
                f"0{national}",
                national,
            }
        )
    return {name for name in names if name}


def _axes_filter(user: User) -> Q:
    query = Q(pk__in=[])
    for name in login_names(user):
        query |= Q(username__iexact=name)
    return query


def _sign_in_history(user: User) -> dict[str, list[dict[str, Any]]]:
    names = _axes_filter(user)
    return {
        "sign_ins": [
            {
                "signed_in_at": row.attempt_time,
                "signed_out_at": row.logout_time,
                "ip_address": row.ip_address,
                "browser": row.user_agent,
            }
            for row in AccessLog.objects.filter(names).order_by("attempt_time")
        ],
        "failed_sign_ins": [
            {
                "tried_at": row.attempt_time,
                "ip_address": row.ip_address,
                "browser": row.user_agent,
                "locked_out": row.locked_out,
            }
            for row in AccessFailureLog.objects.filter(names).order_by("attempt_time")
        ],
        "failed_sign_in_counters": [
            {
                "last_try_at": row.attempt_time,
                "failures": row.failures_since_start,
                "ip_address": row.ip_address,
            }
            for row in AccessAttempt.objects.filter(names).order_by("attempt_time")
        ],
    }


def export_personal_data(user: User) -> PersonalDataExport:
    user = User.objects.select_related("centre", "cohort").get(pk=user.pk)
    files: list[ExportFile] = []
    admin_profile = None
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None:
        avatar = ""
        if profile.avatar:
            exported = export_file("accounts", profile.avatar)
            files.append(exported)
            avatar = exported.path
        admin_profile = {
            "avatar": avatar,
            "admin_language": profile.preferred_language,
            "time_zone": profile.current_time_zone,
        }
    records = {
        "profile": {
            "username": user.username,
            "display_name": user.display_name,
            "legal_name": user.legal_name,
            "email": user.email,
            "phone": str(user.phone or ""),
            "phone_verified": user.phone_verified,
            "preferred_language": user.preferred_language,
            "data_saver": user.data_saver,
            "centre": user.centre.name if user.centre_id else None,
            "cohort": user.cohort.name if user.cohort_id else None,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
        },
        "email_addresses": [
            {"email": row.email, "verified": row.verified, "primary": row.primary}
            for row in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        # Type and dates only: never the secrets in ``data``.
        "two_step_sign_in": [
            {
                "type": str(row.get_type_display()),
                "created_at": row.created_at,
                "last_used_at": row.last_used_at,
            }
            for row in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "sign_in_cards": [
            {
                "created_at": row.created_at,
                "expires_at": row.expires_at,
                "used_at": row.used_at,
            }
            for row in SignInCode.objects.filter(user=user).order_by("created_at")
        ],
        **_sign_in_history(user),
        # When each signed-in browser's session ends: never its contents.
        "sessions": [
            {"expires_at": row.expire_date}
            for row in UserSession.objects.filter(user=user).order_by("expire_date")
        ],
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "admin_profile": admin_profile,
        "editorial_history": {
            "page_revisions": Revision.objects.filter(user=user).count(),
            "page_actions": PageLogEntry.objects.filter(user=user).count(),
            "other_admin_actions": ModelLogEntry.objects.filter(user=user).count()
            + LogEntry.objects.filter(user=user).count(),
            "comments": Comment.objects.filter(user=user).count(),
        },
    }
    return PersonalDataExport(records=records, files=files)


def _user_anonymise(user: User) -> None:
    user.groups.clear()
    user.user_permissions.clear()
    user.username = f"dihapus-{uuid.uuid4().hex[:12]}"
    user.display_name = ""
    user.legal_name = ""
    user.first_name = ""
    user.last_name = ""
    user.email = ""
    user.phone = None
    user.phone_verified = False
    user.data_saver = False
    user.centre = None
    user.cohort = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.anonymised_at = timezone.now()
    user.set_unusable_password()
    user.save()


def erase_personal_data(user: User) -> None:
    with transaction.atomic():
        AccessAttempt.objects.filter(_axes_filter(user)).delete()
        AccessLog.objects.filter(_axes_filter(user)).delete()
        AccessFailureLog.objects.filter(_axes_filter(user)).delete()
        EmailAddress.objects.filter(user=user).delete()
        Authenticator.objects.filter(user=user).delete()
        SignInCode.objects.filter(user=user).delete()
        for profile in UserProfile.objects.filter(user=user):
            if profile.avatar:
                file_delete_on_commit(profile.avatar.storage, profile.avatar.name)
            profile.delete()
        EditingSession.objects.filter(user=user).delete()
        FormState.objects.filter(user=user).delete()
        PageSubscription.objects.filter(user=user).delete()
        APIToken.objects.filter(user=user).delete()
        Page.objects.filter(locked_by=user).update(
            locked=False, locked_by=None, locked_at=None
        )
        # Audit entries *about* the account show its name: replace it.
        user_type = ContentType.objects.get_for_model(User)
        LogEntry.objects.filter(content_type=user_type, object_id=str(user.pk)).update(
            object_repr=ANONYMOUS_NAME
        )
        ModelLogEntry.objects.filter(
            content_type=user_type, object_id=str(user.pk)
        ).update(label=ANONYMOUS_NAME)
        _user_anonymise(user)
        user_sessions_end(user=user)
