"""The lesson page reads its learner's records from the cache, and shows
every change at once: opening, finishing, quiz results, reviews, erasure."""

import random

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import selectors, services
from courses.models import AssignmentSubmission, LessonProgress
from courses.selectors import learner as learner_cache
from tests.courses.conftest import add_assignment, add_quiz, correct_answers

pytestmark = pytest.mark.django_db


def lessons_of(course, user):
    return [
        item.page for item in selectors.course_outline(course=course, user=user).lessons
    ]


def page_queries(client, url) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx.captured_queries), response.content.decode()


def test_a_warm_lesson_page_reads_no_learner_rows(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    lesson = lessons_of(course, learner)[0]
    client.force_login(learner)
    client.get(lesson.url)  # opens it: the visit is written, the cache refilled
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(lesson.url).status_code == 200
    learner_tables = (
        "courses_enrolment",
        "courses_lessonvisit",
        "courses_lessonprogress",
        "courses_quizattempt",
        "courses_assignmentsubmission",
    )
    read = [
        q["sql"]
        for q in ctx.captured_queries
        if any(t in q["sql"] for t in learner_tables)
    ]
    assert read == []
    # The session (with her user row) is all a warm lesson page reads.
    assert len(ctx.captured_queries) <= 2


def test_finishing_a_lesson_shows_at_once(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    client.force_login(learner)
    _count, html = page_queries(client, first.url)
    assert "done-mark" not in html
    response = client.post(reverse("courses:lesson_complete", args=[first.pk]))
    assert response.status_code in (302, 303)
    assert LessonProgress.objects.filter(user=learner, lesson=first).exists()
    _count, html = page_queries(client, first.url)
    assert "done-mark" in html


def test_a_change_by_another_path_drops_the_entry(client, course, learner):
    """Rows written by a service (another worker, the admin, the offline
    sync) replace the learner's generation: the next page reads them."""
    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    client.force_login(learner)
    page_queries(client, first.url)
    before = selectors.learner_snapshot(user=learner, course=course)
    assert first.pk not in before.state.done_ids
    services.progress_record(user=learner, lesson=first)
    after = selectors.learner_snapshot(user=learner, course=course)
    assert first.pk in after.state.done_ids
    _count, html = page_queries(client, first.url)
    assert "done-mark" in html


def test_an_entry_read_before_a_change_is_not_used(course, learner):
    """A request that read the rows, then lost the race with a write, stores
    its entry under the old generation: it is never served."""
    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    services.lesson_open_record(user=learner, lesson=first)
    stale = learner_cache._build(learner, course)
    old_generation = cache.get(learner_cache._generation_key(learner.pk))
    services.progress_record(user=learner, lesson=first)
    cache.set(
        learner_cache._entry_key(learner.pk, course.pk), (old_generation, stale), 60
    )
    assert (
        first.pk
        in selectors.learner_snapshot(user=learner, course=course).state.done_ids
    )


def test_quiz_result_and_review_show_in_the_outline(course, learner, django_user_model):
    services.enrolment_create(user=learner, course=course)
    quiz = add_quiz(course, cooldown="0")
    assignment = add_assignment(course, requires_text=True)
    assignment.requires_photo = False  # text only: no picture to clean here
    snapshot = selectors.learner_snapshot(user=learner, course=course)
    assert quiz.pk not in snapshot.state.quiz_best
    attempt = services.quiz_attempt_start(user=learner, quiz=quiz, rng=random.Random(1))
    services.quiz_attempt_submit(
        user=learner, attempt=attempt, data=correct_answers(attempt)
    )
    snapshot = selectors.learner_snapshot(user=learner, course=course)
    assert snapshot.state.quiz_best[quiz.pk][1] is True
    submission = services.assignment_submit(
        user=learner, assignment=assignment, text="Label sudah saya cetak."
    )
    snapshot = selectors.learner_snapshot(user=learner, course=course)
    assert (
        snapshot.state.latest[assignment.pk].status
        == AssignmentSubmission.Status.SUBMITTED
    )
    submission.status = AssignmentSubmission.Status.ACCEPTED
    submission.save(update_fields=["status"])
    snapshot = selectors.learner_snapshot(user=learner, course=course)
    assert assignment.pk in snapshot.state.accepted


def test_leaving_the_course_closes_its_lessons(client, course, learner):
    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    client.force_login(learner)
    page_queries(client, first.url)
    from courses.models import Enrolment

    Enrolment.objects.filter(user=learner, course=course).delete()
    response = client.get(first.url)
    assert response.status_code == 302
    assert response["Location"] == course.url


def test_erasure_leaves_no_cached_records(course, learner):
    from courses.personal_data import erase_personal_data

    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    services.lesson_open_record(user=learner, lesson=first)
    services.progress_record(user=learner, lesson=first)
    assert selectors.learner_snapshot(user=learner, course=course).enrolled
    erase_personal_data(learner)
    snapshot = selectors.learner_snapshot(user=learner, course=course)
    assert not snapshot.enrolled
    assert not snapshot.state.done_ids


def test_without_the_cache_the_page_reads_the_database(
    redis_down, client, course, learner
):
    services.enrolment_create(user=learner, course=course)
    first = lessons_of(course, learner)[0]
    client.force_login(learner)
    page_queries(client, first.url)
    services.progress_record(user=learner, lesson=first)
    _count, html = page_queries(client, first.url)
    assert "done-mark" in html
