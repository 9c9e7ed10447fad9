"""Four eyes on courses: nobody approves their own change, publishing happens only
through an approval, and deleting a page never deletes learners' records."""

import json

import pytest
from django.contrib.auth.models import Group
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupApprovalTask, GroupPagePermission, Task, Workflow

from courses import services
from courses.models import CourseReviewTask, LessonPage, LessonProgress
from courses.wagtail_hooks import HAS_LEARNER_RECORDS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _reviewer(username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    return user


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).order_by("path").first()


def _send_for_review(page, user, title: str):
    page = page.get_latest_revision_as_object()
    page.title = title
    page.save_revision(user=user)
    page.get_workflow().start(page, user)
    return LessonPage.objects.get(pk=page.pk)


def _lesson_form(title: str, slug: str) -> dict:
    text = {
        "blocks": [
            {
                "key": "a",
                "text": "Isi pelajaran.",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
            }
        ],
        "entityMap": {},
    }
    return {
        "title": title,
        "slug": slug,
        "summary": "",
        "minutes": "5",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-value": json.dumps(text),
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b1",
    }


def _approve(client, page):
    task_state = page.current_workflow_state.current_task_state
    return client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )


def test_the_course_review_workflow_uses_the_four_eyes_task(catalogue):
    workflow = Workflow.objects.get(name="Course review")
    tasks = [task.specific for task in workflow.tasks.all()]
    assert [type(task) for task in tasks] == [CourseReviewTask]
    assert list(tasks[0].groups.values_list("name", flat=True)) == [
        services.REVIEWERS_GROUP
    ]
    # The group approval task the first install made stays, inactive, for history.
    old = Task.objects.filter(pk__in=GroupApprovalTask.objects.values("pk"))
    assert not old.filter(active=True, workflow_tasks__workflow=workflow).exists()


def test_a_reviewer_cannot_approve_her_own_change(course, lesson):
    sari, dewi = _reviewer("sari"), _reviewer("dewi")
    lesson = _send_for_review(lesson, sari, "Judul dari Sari")

    assert _approve(_client(sari), lesson).status_code in (302, 403)
    lesson.refresh_from_db()
    assert lesson.title != "Judul dari Sari"
    assert lesson.current_workflow_state is not None
    awaiting = lesson.current_workflow_state.current_task_state.task.specific
    assert not awaiting.get_task_states_user_can_moderate(sari).exists()
    assert awaiting.get_task_states_user_can_moderate(dewi).exists()

    assert _approve(_client(dewi), lesson).status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live and lesson.title == "Judul dari Sari"


def test_a_reviewer_who_edits_a_change_under_review_cannot_approve_it(course, lesson):
    guru = UserFactory(username="guru")
    guru.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    sari = _reviewer("sari")
    lesson = _send_for_review(lesson, guru, "Judul dari guru")
    draft = lesson.get_latest_revision_as_object()
    draft.title = "Judul diganti Sari"
    draft.save_revision(user=sari)

    assert _approve(_client(sari), lesson).status_code in (302, 403)
    lesson.refresh_from_db()
    assert lesson.title not in ("Judul dari guru", "Judul diganti Sari")


def test_reviewers_publish_only_by_approving(course, lesson):
    sari = _reviewer("sari")
    assert not lesson.permissions_for_user(sari).can_publish()
    assert not GroupPagePermission.objects.filter(
        group__name=services.REVIEWERS_GROUP, permission__codename="publish_page"
    ).exists()
    title = lesson.title
    response = _client(sari).post(
        reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        {**_lesson_form("Langsung tayang", lesson.slug), "action-publish": "1"},
    )
    assert response.status_code == 302  # saved as a draft, not published
    lesson.refresh_from_db()
    assert lesson.title == title
    assert lesson.get_latest_revision_as_object().title == "Langsung tayang"


def test_a_reviewer_cannot_delete_a_published_lesson(course, lesson):
    sari = _reviewer("sari")
    _client(sari).post(reverse("wagtailadmin_pages:delete", args=[lesson.pk]))
    assert LessonPage.objects.filter(pk=lesson.pk).exists()


def test_deleting_a_lesson_with_progress_is_refused_and_keeps_the_records(
    course, lesson, learner
):
    services.enrolment_create(user=learner, course=course)
    services.lesson_open_record(user=learner, lesson=lesson)
    services.progress_record(user=learner, lesson=lesson)
    admin = UserFactory(username="admin-hapus", is_superuser=True, is_staff=True)
    client = _client(admin)

    for url in (
        reverse("wagtailadmin_pages:delete", args=[lesson.pk]),
        reverse("wagtailadmin_pages:delete", args=[course.pk]),
    ):
        response = client.post(url, follow=True)
        assert str(HAS_LEARNER_RECORDS) in response.content.decode().replace(
            "&#x27;", "'"
        )
    assert LessonPage.objects.filter(pk=lesson.pk).exists()
    assert LessonProgress.objects.filter(user=learner, lesson=lesson).exists()
    with pytest.raises(ProtectedError):
        lesson.delete()


def test_a_lesson_nobody_used_can_still_be_deleted(course, lesson):
    admin = UserFactory(username="admin-hapus", is_superuser=True, is_staff=True)
    response = _client(admin).post(
        reverse("wagtailadmin_pages:delete", args=[lesson.pk])
    )
    assert response.status_code == 302
    assert not LessonPage.objects.filter(pk=lesson.pk).exists()
