from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from . import channels


class NoticeSettingsForm(forms.Form):
    sms = forms.BooleanField(label=_("Send me an SMS"), required=False)
    email = forms.BooleanField(label=_("Send me an e-mail"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        if not channels.sms_possible(user):
            self.fields["sms"].disabled = True
            self.fields["sms"].help_text = _(
                "You can choose SMS once your phone number is checked."
            )
        if not channels.email_possible(user):
            self.fields["email"].disabled = True
            self.fields["email"].help_text = _(
                "Add an e-mail address to your account to choose e-mail."
            )
