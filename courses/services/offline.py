"""Steps a learner took offline, replayed by her phone: each applied once.

The phone queues "opened a lesson" and "marked it done" with an id it makes
(a UUID) and the time on the phone. When the signal returns it sends the queue
to ``courses:offline_sync``; ``offline_steps_apply`` stores each id once
(``OfflineStep.client_id`` is unique), so a replay of the same queue, or of a
part of it, changes nothing. The first account that sends an id owns it:
another account sending it is refused and nothing changes.

The lesson-evidence rule holds offline too: an "opened" step counts as the
lesson opened at the phone's time, clamped to no later than now and no
earlier than the enrolment; "done" is accepted only for a lesson opened
(online, or by an earlier step).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User

from .. import selectors
from ..models import Enrolment, LessonPage, LessonProgress, LessonVisit, OfflineStep
from .enrolments import LessonNotOpened, lesson_open_record, progress_record

MAX_STEPS = 200  # per request; a phone sends its queue in parts if longer


@dataclass(frozen=True)
class QueuedStep:
    """One step of a phone's queue, already checked for shape."""

    client_id: uuid.UUID
    kind: str
    lesson_id: int
    client_at: dt.datetime


@dataclass(frozen=True)
class StepResult:
    client_id: uuid.UUID
    # "applied": stored now; "already": this account sent it before;
    # "refused": stored as refused (the message says why); "not_yours": the
    # id belongs to another account, nothing stored or changed.
    status: str
    message: str = ""

    def as_json(self) -> dict:
        return {"id": str(self.client_id), "status": self.status, "msg": self.message}


def counted_time(client_at: dt.datetime, enrolled_at: dt.datetime) -> dt.datetime:
    """The phone's time, never in the future and never before the enrolment."""
    return max(min(client_at, timezone.now()), enrolled_at)


def offline_steps_apply(*, user: User, steps: list[QueuedStep]) -> list[StepResult]:
    """Apply a phone's queue for ``user``, in the order the steps were taken
    ("opened" before "done" at the same time). Results follow that order."""
    if not user.is_authenticated:
        raise PermissionDenied
    ordered = sorted(
        steps, key=lambda step: (step.client_at, step.kind != OfflineStep.Kind.OPENED)
    )
    return [_step_apply(user=user, step=step) for step in ordered]


def _step_apply(*, user: User, step: QueuedStep) -> StepResult:
    known = OfflineStep.objects.filter(client_id=step.client_id).first()
    if known is not None:
        if known.user_id != user.pk:
            return StepResult(step.client_id, "not_yours")
        return StepResult(step.client_id, "already", known.message)
    lesson = LessonPage.objects.live().public().filter(pk=step.lesson_id).first()
    if lesson is None:
        # No row: the lesson does not exist (or is not published any more).
        return StepResult(
            step.client_id, "refused", _("This lesson is not available any more.")
        )
    course = selectors.course_for_lesson(lesson)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    record = OfflineStep(
        client_id=step.client_id,
        user=user,
        kind=step.kind,
        lesson=lesson,
        client_at=step.client_at,
        counted_at=timezone.now(),
        outcome=OfflineStep.Outcome.APPLIED,
    )
    try:
        with transaction.atomic():
            if enrolment is None:
                record.outcome = OfflineStep.Outcome.REFUSED
                record.message = _("Enrol in the course to open its lessons.")
            else:
                record.counted_at = counted_time(step.client_at, enrolment.created_at)
                record.message = _step_record(
                    user=user, lesson=lesson, course=course, step=record
                )
                if record.message:
                    record.outcome = OfflineStep.Outcome.REFUSED
            record.save()
    except IntegrityError:
        # The same id arrived twice at once: the first one decided.
        known = OfflineStep.objects.get(client_id=step.client_id)
        if known.user_id != user.pk:
            return StepResult(step.client_id, "not_yours")
        return StepResult(step.client_id, "already", known.message)
    if record.outcome == OfflineStep.Outcome.REFUSED:
        return StepResult(step.client_id, "refused", record.message)
    return StepResult(step.client_id, "applied")


def _step_record(*, user: User, lesson: LessonPage, course, step: OfflineStep) -> str:
    """Record the step's effect; returns a refusal message or ""."""
    at = step.counted_at
    if step.kind == OfflineStep.Kind.OPENED:
        visit = lesson_open_record(user=user, lesson=lesson, course=course)
        if at < visit.first_opened_at:
            LessonVisit.objects.filter(pk=visit.pk).update(first_opened_at=at)
        return ""
    already_done = LessonProgress.objects.filter(user=user, lesson=lesson).exists()
    try:
        progress = progress_record(user=user, lesson=lesson)
    except LessonNotOpened as refused:
        return refused.message
    if not already_done:
        opened = (
            LessonVisit.objects.filter(user=user, lesson=lesson)
            .values_list("first_opened_at", flat=True)
            .first()
        )
        done_at = max(at, opened) if opened else at
        if done_at < progress.completed_at:
            LessonProgress.objects.filter(pk=progress.pk).update(completed_at=done_at)
    return ""
