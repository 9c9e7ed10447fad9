"""One event, one notice; each chosen channel sent once by the task queue,
with the person's choice, quiet hours and the daily cap respected."""

from __future__ import annotations

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from notices.models import Notice, NoticeSettings
from notices.services import notify
from notices.tasks import notice_deliver
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def person(**kwargs):
    defaults = {"phone": "+6281234500001", "email": "ani@example.com"}
    defaults.update(kwargs)
    user = UserFactory(**defaults)
    user.phone_verified = kwargs.get("phone_verified", True)
    user.save()
    return user


def certificate_notice(user, key="certificate-issued:1"):
    return notify(
        user=user,
        kind=Notice.Kind.CERTIFICATE_ISSUED,
        key=key,
        url="/sertifikat/ABC/",
        params={"course": "Dasar Usaha"},
    )


def test_one_event_one_notice_each_channel_sent_once(task_queue, sms_outbox):
    user = person()
    first = certificate_notice(user)
    again = certificate_notice(user)  # the same event seen twice
    assert first is not None and again is None
    assert Notice.objects.filter(user=user).count() == 1
    assert sms_outbox == [] and mail.outbox == []  # the request only queues

    assert task_queue.run() == 2
    assert [message.phone for message in sms_outbox] == ["+6281234500001"]
    assert "Dasar Usaha" in sms_outbox[0].message
    assert [message.to for message in mail.outbox] == [["ani@example.com"]]
    assert mail.outbox[0].extra_headers["Auto-Submitted"] == "auto-generated"
    assert "/sertifikat/ABC/" in mail.outbox[0].body
    # The task row holds ids only: no text, no number, no address.
    for row in DBTaskResult.objects.filter(task_path="notices.tasks.notice_deliver"):
        assert "081234500001" not in str(row.args_kwargs)
        assert "Dasar" not in str(row.args_kwargs)

    # A retried task sends nothing twice.
    notice = Notice.objects.get(user=user)
    notice_deliver.enqueue(notice_id=notice.pk, channel="sms")
    task_queue.run()
    assert len(sms_outbox) == 1
    notice.refresh_from_db()
    assert notice.sms_state == Notice.State.SENT
    assert notice.email_state == Notice.State.SENT


def test_her_channel_choice_is_respected(task_queue, sms_outbox):
    no_sms = person()
    NoticeSettings.objects.create(user=no_sms, sms=False, email=True)
    unverified = person(
        phone="+6281234500002", email="", phone_verified=False, username="budi"
    )
    certificate_notice(no_sms, key="a")
    certificate_notice(unverified, key="b")
    task_queue.run()
    assert sms_outbox == []
    assert [message.to for message in mail.outbox] == [["ani@example.com"]]
    # In-app notices are kept whatever she chose.
    assert Notice.objects.filter(user=unverified).count() == 1


def test_no_sms_in_quiet_hours_it_waits_for_seven(task_queue, sms_outbox, clock):
    user = person(email="")
    clock.set(22, 30)
    certificate_notice(user)
    row = DBTaskResult.objects.get(task_path="notices.tasks.notice_deliver")
    assert row.run_after == clock.at(7, day=1)
    assert task_queue.run() == 0  # not due
    assert sms_outbox == []
    notice = Notice.objects.get()
    assert notice.sms_state == Notice.State.DEFERRED

    clock.set(7, 0, day=1)
    task_queue.make_due()
    task_queue.run()
    assert len(sms_outbox) == 1  # deferred, not dropped


def test_an_sms_task_that_runs_in_quiet_hours_waits_again(
    task_queue, sms_outbox, clock
):
    user = person(email="")
    certificate_notice(user)  # queued at 10:00
    clock.set(5, 0, day=1)  # the worker was down until 05:00
    task_queue.run()
    assert sms_outbox == []
    waiting = DBTaskResult.objects.filter(
        task_path="notices.tasks.notice_deliver", status="READY"
    ).get()
    assert waiting.run_after == clock.at(7, day=1)


def test_daily_cap_per_person(task_queue, sms_outbox, settings, clock):
    settings.NOTICES_MESSAGES_PER_DAY = 2
    user = person(email="")
    for n in range(3):
        certificate_notice(user, key=f"event-{n}")
    task_queue.run()
    assert len(sms_outbox) == 2
    states = sorted(Notice.objects.values_list("sms_state", flat=True))
    assert states == ["capped", "sent", "sent"]
    # A new day: messages flow again.
    clock.set(9, 0, day=1)
    certificate_notice(user, key="event-next-day")
    task_queue.run()
    assert len(sms_outbox) == 3


def test_an_inactive_person_is_not_notified(task_queue, sms_outbox):
    user = person()
    user.is_active = False
    user.save()
    assert certificate_notice(user) is None
    assert Notice.objects.count() == 0
