"""Forms say what they take, let the browser fill them, and put errors where
she is looking."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from accounts.forms import LoginForm
from marketplace.forms import InquiryForm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_sign_in_field_is_named_for_what_it_takes(client):
    html = client.get(reverse("account_login")).content.decode()
    field = re.search(r'<input[^>]*name="login"[^>]*>', html).group(0)
    assert 'autocomplete="username"' in field
    assert 'type="email"' not in field
    with translation.override("id"):
        assert str(LoginForm().fields["login"].label) == gettext(
            "Phone number, e-mail or username"
        )
    # The "forgot" link is a touch target of its own (static/css/main.css).
    assert 'class="help-link"' in html


def test_inquiry_name_and_email_can_be_filled_by_the_browser():
    form = InquiryForm()
    assert form.fields["buyer_name"].widget.attrs["autocomplete"] == "name"
    assert form.fields["buyer_email"].widget.attrs["autocomplete"] == "email"
    assert form.fields["buyer_phone"].widget.attrs["autocomplete"] == "tel"


def test_sign_up_errors_are_summarised_at_the_top_with_links(client):
    response = client.post(reverse("account_signup"), {"display_name": ""})
    html = response.content.decode()
    summary = html.index('class="error-summary"')
    form = html.index('class="account-form"')
    first_field = html.index('name="display_name"')
    assert form < summary < first_field
    assert 'href="#id_display_name"' in html
    assert re.search(r'<input[^>]*name="display_name"[^>]*aria-invalid="true"', html)


def test_the_sign_in_code_page_says_how_long_the_code_works(client, sms_outbox):
    user = UserFactory(username="ani", email="", phone="+6281234567890")
    user.phone_verified = True
    user.save()
    response = client.post(
        reverse("account_request_login_code"), {"phone": "081234567890"}, follow=True
    )
    minutes = settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT // 60
    assert minutes == 10
    text = " ".join(str(m) for m in response.context["messages"])
    assert f" {minutes} " in text
