"""Learning records of many learners at once, for the centre staff dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Max, Q, QuerySet

from accounts.models import Cohort

from ..models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
)


def courses_for_cohort(*, cohort: Cohort) -> QuerySet[CoursePage]:
    """The live courses assigned to ``cohort``, in catalogue order."""
    return (
        CoursePage.objects.live().filter(cohorts=cohort).order_by("sort_order", "title")
    )


@dataclass
class LearningRecords:
    """Enrolments, lessons done, best quiz scores and valid certificates,
    keyed by ``(user_id, course_id)``, and the live lesson count per course."""

    lesson_totals: dict[int, int] = field(default_factory=dict)
    enrolments: dict[tuple[int, int], Enrolment] = field(default_factory=dict)
    lessons_done: dict[tuple[int, int], int] = field(default_factory=dict)
    best_scores: dict[tuple[int, int], int] = field(default_factory=dict)
    certificates: dict[tuple[int, int], Certificate] = field(default_factory=dict)


def _lesson_totals(courses: list[CoursePage]) -> dict[int, int]:
    totals = dict.fromkeys((course.pk for course in courses), 0)
    if not courses:
        return totals
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path)
    steplen = CoursePage.steplen
    by_path = {course.path: course.pk for course in courses}
    depth = courses[0].depth
    for path in LessonPage.objects.live().filter(query).values_list("path", flat=True):
        course_pk = by_path.get(path[: depth * steplen])
        if course_pk is not None:
            totals[course_pk] += 1
    return totals


def learning_records_for(
    *, user_ids: list[int], courses: list[CoursePage]
) -> LearningRecords:
    """Everything the staff matrix shows, in a fixed number of queries."""
    course_ids = [course.pk for course in courses]
    records = LearningRecords(lesson_totals=_lesson_totals(courses))
    if not user_ids:
        return records
    records.enrolments = {
        (e.user_id, e.course_id): e
        for e in Enrolment.objects.filter(user_id__in=user_ids).only(
            "user_id", "course_id", "last_activity_at", "completed_at"
        )
    }
    records.lessons_done = {
        (row["user_id"], row["course_id"]): row["done"]
        for row in LessonProgress.objects.filter(
            user_id__in=user_ids, course_id__in=course_ids, lesson__live=True
        )
        .values("user_id", "course_id")
        .annotate(done=Count("id"))
    }
    records.best_scores = {
        (row["user_id"], row["course_id"]): row["best"]
        for row in QuizAttempt.objects.filter(
            user_id__in=user_ids, course_id__in=course_ids, finished_at__isnull=False
        )
        .values("user_id", "course_id")
        .annotate(best=Max("score"))
    }
    for certificate in Certificate.objects.filter(
        user_id__in=user_ids, revoked_at__isnull=True
    ).only("user_id", "course_id", "code", "issued_at"):
        records.certificates[(certificate.user_id, certificate.course_id)] = certificate
    return records


def assignable_courses() -> QuerySet[CoursePage]:
    """Courses a cohort may be assigned to (drafts included: a centre plans ahead)."""
    return CoursePage.objects.order_by("sort_order", "title")
