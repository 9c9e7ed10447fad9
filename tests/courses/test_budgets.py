"""Learning pages stay light on a prepaid phone plan (HTML + CSS + JS < 50 KB)."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import services
from tests.courses.conftest import build_course
from tests.courses.test_certificates import finish_lessons, pass_quiz
from tests.weights import page_bytes_on_wire

pytestmark = pytest.mark.django_db

BUDGET = 50 * 1024


def page_weight(response) -> int:
    html = response.content.decode()
    total = page_bytes_on_wire(response)
    # Nothing from another host (canonical and hreflang links name our own).
    own = settings.SITE_BASE_URL.rstrip("/") + "/"
    external = re.findall(r'(?:href|src)="((?:https?:)?//[^"]+)"', html)
    assert [url for url in external if not url.startswith(own)] == []
    return total


def test_quiz_dashboard_and_certificate_pages_stay_within_budget(
    client, learner_client, learner, course, quiz
):
    finish_lessons(learner, course)
    quiz_page = learner_client.get(quiz.url)
    assert quiz_page.status_code == 200
    assert page_weight(quiz_page) < BUDGET
    pass_quiz(learner, quiz)
    dashboard = learner_client.get(reverse("courses:dashboard"))
    assert page_weight(dashboard) < BUDGET
    certificate = learner.certificates.get()
    verify = client.get(reverse("certificate_verify", args=[certificate.code]))
    assert verify.status_code == 200
    assert page_weight(verify) < BUDGET


def test_dashboard_queries_do_not_grow_with_the_number_of_courses(
    client, catalogue, learner
):
    client.force_login(learner)

    def queries() -> int:
        client.get(reverse("courses:dashboard"))  # warm per-request caches
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(reverse("courses:dashboard")).status_code == 200
        return len(ctx.captured_queries)

    first = build_course(catalogue, slug="satu", title="Satu", lessons=1)
    services.enrolment_create(user=learner, course=first)
    one = queries()
    for n in range(3):
        extra = build_course(catalogue, slug=f"lagi-{n}", title=f"Lagi {n}", lessons=1)
        services.enrolment_create(user=learner, course=extra)
    four = queries()
    # A few queries per course are allowed (outline), but never per lesson.
    assert four - one <= 3 * 6, (one, four)
