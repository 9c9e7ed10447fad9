"""A cohort import sent twice (a double tap, a reload) adds the learners once."""

from __future__ import annotations

import threading
import uuid

import pytest
from django.contrib.auth.models import Group
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from accounts.models import Centre, Cohort, User
from accounts.selectors import CENTRE_STAFF_GROUP
from tests.factories import UserFactory

WITH_PHONES = "Bu Sari,Sari Wahyuni,0812 3456 7890\nDewi,Dewi Lestari,0813 1111 2222\n"
WITHOUT_PHONES = "Bu Sari,Sari Wahyuni,\nDewi,Dewi Lestari,\n"


def test_the_import_form_carries_a_token(staff_client, cohort_a):
    html = staff_client.get(
        reverse("centres:cohort_import", args=[cohort_a.pk])
    ).content.decode()
    assert 'name="token"' in html


@pytest.mark.parametrize("text", [WITH_PHONES, WITHOUT_PHONES])
def test_the_same_import_sent_twice_adds_the_learners_once(
    staff_client, cohort_a, text
):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    data = {"rows": text, "token": str(uuid.uuid4())}
    first = staff_client.post(url, data)
    second = staff_client.post(url, data)
    assert first.status_code == second.status_code == 200
    assert len(first.context["cards"]) == 2
    assert User.objects.filter(cohort=cohort_a).count() == 2
    html = second.content.decode()
    assert 'id="import-repeated"' in html
    assert "Bu Sari" in html and "Dewi" in html
    # The learners the first request made can get new cards from here.
    ids = sorted(
        str(pk)
        for pk in User.objects.filter(cohort=cohort_a).values_list("pk", flat=True)
    )
    assert sorted(second.context["learners"][n].pk for n in range(2)) == sorted(
        map(int, ids)
    )
    assert reverse("centres:cohort_cards_reissue", args=[cohort_a.pk]) in html


def test_a_new_token_is_a_new_import(staff_client, cohort_a):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    staff_client.post(url, {"rows": WITHOUT_PHONES, "token": str(uuid.uuid4())})
    staff_client.post(url, {"rows": WITHOUT_PHONES, "token": str(uuid.uuid4())})
    assert User.objects.filter(cohort=cohort_a).count() == 4


def test_a_refused_import_can_be_corrected_and_sent_with_the_same_token(
    staff_client, cohort_a
):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    token = str(uuid.uuid4())
    bad = staff_client.post(url, {"rows": "Bu Sari,,\n", "token": token})
    assert bad.status_code == 400
    good = staff_client.post(url, {"rows": WITHOUT_PHONES, "token": token})
    assert good.status_code == 200
    assert len(good.context["cards"]) == 2


def test_a_huge_paste_is_a_form_error(staff_client, cohort_a):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    response = staff_client.post(url, {"rows": "x" * 2_000_000})
    assert response.status_code in (200, 400)
    assert "errorlist" in response.content.decode()
    assert not User.objects.filter(cohort=cohort_a).exists()


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_identical_imports_at_once_add_the_learners_once():
    centre = Centre.objects.create(name="Balai C", slug="balai-c", city="Solo")
    cohort = Cohort.objects.create(centre=centre, name="Angkatan C")
    staff = UserFactory(username="staf-c", centre=centre)
    staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    url = reverse("centres:cohort_import", args=[cohort.pk])
    data = {"rows": WITH_PHONES, "token": str(uuid.uuid4())}
    statuses, errors = [], []
    barrier = threading.Barrier(2)

    def tap():
        try:
            client = Client()
            client.force_login(staff)
            barrier.wait()
            statuses.append(client.post(url, data).status_code)
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=tap) for _n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert statuses == [200, 200]
    assert User.objects.filter(cohort=cohort).count() == 2
