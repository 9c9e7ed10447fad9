"""One client address for every limiter, believing only our own proxies."""

import pytest
from axes.models import AccessAttempt
from django.core.exceptions import NON_FIELD_ERRORS
from django.test import RequestFactory
from django.urls import reverse

from home.client_ip import client_ip
from tests.factories import UserFactory

NGINX = "127.0.0.1"


def request_from(remote: str = NGINX, forwarded: str | None = None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_a_forwarded_header_is_ignored(settings):
    settings.BERDAYA_TRUSTED_PROXIES = 0
    request = request_from("198.51.100.4", forwarded="203.0.113.9")
    assert client_ip(request) == "198.51.100.4"


def test_behind_nginx_the_address_nginx_saw_is_used_and_a_spoofed_one_is_not(
    settings,
):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    # The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended its address.
    request = request_from(forwarded="1.2.3.4, 203.0.113.9")
    assert client_ip(request) == "203.0.113.9"


def test_behind_a_load_balancer_and_nginx_the_second_from_the_right_is_used(
    settings,
):
    settings.BERDAYA_TRUSTED_PROXIES = 2
    request = request_from(forwarded="1.2.3.4, 203.0.113.9, 10.0.0.5")
    assert client_ip(request) == "203.0.113.9"


def test_a_request_that_skipped_a_proxy_uses_the_leftmost_entry(settings):
    settings.BERDAYA_TRUSTED_PROXIES = 2
    assert client_ip(request_from(forwarded="203.0.113.9")) == "203.0.113.9"


def test_no_header_or_garbage_falls_back_to_the_connection(settings):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    assert client_ip(request_from("198.51.100.4")) == "198.51.100.4"
    assert client_ip(request_from("198.51.100.4", forwarded="")) == "198.51.100.4"
    garbage = request_from("198.51.100.4", forwarded="1.2.3.4, <script>")
    assert client_ip(garbage) == "198.51.100.4"


def test_addresses_with_ports_and_ipv6_are_normalised(settings):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    assert client_ip(request_from(forwarded="203.0.113.9:51234")) == "203.0.113.9"
    assert client_ip(request_from(forwarded="[2001:DB8::1]:443")) == "2001:db8::1"
    assert client_ip(request_from(forwarded="2001:db8::2")) == "2001:db8::2"


@pytest.mark.django_db
def test_axes_records_the_client_address_not_the_proxy(client, settings):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    UserFactory(username="kurator", is_staff=True)
    client.post(
        "/admin/login/",
        {"username": "kurator", "password": "wrong-pw"},
        HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.7",
    )
    attempt = AccessAttempt.objects.get()
    assert attempt.ip_address == "203.0.113.7"


@pytest.mark.django_db
def test_allauth_limits_each_visitor_behind_nginx_apart(client, settings):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "2/m/ip"}
    url = reverse("account_login")
    wrong = {"login": "081234567890", "password": "wrong-password"}
    for _attempt in range(2):
        client.post(url, wrong, HTTP_X_FORWARDED_FOR="203.0.113.1")
    blocked = client.post(url, wrong, HTTP_X_FORWARDED_FOR="203.0.113.1")
    assert blocked.context["form"].has_error(
        NON_FIELD_ERRORS, "too_many_login_attempts"
    )
    other = client.post(url, wrong, HTTP_X_FORWARDED_FOR="203.0.113.2")
    assert not other.context["form"].has_error(
        NON_FIELD_ERRORS, "too_many_login_attempts"
    )
