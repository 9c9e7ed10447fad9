"""Forms for accounts. Fields are always listed explicitly."""

from __future__ import annotations

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from allauth.account.internal.userkit import filter_users_by_email
from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from .models import User

# The longest sign-in name we accept: an e-mail address (254) fits, and so does
# django-axes' record of the attempt (255 characters); a longer value would be
# refused by PostgreSQL with an error page instead of a form error.
LOGIN_MAX_LENGTH = 254
PASSWORD_MAX_LENGTH = 4096


def max_length_set(field: forms.Field, length: int) -> None:
    """Refuse values longer than ``length`` as a form error, before anything
    else (a lookup, a hash, a database write) sees them."""
    field.max_length = length
    field.validators.append(MaxLengthValidator(length))
    field.widget.attrs["maxlength"] = str(length)


class LoginForm(AllauthLoginForm):
    """allauth's sign-in with a length limit on every field."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if "login" in self.fields:
            max_length_set(self.fields["login"], LOGIN_MAX_LENGTH)
            # One field takes a phone number, an e-mail address or a username:
            # say so, and let password managers fill it as the username.
            self.fields["login"].label = _("Phone number, e-mail or username")
            self.fields["login"].widget.attrs["autocomplete"] = "username"
            self.fields["login"].widget.attrs.pop("placeholder", None)
        if "password" in self.fields:
            max_length_set(self.fields["password"], PASSWORD_MAX_LENGTH)

    def clean(self) -> dict:
        # A field that failed (too long) never reaches authenticate().
        if {"login", "password"} & set(self.errors):
            return self.cleaned_data
        return super().clean()


class SignupForm(AllauthSignupForm):
    """allauth's sign-up plus a public display name and informed consent."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=80,
        help_text=_("Shown to others, for example on your certificate."),
    )
    consent = forms.BooleanField(
        label=_("I have read what Berdaya stores and why, and I agree."),
        required=True,
    )

    field_order = ["display_name", "phone", "email", "password1", "password2"]

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email"):
            raise forms.ValidationError(
                _("Enter a phone number or an e-mail address."),
                code="phone_or_email",
            )
        return cleaned

    def validate_unique_email(self, value: str) -> str:
        """An address that has an account gets the same answer as a new one:
        "check your e-mail" (the owner is told by mail). No enumeration."""
        if filter_users_by_email(value):
            self.account_already_exists = True
            return value
        return super().validate_unique_email(value)

    def save(self, request):
        user = super().save(request)
        user.display_name = self.cleaned_data["display_name"]
        user.preferred_language = (
            request.LANGUAGE_CODE
            if getattr(request, "LANGUAGE_CODE", "") in dict(settings.LANGUAGES)
            else "id"
        )
        user.save(update_fields=["display_name", "preferred_language"])
        return user


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["display_name", "legal_name", "preferred_language"]
        labels = {
            "display_name": _("Display name"),
            "legal_name": _("Legal name"),
            "preferred_language": _("Language"),
        }

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True


class DataSaverForm(forms.Form):
    """ "Hemat kuota": pictures in lessons wait until tapped."""

    data_saver = forms.BooleanField(
        label=_("Save data: show pictures only when I tap them"),
        required=False,
    )
    next = forms.CharField(required=False, max_length=2000, widget=forms.HiddenInput)


class CardCodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your card"),
        max_length=20,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "placeholder": "ABCDE-23456",
            }
        ),
    )


class AccountDeleteForm(forms.Form):
    confirm = forms.CharField(
        label=_("Type HAPUS to confirm"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    password = forms.CharField(
        label=_("Your password"),
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args, user: User, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        if user.has_usable_password():
            self.fields["password"].required = True
        else:
            del self.fields["password"]

    def clean_confirm(self) -> str:
        value = self.cleaned_data["confirm"].strip().upper()
        if value != "HAPUS":
            raise forms.ValidationError(_("Type HAPUS to confirm."))
        return value

    def clean_password(self) -> str:
        password = self.cleaned_data.get("password", "")
        if not self.user.check_password(password):
            raise forms.ValidationError(_("The password is not correct."))
        return password
