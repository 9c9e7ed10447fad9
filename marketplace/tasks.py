"""Showcase notifications, sent by the task worker (``home.tasks``).

Each task gets only ids and links and reads the rest when it runs, so a task
row holds no personal data. Each message has a key (``inquiry-new:<id>``,
``inquiry-reply:<id>``): a retry or a second queueing never sends it twice.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from accounts.tasks import sms_send
from home.mail import automatic_headers
from home.models import Delivery
from home.tasks import attempt_or_retry, deliver_once
from notices.selectors import channel_enabled

from .models import Inquiry, InquiryReply


@task()
def inquiry_seller_notify(*, inquiry_id: int, inbox_url: str, attempt: int = 1) -> bool:
    """E-mail the seller about a new question (none when she has no e-mail)."""
    inquiry = (
        Inquiry.objects.select_related("product", "brand__owner")
        .filter(pk=inquiry_id)
        .first()
    )
    if inquiry is None or not channel_enabled(inquiry.brand.owner, "email"):
        return False
    owner = inquiry.brand.owner

    def send() -> None:
        with translation.override(owner.preferred_language or settings.LANGUAGE_CODE):
            automatic_headers(
                EmailMessage(
                    subject=_("New question about %(product)s")
                    % {"product": inquiry.product.name},
                    body=render_to_string(
                        "marketplace/email/inquiry_new.txt",
                        {"inquiry": inquiry, "inbox_url": inbox_url},
                    ),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    to=[owner.email],
                )
            ).send()

    return attempt_or_retry(
        inquiry_seller_notify,
        attempt=attempt,
        kwargs={"inquiry_id": inquiry_id, "inbox_url": inbox_url},
        key=f"inquiry-new:{inquiry_id}",
        work=lambda: deliver_once(
            key=f"inquiry-new:{inquiry_id}", channel=Delivery.Channel.EMAIL, send=send
        ),
    )


@task()
def inquiry_reply_deliver(*, reply_id: int, product_url: str, attempt: int = 1) -> bool:
    """Send the seller's answer to the buyer: by e-mail, or, for a buyer who
    left only a phone number, by SMS from the platform (the seller's own
    contact stays private). Marks the reply as sent."""
    reply = (
        InquiryReply.objects.select_related("inquiry__product", "inquiry__brand")
        .filter(pk=reply_id)
        .first()
    )
    if reply is None:
        return False
    inquiry = reply.inquiry
    brand = inquiry.brand.public_name or inquiry.brand.name
    if not inquiry.buyer_email:
        if not inquiry.buyer_phone:
            return False
        text = _("%(brand)s answered: %(message)s") % {
            "brand": brand,
            "message": reply.message[:300],
        }
        if product_url:
            text = f"{text} {product_url}"
        # The SMS task sends it once per key and retries on its own.
        sms_send(
            phone=str(inquiry.buyer_phone),
            message=text,
            key=f"inquiry-reply:{reply_id}",
        )
        InquiryReply.objects.filter(pk=reply_id).update(emailed=True)
        return True

    def send() -> None:
        automatic_headers(
            EmailMessage(
                subject=_("%(brand)s answered your question") % {"brand": brand},
                body=render_to_string(
                    "marketplace/email/inquiry_reply.txt",
                    {"reply": reply, "inquiry": inquiry, "product_url": product_url},
                ),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[inquiry.buyer_email],
            )
        ).send()

    sent = attempt_or_retry(
        inquiry_reply_deliver,
        attempt=attempt,
        kwargs={"reply_id": reply_id, "product_url": product_url},
        key=f"inquiry-reply:{reply_id}",
        work=lambda: deliver_once(
            key=f"inquiry-reply:{reply_id}", channel=Delivery.Channel.EMAIL, send=send
        ),
    )
    InquiryReply.objects.filter(pk=reply_id).update(emailed=True)
    return sent
