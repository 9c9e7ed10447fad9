"""The learner's forms (assignment, business plan, calculators) answer bad
input with the error summary that links to the field, and store nothing."""

from __future__ import annotations

import pytest
from django.urls import reverse

from courses import services
from courses.models import AssignmentSubmission, BusinessPlan
from tests.forms import assert_error_summary

from .conftest import add_assignment
from .test_practice import prefixed

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled_client(learner_client, learner, course):
    services.enrolment_create(user=learner, course=course)
    return learner_client


def test_assignment_sent_empty(enrolled_client, course):
    assignment = add_assignment(course)
    response = enrolled_client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]), {"text": ""}
    )
    assert_error_summary(response.content.decode(), "id_photo")
    assert not AssignmentSubmission.objects.exists()


def test_assignment_with_neither_photo_nor_text_needed(enrolled_client, course):
    assignment = add_assignment(course)
    assignment.requires_photo = False
    assignment.save_revision().publish()
    response = enrolled_client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]), {"text": " "}
    )
    # "Add a photo or write something." links to the first field.
    assert_error_summary(response.content.decode(), "id_photo")
    assert not AssignmentSubmission.objects.exists()


def test_business_plan(learner_client, learner):
    response = learner_client.post(
        reverse("courses:business_plan"), {"business_name": "x" * 101}
    )
    assert_error_summary(response.content.decode(), "id_business_name")
    assert not BusinessPlan.objects.filter(user=learner, business_name__gt="").exists()


def test_calculator_without_javascript(enrolled_client, lessons):
    data = prefixed("hpp-1", material="40.000", units="abc", markup="30")
    html = enrolled_client.get(lessons[0].url, data).content.decode()
    # A calculator's summary comes with its result, under the fields.
    assert_error_summary(html, "id_chpp-1-units", before=False)
