"""The one rule for "which address is this request from".

Every limiter counts per client address: allauth (``accounts.adapter``),
django-axes (``AXES_CLIENT_IP_CALLABLE``), the private-page password form and
the "Ask the seller" limiter. Behind reverse proxies ``REMOTE_ADDR`` is the
nearest proxy, the same for every visitor; the client's address is in
``X-Forwarded-For``, where each proxy appends the address it received the
request from. Anyone can send that header, so only the entries added by our
own proxies are believed: ``BERDAYA_TRUSTED_PROXIES`` says how many there are
(0 = none: the header is ignored; 1 = nginx on the same machine; 2 = a load
balancer or CDN in front of nginx).
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def _address(value: str) -> str | None:
    """``value`` as a normalised IP address, or None when it is not one."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "203.0.113.7:51234"
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's IP address, believing only our own proxies.

    With ``n`` trusted proxies, the client is the ``n``-th address of
    ``X-Forwarded-For`` counted from the right (the nearest proxy added the
    last one). Entries further left were written by the client and are
    ignored. When the header holds fewer entries than expected (a request that
    skipped a proxy), the leftmost one is used: our proxies added all of them.
    Anything that is not an IP address falls back to ``REMOTE_ADDR``.
    """
    meta = getattr(request, "META", {})
    remote = _address(meta.get("REMOTE_ADDR", "")) or ""
    trusted = settings.BERDAYA_TRUSTED_PROXIES
    if trusted <= 0:
        return remote
    header = meta.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [entry for entry in header.split(",") if entry.strip()]
    if not forwarded:
        return remote
    chosen = forwarded[max(len(forwarded) - trusted, 0)]
    return _address(chosen) or remote
