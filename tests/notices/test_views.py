"""The bell, the list, marking read, her channel choice; staff reminders
scoped to their own cohort and limited to once a day."""

from __future__ import annotations

import pytest
from django.urls import reverse

from notices.models import Notice, NoticeSettings
from notices.services import notify
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def make_notice(user, key):
    return notify(
        user=user,
        kind=Notice.Kind.BRAND_APPROVED,
        key=key,
        url="/toko-saya/",
        params={"brand": "Dapur Sari"},
    )


def test_the_bell_counts_unread_and_the_list_marks_read(learner_client, learner):
    make_notice(learner, "n1")
    make_notice(learner, "n2")
    other = UserFactory(username="lain")
    make_notice(other, "n3")
    page = learner_client.get(reverse("notices:list")).content.decode()
    assert 'data-unread="2"' in page
    assert page.count("data-notice=") == 2  # only her own

    first = Notice.objects.filter(user=learner).order_by("pk").first()
    response = learner_client.post(reverse("notices:open", args=[first.pk]))
    assert response.status_code == 302 and response["Location"] == "/toko-saya/"
    page = learner_client.get(reverse("notices:list")).content.decode()
    assert 'data-unread="1"' in page

    learner_client.post(reverse("notices:read_all"))
    page = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert 'data-unread="0"' in page
    assert Notice.objects.get(user=other).read_at is None


def test_she_cannot_open_anothers_notice(learner_client):
    other = UserFactory(username="lain")
    notice = make_notice(other, "n1")
    response = learner_client.post(reverse("notices:open", args=[notice.pk]))
    assert response.status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


def test_signed_out_visitors_are_sent_to_sign_in(client):
    assert client.get(reverse("notices:list")).status_code == 302


def test_channel_choice_sms_only_with_a_verified_phone(learner_client, learner):
    learner.email = "rina@example.com"
    learner.save()
    # Without a verified phone, SMS cannot be chosen (the field is disabled).
    learner_client.post(reverse("notices:settings"), {"email": "on", "sms": "on"})
    chosen = NoticeSettings.objects.get(user=learner)
    assert chosen.email is True
    page = learner_client.get(reverse("notices:settings")).content.decode()
    assert 'name="sms"' in page and "disabled" in page

    learner.phone = "+6281234500040"
    learner.phone_verified = True
    learner.save()
    learner_client.post(reverse("notices:settings"), {"sms": "on"})
    chosen.refresh_from_db()
    assert chosen.sms is True and chosen.email is False


def test_staff_remind_inactive_learners_of_their_cohort_once_a_day(
    staff_client, cohort_a, cohort_b
):
    mine = UserFactory(username="peserta-a", cohort=cohort_a, centre=cohort_a.centre)
    theirs = UserFactory(username="peserta-b", cohort=cohort_b, centre=cohort_b.centre)
    url = reverse("centres:cohort_remind", args=[cohort_a.pk])
    page = staff_client.get(reverse("centres:cohort_detail", args=[cohort_a.pk]))
    assert 'id="remind-form"' in page.content.decode()

    response = staff_client.post(url)
    assert response.status_code == 302
    assert Notice.objects.filter(user=mine, kind=Notice.Kind.REMINDER).count() == 1
    assert Notice.objects.filter(user=theirs).count() == 0
    # Once a day: a second press makes no second reminder.
    staff_client.post(url)
    assert Notice.objects.filter(user=mine).count() == 1
    # Another centre's cohort is not hers.
    other = staff_client.post(reverse("centres:cohort_remind", args=[cohort_b.pk]))
    assert other.status_code == 404
    assert Notice.objects.filter(user=theirs).count() == 0


def test_learners_cannot_send_reminders(learner_client, cohort_a):
    response = learner_client.post(reverse("centres:cohort_remind", args=[cohort_a.pk]))
    assert response.status_code == 404
    assert Notice.objects.count() == 0
