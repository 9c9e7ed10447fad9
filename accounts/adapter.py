"""allauth adapter: Indonesian phone numbers, mail and SMS through the task
queue (never sent inside the request), language."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.fields import PhoneField
from allauth.account.internal.flows.email_verification import (
    send_verification_email_at_login,
)
from allauth.account.models import EmailAddress
from allauth.account.stages import EmailVerificationStage
from allauth.account.utils import has_verified_email
from allauth.core import context as allauth_context
from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.client_ip import client_ip
from home.mail import site_identity

from .models import User
from .phone import phone_normalise
from .sessions import user_sessions_forget
from .tasks import email_send, sms_send


class IndonesianPhoneField(PhoneField):
    """Accepts ``0812…``, ``+62 812…`` and ``62812…``; cleans to E.164."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("validators", [])
        kwargs.setdefault("label", _("Phone number"))
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "placeholder": "0812 3456 7890",
                    "autocomplete": "tel",
                    "type": "tel",
                    "inputmode": "tel",
                }
            ),
        )
        super().__init__(*args, **kwargs)

    def clean(self, value: Any) -> str:
        value = forms.CharField.clean(self, value)
        if not value:
            return value
        return phone_normalise(value)


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request: HttpRequest) -> str:
        """allauth's rate limits count per address: ours (home.client_ip)."""
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render in the request (templates, language, links), send from the
        worker: a slow or unreachable mail server never holds a sign-in."""
        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {
                "request": request,
                "email": email,
                **context,
                # The site's name and domain from settings, not the request's host.
                "current_site": site_identity(),
            },
        )
        email_send(message)

    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        """Messages may greet the person by name (``user.public_name``) and say how
        long a sign-in code works."""
        if message_template:
            message_context = {
                "user": request.user,
                # How long a sign-in code works, said plainly where it is sent.
                "code_minutes": settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT // 60,
                **(message_context or {}),
            }
        super().add_message(
            request, level, message_template, message_context, extra_tags, message
        )

    def get_password_change_redirect_url(self, request: HttpRequest) -> str:
        """After choosing her first password (a learner with a sign-in card) she
        goes to her courses, not to a form asking for her current password."""
        match = request.resolver_match
        if match is not None and match.url_name == "account_set_password":
            return resolve_url(settings.LEARNER_HOME_URL)
        return super().get_password_change_redirect_url(request)

    def phone_form_field(self, **kwargs: Any) -> forms.Field:
        return IndonesianPhoneField(**kwargs)

    def clean_phone(self, phone: str) -> str:
        return phone_normalise(phone)

    def set_phone(self, user: User, phone: str, verified: bool) -> None:
        user.phone = phone_normalise(phone)
        user.phone_verified = verified
        user.save(update_fields=["phone", "phone_verified"])

    def get_phone(self, user: User) -> tuple[str, bool] | None:
        if not user.phone:
            return None
        return str(user.phone), user.phone_verified

    def set_phone_verified(self, user: User, phone: str) -> None:
        User.objects.filter(pk=user.pk, phone=phone_normalise(phone)).update(
            phone_verified=True
        )
        user.phone_verified = True
        user_sessions_forget(user.pk)  # no post_save for update()

    def get_user_by_phone(self, phone: str) -> User | None:
        try:
            normal = phone_normalise(phone)
        except ValidationError:
            return None
        return User.objects.filter(phone=normal, is_active=True).first()

    def send_verification_code_sms(
        self, user: User, phone: str, code: str, **kwargs: Any
    ) -> None:
        message = gettext("Berdaya code: %(code)s. Do not share it with anyone.") % {
            "code": code
        }
        sms_send(phone=phone, message=message)

    def send_unknown_account_sms(self, phone: str, **kwargs: Any) -> None:
        """Nothing is sent to numbers that have no account (no SMS abuse)."""

    def send_account_already_exists_sms(self, phone: str) -> None:
        """Nothing is sent: the signup page answers the same either way."""

    def populate_username(self, request: HttpRequest, user: User) -> None:
        if not user.username:
            user.username = self.generate_unique_username(
                [user.display_name, user.email, "peserta"]
            )

    def get_login_stages(self) -> list[str]:
        return [
            "accounts.adapter.OwnEmailVerificationStage"
            if path == "allauth.account.stages.EmailVerificationStage"
            else path
            for path in super().get_login_stages()
        ]

    def post_login(self, request: HttpRequest, user: User, **kwargs: Any):
        response = super().post_login(request, user, **kwargs)
        language_apply(response, user)
        return response


def user_display(user: User) -> str:
    """How allauth names a person (messages, mail): the name she chose."""
    return user.public_name


def language_apply(response: HttpResponse, user: User) -> None:
    """Use the person's preferred language from this sign-in on."""
    if user.preferred_language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            user.preferred_language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        )


class OwnEmailVerificationStage(EmailVerificationStage):
    """E-mail verification that is mandatory for the addresses people give us.

    allauth only allows "mandatory" when every sign-up needs an e-mail address;
    many learners have none. So the setting stays "optional" and this stage
    makes it mandatory for anyone with an allauth e-mail record, including the
    sign-up of an address that already has an account (enumeration: both
    answer "check your e-mail"). Accounts without any e-mail address (created
    by centre staff, or signed up with a phone number) pass.
    """

    def handle(self):
        adapter = get_adapter(self.request)
        user = self.login.user
        if user is None:
            if not self.login.email:
                return None, True
            send_verification_email_at_login(self.request, self.login)
            return adapter.respond_email_verification_sent(self.request, None), True
        if not EmailAddress.objects.filter(user_id=user.pk).exists():
            return None, True
        if has_verified_email(user, self.login.email):
            return None, True
        send_verification_email_at_login(self.request, self.login)
        return adapter.respond_email_verification_sent(self.request, user), True
