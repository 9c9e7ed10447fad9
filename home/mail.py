"""Every mail Berdaya sends is automatic: it says so, and it names the site.

- ``automatic_headers(message)`` gives a message a ``Message-ID`` in the site's
  mail domain (``EMAIL_MESSAGE_ID_DOMAIN``, not the server's host name, which
  is ``localhost`` on most servers) and ``Auto-Submitted: auto-generated``
  (RFC 3834), so out-of-office replies are not sent back to us.
- ``AutomaticMailBackend`` applies it to every message, including those of
  libraries (Wagtail's review notices, Django's error mails), before handing
  them to the real backend (``EMAIL_DELIVERY_BACKEND``).
- ``site_identity()`` is the site's name and domain for mail text and subjects
  (allauth's ``current_site``), from settings rather than the request's host.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import make_msgid
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.base import BaseEmailBackend


@dataclass(frozen=True)
class SiteIdentity:
    name: str
    domain: str


def site_identity() -> SiteIdentity:
    return SiteIdentity(
        name=settings.WAGTAIL_SITE_NAME,
        domain=urlsplit(settings.SITE_BASE_URL).netloc,
    )


def automatic_headers(message: EmailMessage) -> EmailMessage:
    headers = message.extra_headers
    if not any(name.lower() == "message-id" for name in headers):
        headers["Message-ID"] = make_msgid(domain=settings.EMAIL_MESSAGE_ID_DOMAIN)
    if not any(name.lower() == "auto-submitted" for name in headers):
        headers["Auto-Submitted"] = "auto-generated"
    return message


class AutomaticMailBackend(BaseEmailBackend):
    """Adds the automatic headers, then sends with ``EMAIL_DELIVERY_BACKEND``."""

    def __init__(self, fail_silently: bool = False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.inner = get_connection(
            settings.EMAIL_DELIVERY_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self):
        return self.inner.open()

    def close(self):
        return self.inner.close()

    def send_messages(self, email_messages):
        return self.inner.send_messages(
            [automatic_headers(message) for message in email_messages]
        )
