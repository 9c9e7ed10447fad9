"""Inquiry notifications leave the request: the task worker sends them once,
and retries when the mail server does not answer."""

from __future__ import annotations

import socket
import time
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from home.models import Delivery
from home.tasks import MAX_ATTEMPTS, RETRY_DELAYS
from marketplace import services
from marketplace.models import Inquiry
from marketplace.tasks import inquiry_seller_notify
from tests.home.test_mail import assert_automatic


def inquiry_data(**overrides):
    data = {
        "buyer_name": "Dewi",
        "buyer_phone": "",
        "buyer_email": "dewi@example.com",
        "quantity": "3",
        "message": "Bisa kirim ke Bandung?",
        "website": "",
        "token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def inquiry_url(product):
    return reverse(
        "marketplace:product_inquiry", args=[product.brand.slug, product.slug]
    )


@pytest.fixture
def silent_smtp(settings):
    """An SMTP server that accepts the connection and never says a word."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.getsockname()[1]
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 1
    yield server
    server.close()


def test_email_timeout_is_set_in_every_mode():
    from berdaya.settings import base

    assert base.EMAIL_TIMEOUT > 0


def test_silent_mail_server_neither_slows_the_inquiry_nor_loses_the_mail(
    client, product, seller, task_queue, silent_smtp, settings
):
    seller.email = "seller@example.com"
    seller.save()

    started = time.monotonic()
    response = client.post(inquiry_url(product), inquiry_data())
    elapsed = time.monotonic() - started

    assert response.status_code == 302
    assert elapsed < 0.9  # the mail server's 1 s timeout was never waited for
    inquiry = Inquiry.objects.get()
    assert DBTaskResult.objects.ready().count() == 1

    # The worker tries, the server stays silent: the attempt fails and the
    # next one is queued after the back-off delay, not at once.
    assert task_queue.run() == 1
    failed = DBTaskResult.objects.failed().get()
    assert "attempt 1 of" in failed.traceback
    assert "seller@example.com" not in failed.traceback
    retry = DBTaskResult.objects.get(status="READY")
    wait = (retry.run_after - failed.finished_at).total_seconds()
    assert RETRY_DELAYS[0] - 5 <= wait <= RETRY_DELAYS[0] + 5
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert task_queue.run() == 0  # not due yet
    assert mail.outbox == []
    delivery = Delivery.objects.get(key=f"inquiry-new:{inquiry.pk}")
    assert delivery.sent_at is None
    assert delivery.attempts == 1

    # The mail server is back; once the delay has passed the mail goes out.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    task_queue.make_due()
    assert task_queue.run() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["seller@example.com"]
    delivery.refresh_from_db()
    assert delivery.sent_at is not None


def test_a_notification_queued_twice_is_sent_once(
    product, seller, task_queue, django_capture_on_commit_callbacks
):
    seller.email = "seller@example.com"
    seller.save()
    inquiry = services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="Dewi",
        buyer_phone="",
        buyer_email="dewi@example.com",
        quantity=1,
        message="Masih ada?",
    )
    inquiry_seller_notify.enqueue(inquiry_id=inquiry.pk, inbox_url="")
    assert task_queue.run() == 2
    assert len(mail.outbox) == 1
    assert DBTaskResult.objects.successful().count() == 2


def test_mail_not_sent_before_the_inquiry_commits(product, seller, task_queue):
    """The task row is written in the inquiry's transaction: a rolled-back
    inquiry leaves no task (and no mail) behind."""
    seller.email = "seller@example.com"
    seller.save()
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        services.inquiry_create(
            product=product,
            token=uuid.uuid4(),
            buyer_name="Dewi",
            buyer_phone="",
            buyer_email="dewi@example.com",
            quantity=1,
            message="Masih ada?",
        )
        assert DBTaskResult.objects.count() == 1
        raise RuntimeError("something later in the request failed")
    assert DBTaskResult.objects.count() == 0
    assert not Inquiry.objects.exists()


def test_after_the_last_attempt_the_failure_is_listed_for_admins(
    product, seller, task_queue, settings, admin_client
):
    seller.email = "seller@example.com"
    seller.save()
    settings.EMAIL_BACKEND = "tests.marketplace.test_notifications.BrokenBackend"
    inquiry = services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="Dewi",
        buyer_phone="",
        buyer_email="dewi@example.com",
        quantity=1,
        message="Masih ada?",
    )
    for _attempt in range(MAX_ATTEMPTS):
        task_queue.make_due()
        assert task_queue.run() == 1
    assert task_queue.run() == 0
    assert DBTaskResult.objects.failed().count() == MAX_ATTEMPTS
    assert not DBTaskResult.objects.filter(status="READY").exists()
    delivery = Delivery.objects.get(key=f"inquiry-new:{inquiry.pk}")
    assert delivery.gave_up_at is not None
    assert delivery.attempts == MAX_ATTEMPTS
    assert delivery.last_error == "ConnectionRefusedError"
    assert mail.outbox == []

    tasks_page = admin_client.get(
        "/django-admin/django_tasks_database/dbtaskresult/?status__exact=FAILED"
    )
    assert tasks_page.status_code == 200
    assert "inquiry_seller_notify" in tasks_page.content.decode()
    deliveries = admin_client.get("/django-admin/home/delivery/?undelivered=1")
    assert deliveries.status_code == 200
    assert f"inquiry-new:{inquiry.pk}" in deliveries.content.decode()


class BrokenBackend:
    """A mail backend whose server refuses every connection."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def test_reply_to_a_phone_only_buyer_is_texted_once(seller_client, product, task_queue):
    from accounts import sms

    sms.outbox.clear()
    inquiry = Inquiry.objects.create(
        product=product,
        brand=product.brand,
        buyer_name="Dewi",
        buyer_phone="081234567890",
        message="Ada?",
    )
    response = seller_client.post(
        reverse("marketplace:inquiry_detail", args=[inquiry.pk]),
        {"message": "Ada, kak."},
    )
    assert response.status_code == 302
    assert sms.outbox == []  # nothing is sent inside the request
    task_queue.run()
    task_queue.run()
    assert len(sms.outbox) == 1
    assert "Ada, kak." in sms.outbox[0].message
    # The SMS task keeps no message text in its row once it finished.
    sms_task = DBTaskResult.objects.get(task_path="accounts.tasks.sms_deliver")
    assert sms_task.args_kwargs == {"args": [], "kwargs": {"wiped": True}}


def test_inquiry_notice_is_marked_automatic(
    settings, product, seller, django_capture_on_commit_callbacks
):
    settings.EMAIL_MESSAGE_ID_DOMAIN = "berdaya.example"
    seller.email = "seller@example.com"
    seller.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.inquiry_create(
            product=product,
            token=uuid.uuid4(),
            buyer_name="Dewi",
            buyer_phone="",
            buyer_email="dewi@example.com",
            quantity=1,
            message="Masih ada?",
        )
    [message] = mail.outbox
    assert_automatic(message)
