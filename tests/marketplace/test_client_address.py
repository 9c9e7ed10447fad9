"""The "Ask the seller" limiter counts the client, not the proxy (home.client_ip)."""

import pytest

from marketplace import services
from marketplace.models import Inquiry

from .test_views import inquiry_data, inquiry_url

pytestmark = pytest.mark.django_db


def test_inquiry_limit_counts_each_visitor_behind_nginx_apart(
    client, settings, product
):
    settings.BERDAYA_TRUSTED_PROXIES = 1
    for _n in range(services.INQUIRY_LIMIT_PER_IP):
        response = client.post(
            inquiry_url(product), inquiry_data(), HTTP_X_FORWARDED_FOR="203.0.113.1"
        )
        assert response.status_code == 302
    blocked = client.post(
        inquiry_url(product), inquiry_data(), HTTP_X_FORWARDED_FOR="203.0.113.1"
    )
    assert blocked.status_code == 429
    # Another visitor through the same nginx is not blocked with them.
    other = client.post(
        inquiry_url(product), inquiry_data(), HTTP_X_FORWARDED_FOR="203.0.113.2"
    )
    assert other.status_code == 302
    assert Inquiry.objects.count() == services.INQUIRY_LIMIT_PER_IP + 1


def test_a_spoofed_header_does_not_escape_the_inquiry_limit(client, settings, product):
    settings.BERDAYA_TRUSTED_PROXIES = 0
    for n in range(services.INQUIRY_LIMIT_PER_IP):
        client.post(
            inquiry_url(product), inquiry_data(), HTTP_X_FORWARDED_FOR=f"1.1.1.{n}"
        )
    blocked = client.post(
        inquiry_url(product), inquiry_data(), HTTP_X_FORWARDED_FOR="1.1.1.99"
    )
    assert blocked.status_code == 429
