"""Enrolment, progress and business plans."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User

from .. import selectors
from ..models import (
    BusinessPlan,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonVisit,
)
from .certificates import certificate_issue_if_complete


class EnrolmentRefused(PermissionDenied):
    """Raised with a message that tells the learner what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def enrolment_create(*, user: User, course: CoursePage) -> Enrolment:
    """Enrol ``user`` in ``course``. Idempotent: a second call returns the same row."""
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not selectors.course_is_open_to(user=user, course=course):
        raise EnrolmentRefused(
            _("This course is only for learners of certain cohorts. Ask your centre.")
        )
    missing = selectors.missing_prerequisites(user=user, course=course)
    if missing:
        names = ", ".join(c.title for c in missing)
        raise EnrolmentRefused(
            _("Finish these courses first: %(names)s.") % {"names": names}
        )
    enrolment = Enrolment(user=user, course=course)
    enrolment.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        return Enrolment.objects.get(user=user, course=course)
    return enrolment


class LessonNotOpened(PermissionDenied):
    """Refused "Mark as done": the learner never opened the lesson."""

    def __init__(self, lesson: LessonPage):
        self.lesson = lesson
        self.message = _("Open and read the lesson first, then mark it as done.")
        super().__init__(self.message)


def lesson_open_record(
    *, user: User, lesson: LessonPage, course: CoursePage | None = None
) -> LessonVisit:
    """Record that ``user`` opened ``lesson`` (the first time only): the
    evidence "Mark as done" asks for. Idempotent, also when two requests race
    (the unique constraint decides). ``course`` saves a query when the caller
    knows it."""
    existing = LessonVisit.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing
    course = course or selectors.course_for_lesson(lesson)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))
    visit = LessonVisit(user=user, lesson=lesson, course=course)
    visit.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            visit.save()
            Enrolment.objects.filter(user=user, course=course).update(
                last_activity_at=visit.first_opened_at
            )
    except IntegrityError:
        return LessonVisit.objects.get(user=user, lesson=lesson)
    return visit


def progress_record(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark ``lesson`` done. Repeating it (or racing it) changes nothing.
    Refused (``LessonNotOpened``) when the learner never opened the lesson:
    no stopwatch, but no skipping either."""
    course = selectors.course_for_lesson(lesson)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))
    existing = LessonProgress.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing
    if not LessonVisit.objects.filter(user=user, lesson=lesson).exists():
        raise LessonNotOpened(lesson)
    progress = LessonProgress(user=user, lesson=lesson, course=course)
    try:
        with transaction.atomic():
            progress.save()
            now = timezone.now()
            Enrolment.objects.filter(user=user, course=course).update(
                last_activity_at=now
            )
            summary = selectors.course_progress(user=user, course=course)
            if summary.is_complete:
                Enrolment.objects.filter(
                    user=user, course=course, completed_at__isnull=True
                ).update(completed_at=now)
    except IntegrityError:
        return LessonProgress.objects.get(user=user, lesson=lesson)
    certificate_issue_if_complete(user=user, course=course)
    return progress


def business_plan_save(*, user: User, data: dict) -> BusinessPlan:
    """Create or update the learner's business plan from cleaned form data."""
    allowed = set(BusinessPlan.ANSWER_FIELDS)
    unknown = set(data) - allowed
    if unknown:
        raise ValidationError(f"unknown fields: {sorted(unknown)}")
    with transaction.atomic():
        plan, _created = BusinessPlan.objects.select_for_update().get_or_create(
            user=user
        )
        for name, value in data.items():
            setattr(plan, name, value)
        plan.full_clean()
        plan.save()
    return plan
