"""allauth's mail and sign-in SMS go through the task queue: the request only
queues them, the worker sends them once, and the task row keeps no text."""

from __future__ import annotations

import re
import time

from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from tests.factories import UserFactory


def test_a_sign_in_code_mail_is_sent_by_the_worker(client, db, task_queue):
    user = UserFactory(username="ani", email="ani@example.com")
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    response = client.post(
        reverse("account_request_login_code"), {"email": "ani@example.com"}
    )
    assert response.status_code == 302
    assert mail.outbox == []  # queued, not sent in the request

    assert task_queue.run() == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ani@example.com"]
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", mail.outbox[0].body, re.M)
    task = DBTaskResult.objects.get(task_path="accounts.tasks.email_deliver")
    assert code.group(1) not in str(task.args_kwargs)
    assert "ani@example.com" not in str(task.args_kwargs)

    assert task_queue.run() == 0  # nothing sent twice
    response = client.post(
        reverse("account_confirm_login_code"), {"code": code.group(1)}
    )
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_sign_in_code_sms_is_sent_by_the_worker(client, db, task_queue, sms_outbox):
    user = UserFactory(username="sari", email="", phone="+6281234567890")
    user.phone_verified = True
    user.save()
    client.post(reverse("account_request_login_code"), {"phone": "081234567890"})
    assert sms_outbox == []
    task_queue.run()
    assert [sms.phone for sms in sms_outbox] == ["+6281234567890"]


def test_an_unreachable_mail_server_does_not_slow_sign_up(
    client, db, task_queue, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 1  # nothing listens
    settings.EMAIL_TIMEOUT = 5
    started = time.monotonic()
    response = client.post(
        reverse("account_signup"),
        {
            "display_name": "Rina",
            "email": "rina@example.com",
            "password1": "kata-sandi-panjang-1",
            "password2": "kata-sandi-panjang-1",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    assert time.monotonic() - started < 2
    assert DBTaskResult.objects.filter(
        task_path="accounts.tasks.email_deliver", status="READY"
    ).exists()
