"""Buyer inquiries, rate limits and replies."""

from __future__ import annotations

import hashlib
import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from home.cache import counter_hit
from home.services import submission_once
from home.tasks import enqueue_after_commit
from notices.models import Notice
from notices.services import notify

from ..models import (
    Inquiry,
    InquiryRefusal,
    InquiryReply,
    Product,
)
from ..tasks import inquiry_reply_deliver, inquiry_seller_notify
from ._common import ShowcaseError, logger

INQUIRY_LIMIT_PER_IP = 5  # attempts per 10 minutes, any product
INQUIRY_LIMIT_PER_IP_PRODUCT = 5  # attempts per hour, one product
INQUIRY_LIMIT_PER_PRODUCT = 30  # accepted questions per hour
INQUIRY_IP_WINDOW = 10 * 60
INQUIRY_PRODUCT_WINDOW = 60 * 60
INQUIRY_REFUSALS_SHOWN = timedelta(hours=24)


# --- Inquiries ---


def inquiry_rate_limited(*, ip: str, product_id: int) -> bool:
    """Count one attempt from ``ip``; True when it must be refused.

    Three limits (docs/outages.md):

    - per IP, any product: attempts, refused ones included, so whoever hammers
      only slows themselves down;
    - per IP and product: attempts too, so one address cannot fill a
      product's hourly quota on its own;
    - per product: questions *stored* in the last hour, counted in the
      database. A refused attempt is never stored, so it never counts: one
      address cannot silence a product for buyers elsewhere.

    The IP is hashed: it is never stored, not even in the cache. When the cache
    cannot count (Redis down), both per-IP limits are open (a buyer's question
    is worth more than a few spam messages meanwhile; the honeypot still
    applies). Each refusal adds one to the product's hourly
    ``InquiryRefusal`` counter (no buyer data), which the seller sees.
    """
    ip_hash = hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()[:32]
    per_ip = counter_hit(f"inquiry:ip:{ip_hash}", INQUIRY_IP_WINDOW)
    per_ip_product = counter_hit(
        f"inquiry:ip-product:{ip_hash}:{product_id}", INQUIRY_PRODUCT_WINDOW
    )
    if per_ip is None or per_ip_product is None:
        logger.warning("Inquiry limiter without cache: per-IP limits open")
    since = timezone.now() - timedelta(seconds=INQUIRY_PRODUCT_WINDOW)
    per_product = Inquiry.objects.filter(
        product_id=product_id, created_at__gte=since
    ).count()
    refused = (
        (per_ip or 0) > INQUIRY_LIMIT_PER_IP
        or (per_ip_product or 0) > INQUIRY_LIMIT_PER_IP_PRODUCT
        or per_product >= INQUIRY_LIMIT_PER_PRODUCT
    )
    if refused:
        _refusal_record(product_id=product_id)
    return refused


def _refusal_record(*, product_id: int) -> None:
    """One more refused attempt for this product in this hour."""
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    rows = InquiryRefusal.objects.filter(product_id=product_id, hour=hour)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            InquiryRefusal.objects.create(product_id=product_id, hour=hour, count=1)
    except IntegrityError:
        rows.update(count=F("count") + 1)


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
    and queue the seller's e-mail with it (``marketplace.tasks``): the
    question is saved whether or not the mail server answers. Only a product
    buyers can see (``Product.objects.public()``) takes questions."""
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
            enqueue_after_commit(
                inquiry_seller_notify, inquiry_id=inquiry.pk, inbox_url=inbox_url
            )
            # In-app and SMS for the seller; her e-mail (with the question)
            # is inquiry_seller_notify's. The SMS names only her product.
            notify(
                user=product.brand.owner,
                kind=Notice.Kind.INQUIRY_NEW,
                key=f"inquiry-new:{inquiry.pk}",
                url=reverse("marketplace:inquiry_detail", args=[inquiry.pk]),
                params={"product": product.name},
                email=False,
            )
    except IntegrityError:
        return Inquiry.objects.get(token=token)
    return inquiry


def inquiry_reply(
    *,
    inquiry: Inquiry,
    message: str,
    product_url: str = "",
    token: uuid.UUID | None = None,
) -> InquiryReply:
    """The seller answers; the platform sends the answer to the buyer from the
    task worker (e-mail, or SMS), so the seller's own contact stays private.
    Once per form ``token``: a double tap sends one answer."""
    result, _created = submission_once(
        token=token,
        kind="inquiry_reply",
        work=lambda: {
            "reply_id": _reply_create(
                inquiry=inquiry, message=message, product_url=product_url
            ).pk
        },
    )
    return InquiryReply.objects.get(pk=result["reply_id"], inquiry=inquiry)


def _reply_create(*, inquiry: Inquiry, message: str, product_url: str) -> InquiryReply:
    with transaction.atomic():
        reply = InquiryReply(inquiry=inquiry, message=message)
        reply.full_clean()
        reply.save()
        inquiry.status = Inquiry.Status.REPLIED
        inquiry.save(update_fields=["status", "updated_at"])
        enqueue_after_commit(
            inquiry_reply_deliver, reply_id=reply.pk, product_url=product_url
        )
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
