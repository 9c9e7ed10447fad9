"""Learning records of many learners at once, for the centre staff dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Max, OuterRef, Q, QuerySet, Subquery

from accounts.models import Cohort
from home.page_cache import cached_by_content

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
    """Live lessons per course, cached until the content changes."""
    if not courses:
        return {}
    key = "courses:lesson-totals:" + ",".join(str(c.pk) for c in courses)
    return cached_by_content(key, lambda: _lesson_totals_build(courses))


def _lesson_totals_build(courses: list[CoursePage]) -> dict[int, int]:
    totals = dict.fromkeys((course.pk for course in courses), 0)
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


def _per_enrolment(rows: QuerySet, aggregate) -> QuerySet:
    """``aggregate`` over ``rows`` of the outer enrolment's learner and course,
    as a subquery."""
    return (
        rows.filter(user_id=OuterRef("user_id"), course_id=OuterRef("course_id"))
        .order_by()
        .values("user_id")
        .annotate(value=aggregate)
        .values("value")
    )


def learning_records_for(
    *, user_ids: list[int], courses: list[CoursePage]
) -> LearningRecords:
    """Everything the staff matrix shows, in a fixed number of queries."""
    course_ids = [course.pk for course in courses]
    records = LearningRecords(lesson_totals=_lesson_totals(courses))
    if not user_ids:
        return records
    # One query for enrolments with their lessons done and best quiz score
    # (correlated per enrolment), one for the certificates.
    done = _per_enrolment(LessonProgress.objects.filter(lesson__live=True), Count("id"))
    best = _per_enrolment(
        QuizAttempt.objects.filter(finished_at__isnull=False), Max("score")
    )
    enrolments = (
        Enrolment.objects.filter(user_id__in=user_ids)
        .only("user_id", "course_id", "last_activity_at", "completed_at")
        .annotate(lessons_done=Subquery(done), best_score=Subquery(best))
    )
    for enrolment in enrolments:
        key = (enrolment.user_id, enrolment.course_id)
        records.enrolments[key] = enrolment
        if enrolment.course_id in course_ids and enrolment.lessons_done:
            records.lessons_done[key] = enrolment.lessons_done
        if enrolment.course_id in course_ids and enrolment.best_score is not None:
            records.best_scores[key] = enrolment.best_score
    for certificate in Certificate.objects.filter(
        user_id__in=user_ids, revoked_at__isnull=True
    ).only("user_id", "course_id", "code", "issued_at"):
        records.certificates[(certificate.user_id, certificate.course_id)] = certificate
    return records


def assignable_courses() -> QuerySet[CoursePage]:
    """Courses a cohort may be assigned to (drafts included: a centre plans ahead)."""
    return CoursePage.objects.order_by("sort_order", "title")
