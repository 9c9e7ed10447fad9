"""Buyer inquiries, rate limits and replies."""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from accounts.sms import sms_send

from ..models import (
    Inquiry,
    InquiryReply,
    Product,
)
from ._common import ShowcaseError, logger

INQUIRY_LIMIT_PER_IP = 5  # per 10 minutes
INQUIRY_LIMIT_PER_PRODUCT = 30  # per hour
INQUIRY_IP_WINDOW = 10 * 60
INQUIRY_PRODUCT_WINDOW = 60 * 60


# --- Inquiries ---


def _hit(key: str, window: int) -> int:
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def inquiry_rate_limited(*, ip: str, product_id: int) -> bool:
    """Count one attempt; True when this IP or this product sent too many.

    The IP is hashed: it is never stored, not even in the cache.
    """
    ip_hash = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
    per_ip = _hit(f"inquiry:ip:{ip_hash}", INQUIRY_IP_WINDOW)
    per_product = _hit(f"inquiry:product:{product_id}", INQUIRY_PRODUCT_WINDOW)
    return per_ip > INQUIRY_LIMIT_PER_IP or per_product > INQUIRY_LIMIT_PER_PRODUCT


def _notify_seller(inquiry_id: int, inbox_url: str) -> None:
    inquiry = (
        Inquiry.objects.select_related("product", "brand__owner")
        .filter(pk=inquiry_id)
        .first()
    )
    if inquiry is None or not inquiry.brand.owner.email:
        return
    try:
        send_mail(
            subject=_("New question about %(product)s")
            % {"product": inquiry.product.name},
            message=render_to_string(
                "marketplace/email/inquiry_new.txt",
                {"inquiry": inquiry, "inbox_url": inbox_url},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[inquiry.brand.owner.email],
        )
    except Exception:
        logger.exception("Could not e-mail the seller about inquiry %s", inquiry_id)


def inquiry_create(
    *,
    product: Product,
    token,
    buyer_name: str,
    buyer_phone: str,
    buyer_email: str,
    quantity: int,
    message: str,
    inbox_url: str = "",
) -> Inquiry:
    """Store a buyer's question once (the form token makes a double click safe)
    and e-mail the seller after the commit. Only a product buyers can see
    (``Product.objects.public()``) takes questions."""
    existing = Inquiry.objects.filter(token=token).first()
    if existing is not None:
        return existing
    if not Product.objects.public().filter(pk=product.pk).exists():
        raise ShowcaseError(
            _("This product is not in the showcase now, so it cannot take questions.")
        )
    inquiry = Inquiry(
        product=product,
        brand_id=product.brand_id,
        token=token,
        buyer_name=buyer_name,
        buyer_phone=buyer_phone,
        buyer_email=buyer_email,
        quantity=quantity,
        message=message,
    )
    inquiry.full_clean(validate_unique=False)
    try:
        with transaction.atomic():
            inquiry.save()
            transaction.on_commit(lambda: _notify_seller(inquiry.pk, inbox_url))
    except IntegrityError:
        return Inquiry.objects.get(token=token)
    return inquiry


def _email_buyer(reply_id: int, product_url: str) -> None:
    reply = (
        InquiryReply.objects.select_related("inquiry__product", "inquiry__brand")
        .filter(pk=reply_id)
        .first()
    )
    if reply is None:
        return
    if not reply.inquiry.buyer_email:
        _sms_buyer(reply, product_url)
        return
    try:
        send_mail(
            subject=_("%(brand)s answered your question")
            % {"brand": reply.inquiry.brand.public_name or reply.inquiry.brand.name},
            message=render_to_string(
                "marketplace/email/inquiry_reply.txt",
                {"reply": reply, "inquiry": reply.inquiry, "product_url": product_url},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[reply.inquiry.buyer_email],
        )
    except Exception:
        logger.exception("Could not e-mail the buyer for reply %s", reply_id)
        return
    InquiryReply.objects.filter(pk=reply_id).update(emailed=True)


def _sms_buyer(reply: InquiryReply, product_url: str) -> None:
    """Buyers who left only a phone number get the answer by SMS from the
    platform's sender, so the seller's own number stays private."""
    phone = reply.inquiry.buyer_phone
    if not phone:
        return
    brand = reply.inquiry.brand.public_name or reply.inquiry.brand.name
    text = _("%(brand)s answered: %(message)s") % {
        "brand": brand,
        "message": reply.message[:300],
    }
    if product_url:
        text = f"{text} {product_url}"
    try:
        sms_send(phone=str(phone), message=text)
    except Exception:
        logger.exception("Could not send the SMS for reply %s", reply.pk)
        return
    InquiryReply.objects.filter(pk=reply.pk).update(emailed=True)


def inquiry_reply(
    *, inquiry: Inquiry, message: str, product_url: str = ""
) -> InquiryReply:
    """The seller answers; the platform e-mails the answer to the buyer, so the
    seller's own contact stays private."""
    with transaction.atomic():
        reply = InquiryReply(inquiry=inquiry, message=message)
        reply.full_clean()
        reply.save()
        inquiry.status = Inquiry.Status.REPLIED
        inquiry.save(update_fields=["status", "updated_at"])
        transaction.on_commit(lambda: _email_buyer(reply.pk, product_url))
    return reply


def inquiry_close(*, inquiry: Inquiry, closed: bool = True) -> Inquiry:
    with transaction.atomic():
        if closed:
            inquiry.status = Inquiry.Status.CLOSED
        else:
            inquiry.status = (
                Inquiry.Status.REPLIED
                if inquiry.replies.exists()
                else Inquiry.Status.NEW
            )
        inquiry.save(update_fields=["status", "updated_at"])
    return inquiry
