"""Who may write which course in the admin, and what deleting a page would destroy."""

from __future__ import annotations

from wagtail.models import Page

from accounts.models import User

from ..models import (
    AssignmentSubmission,
    Certificate,
    CoursePage,
    Enrolment,
    LessonProgress,
    QuizAttempt,
)
from .assignments import courses_taught_by, user_is_curriculum_reviewer


def course_of_page(page: Page) -> CoursePage | None:
    """The course ``page`` belongs to (itself for a course); ``None`` outside."""
    return CoursePage.objects.ancestor_of(page, inclusive=True).first()


def user_may_author(*, user: User, page: Page) -> bool:
    """May add, change, copy, move or delete pages at ``page``: in a course,
    only its listed instructors (with the role), curriculum reviewers and
    administrators. Outside courses, Wagtail's page permissions decide alone."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user_is_curriculum_reviewer(user):
        return True
    course = course_of_page(page)
    if course is None:
        return True
    return courses_taught_by(user).filter(pk=course.pk).exists()


def page_has_learner_records(page: Page) -> bool:
    """Would deleting ``page`` (and the pages below it) delete learners' records:
    enrolments, progress, quiz attempts, submitted work or certificates?"""
    pages = Page.objects.descendant_of(page, inclusive=True).values("pk")
    return (
        LessonProgress.objects.filter(lesson__in=pages).exists()
        or LessonProgress.objects.filter(course__in=pages).exists()
        or Enrolment.objects.filter(course__in=pages).exists()
        or QuizAttempt.objects.filter(quiz__in=pages).exists()
        or AssignmentSubmission.objects.filter(assignment__in=pages).exists()
        or Certificate.objects.filter(course__in=pages).exists()
    )
