"""A course that opens the showcase needs practical work a person reviews."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import override

from courses import services
from courses.models import CoursePage, Topic
from courses.models.pages import SHOWCASE_NEEDS_EVIDENCE, SHOWCASE_NEEDS_QUIZ_WAITS
from tests.courses.conftest import (
    add_assignment,
    add_quiz,
    build_course,
    quick_retake_quiz,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def refused(response) -> bool:
    """The edit form came back with the message on the showcase box."""
    with override("id"):
        message = str(SHOWCASE_NEEDS_EVIDENCE)
    return response.status_code == 200 and message in response.content.decode()


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    return client


def edit_data(course: CoursePage, **changes) -> dict:
    data = {
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "outcomes": course.outcomes,
        "topic": str(course.topic_id),
        "level": course.level,
        "sort_order": str(course.sort_order),
        "enrolment_mode": course.enrolment_mode,
        "seo_title": "",
        "search_description": "",
    }
    if course.counts_for_showcase:
        data["counts_for_showcase"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def save(client, course, **changes):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        edit_data(course, **changes),
    )


def test_the_editor_refuses_a_showcase_course_without_a_required_assignment(
    admin_client, course
):
    response = save(admin_client, course, counts_for_showcase="on")
    assert refused(response)
    course.refresh_from_db()
    assert not course.counts_for_showcase
    assert not course.get_latest_revision().content.get("counts_for_showcase")


def test_an_optional_or_unpublished_assignment_does_not_count(admin_client, course):
    assignment = add_assignment(course)
    assignment.required = False
    assignment.save_revision().publish()
    assert refused(save(admin_client, course, counts_for_showcase="on"))
    assignment.required = True
    assignment.save_revision().publish()
    assignment.unpublish()
    assert refused(save(admin_client, course, counts_for_showcase="on"))
    course.refresh_from_db()
    assert not course.counts_for_showcase


def test_with_a_published_required_assignment_the_box_can_be_ticked(
    admin_client, course
):
    add_assignment(course)
    response = save(
        admin_client,
        course,
        counts_for_showcase="on",
        **{"action-publish": "action-publish"},
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.counts_for_showcase


def test_publishing_is_refused_too_when_the_assignment_went_away(course):
    assignment = add_assignment(course)
    course.counts_for_showcase = True
    course.save_revision().publish()
    assignment.unpublish()
    course.title = "Keuangan baru"
    with pytest.raises(ValidationError) as error:
        course.save_revision().publish()
    assert "counts_for_showcase" in error.value.message_dict


def test_locking_a_course_that_lost_its_assignment_still_works(admin_client, course):
    """Only saves that carry the box are refused; Wagtail's lock and unlock
    (a save of the lock fields) are not."""
    assignment = add_assignment(course)
    course.counts_for_showcase = True
    course.save_revision().publish()
    assignment.unpublish()
    lock = admin_client.post(reverse("wagtailadmin_pages:lock", args=[course.pk]))
    assert lock.status_code == 302
    course.refresh_from_db()
    assert course.locked
    unlock = admin_client.post(reverse("wagtailadmin_pages:unlock", args=[course.pk]))
    assert unlock.status_code == 302
    course.refresh_from_db()
    assert not course.locked
    # Unpublishing it stays possible too.
    response = admin_client.post(
        reverse("wagtailadmin_pages:unpublish", args=[course.pk])
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert not course.live


def test_a_new_course_may_start_with_the_box_ticked(catalogue):
    """Nothing can be below a course that is not saved yet: the instructor
    creates it, adds modules and the assignment, and the rule applies from the
    next edit on (and at every certificate)."""
    course = CoursePage(
        title="Baru",
        slug="baru",
        summary="Ringkas",
        topic=Topic.objects.first(),
        counts_for_showcase=True,
    )
    catalogue.add_child(instance=course)
    assert course.counts_for_showcase


def test_an_instructor_gets_the_message_too(client, catalogue):
    course = build_course(catalogue, slug="kemasan", title="Kemasan", lessons=1)
    instructor = UserFactory()
    instructor.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    course.instructors.add(instructor)  # instructors write only their own courses
    course.save_revision().publish()
    client.force_login(instructor)
    assert refused(save(client, course, counts_for_showcase="on"))


def test_a_course_with_a_quiz_retaken_at_once_cannot_be_ticked(admin_client, course):
    """Issue 11: a showcase course with a zero-wait quiz is refused by the
    editor, also when the quiz was there before the box was ticked."""
    add_assignment(course)
    quiz = quick_retake_quiz(course)
    response = save(admin_client, course, counts_for_showcase="on")
    with override("id"):
        message = str(SHOWCASE_NEEDS_QUIZ_WAITS) % {"quizzes": quiz.title}
    assert response.status_code == 200
    assert escape(message) in response.content.decode()
    course.refresh_from_db()
    assert not course.counts_for_showcase
    assert not course.get_latest_revision().content.get("counts_for_showcase")

    # A practice quiz (not required) does not count; with waits it is fine.
    quiz.required = False
    quiz.save_revision().publish()
    add_quiz(course, slug="kuis-sertifikat")
    response = save(
        admin_client,
        course,
        counts_for_showcase="on",
        **{"action-publish": "action-publish"},
    )
    assert response.status_code == 302
    course.refresh_from_db()
    assert course.counts_for_showcase
