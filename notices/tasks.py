"""Sending a notice by SMS or e-mail, in the task worker (``home.tasks``).

The task gets the notice id and the channel only (no text, no address): it
reads the rest when it runs. Each message is sent at most once
(``deliver_once`` with the key ``notice:<id>:<channel>``), retried with
back-off when the gateway or mail server fails. At run time it checks again:
SMS in quiet hours waits for 07:00 WIB, and the daily cap per person.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import translation
from django_tasks import task

from accounts.sms import sms_send_now
from home.models import Delivery
from home.tasks import (
    DeliveryFailed,
    attempt_or_retry,
    deliver_once,
    recipient_digest,
)

from . import channels
from .models import Notice, NoticeSettings

logger = logging.getLogger("berdaya.notices")


def absolute(url: str) -> str:
    if url.startswith("/"):
        return settings.SITE_BASE_URL.rstrip("/") + url
    return url


def _defer_sms(notice: Notice, until) -> None:
    """Queue the SMS again for ``until`` (07:00 WIB), or, when the backend
    cannot wait (development's immediate tasks), leave it deferred."""
    Notice.objects.filter(pk=notice.pk).update(sms_state=Notice.State.DEFERRED)
    if notice_deliver.get_backend().supports_defer:
        notice_deliver.using(run_after=until).enqueue(
            notice_id=notice.pk, channel=channels.SMS
        )


def _send(notice: Notice, channel: str) -> None:
    user = notice.user
    if channel == channels.SMS:
        sms_send_now(phone=str(user.phone), message=f"Berdaya: {notice.text}")
        return
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        body = notice.text
        if notice.url:
            body = f"{body}\n\n{absolute(notice.url)}"
        EmailMessage(
            subject=notice.title,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[user.email],
            headers={"Auto-Submitted": "auto-generated"},
        ).send()


@task()
def notice_deliver(*, notice_id: int, channel: str, attempt: int = 1) -> bool:
    notice = Notice.objects.select_related("user").filter(pk=notice_id).first()
    if notice is None or channel not in channels.channels_for(notice.user):
        return False
    state_field = "sms_state" if channel == channels.SMS else "email_state"
    sent_field = "sms_sent_at" if channel == channels.SMS else "email_sent_at"
    if getattr(notice, state_field) == Notice.State.SENT:
        return False
    moment = channels.now()
    if channel == channels.SMS:
        until = channels.quiet_until(moment)
        if until is not None:
            _defer_sms(notice, until)
            return False
    with transaction.atomic():
        # One person's messages are counted one at a time (the cap holds when
        # two workers run at once); the slot is taken before sending.
        NoticeSettings.objects.select_for_update().get_or_create(user=notice.user)
        if (
            channels.sent_today(user_id=notice.user_id, channel=channel, moment=moment)
            >= channels.daily_cap()
        ):
            Notice.objects.filter(pk=notice.pk).update(
                **{state_field: Notice.State.CAPPED}
            )
            logger.info("Notice %s not sent by %s: daily cap", notice.pk, channel)
            return False
        Notice.objects.filter(pk=notice.pk).update(
            **{state_field: Notice.State.QUEUED, sent_field: moment}
        )
    key = f"notice:{notice.pk}:{channel}"
    recipient = str(notice.user.phone) if channel == channels.SMS else ""
    try:
        sent = attempt_or_retry(
            notice_deliver,
            attempt=attempt,
            kwargs={"notice_id": notice_id, "channel": channel},
            key=key,
            work=lambda: deliver_once(
                key=key,
                channel=Delivery.Channel.SMS
                if channel == channels.SMS
                else Delivery.Channel.EMAIL,
                digest=recipient_digest(recipient) if recipient else "",
                send=lambda: _send(notice, channel),
            ),
        )
    except DeliveryFailed:
        Notice.objects.filter(pk=notice.pk).update(
            **{state_field: Notice.State.FAILED, sent_field: None}
        )
        raise
    Notice.objects.filter(pk=notice.pk).update(**{state_field: Notice.State.SENT})
    return sent
