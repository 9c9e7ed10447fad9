"""Steps a learner took offline, replayed by her phone: each applied once.

The phone queues "opened a lesson" and "marked it done" with an id it makes
(a UUID) and the time on the phone. When the signal returns it sends the queue
to ``courses:offline_sync``; ``offline_steps_apply`` stores each id once
(``OfflineStep.client_id`` is unique), so a replay of the same queue, or of a
part of it, changes nothing. The first account that sends an id owns it:
another account sending it is refused and nothing changes.

The lesson-evidence rule holds offline too. The phone's word alone is no
evidence: an "opened" step is accepted only for a lesson the server sent to
her, either opened online before (a ``LessonVisit``) or saved for offline
(an ``OfflineCopy``, recorded by ``offline_copy_record`` when the phone
fetched the page to keep) no later than the time the phone claims, give or
take ``CLOCK_SKEW``. Otherwise it is refused with a message and nothing is
stored. An accepted "opened" counts at the phone's time, clamped to no later
than now, no earlier than the enrolment and no earlier than the lesson first
reached her. "done" is accepted only for a lesson opened (online, or by an
earlier step).
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
from ..models import (
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonVisit,
    OfflineCopy,
    OfflineStep,
)
from .enrolments import LessonNotOpened, lesson_open_record, progress_record

MAX_STEPS = 200  # per request; a phone sends its queue in parts if longer
# How far a phone's clock may run behind the server's when it claims to have
# opened a saved lesson just after saving it.
CLOCK_SKEW = dt.timedelta(minutes=5)


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
    # "refused": nothing stored (the message says why; sent again, it is
    # judged again); "not_yours": the id belongs to another account, nothing
    # stored or changed.
    status: str
    message: str = ""

    def as_json(self) -> dict:
        return {"id": str(self.client_id), "status": self.status, "msg": self.message}


def counted_time(client_at: dt.datetime, enrolled_at: dt.datetime) -> dt.datetime:
    """The phone's time, never in the future and never before the enrolment."""
    return max(min(client_at, timezone.now()), enrolled_at)


def offline_copy_record(
    *, user: User, lesson: LessonPage, course: CoursePage | None = None
) -> OfflineCopy:
    """Record that the server sent ``lesson`` to ``user``'s phone to keep
    ("Save for offline"): the first time only, so ``served_at`` is the
    earliest copy. Idempotent, also when two requests race."""
    existing = OfflineCopy.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing
    course = course or selectors.course_for_lesson(lesson)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))
    copy = OfflineCopy(user=user, lesson=lesson)
    copy.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            copy.save()
    except IntegrityError:
        return OfflineCopy.objects.get(user=user, lesson=lesson)
    return copy


def _opened_evidence(
    *, user: User, lesson: LessonPage, client_at: dt.datetime
) -> tuple[dt.datetime | None, str]:
    """For an "opened" step: the earliest time the lesson had reached her
    (a lower bound for the time counted) and "", or None and the reason the
    step is refused. The lesson must have been opened online, or saved for
    offline no later than the phone's time (give or take ``CLOCK_SKEW``)."""
    opened = (
        LessonVisit.objects.filter(user=user, lesson=lesson)
        .values_list("first_opened_at", flat=True)
        .first()
    )
    saved = (
        OfflineCopy.objects.filter(user=user, lesson=lesson)
        .values_list("served_at", flat=True)
        .first()
    )
    if saved is not None and client_at < saved - CLOCK_SKEW:
        saved = None
        if opened is None:
            return None, _(
                "Your phone says you opened this lesson before it was saved on "
                "the phone. Check the phone's date and time, then open the "
                "lesson with a signal."
            )
    if opened is None and saved is None:
        return None, _(
            "This lesson was not saved on your phone for learning without a "
            "signal, so this step does not count. Open the lesson with a signal."
        )
    return min(time for time in (opened, saved) if time is not None), ""


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
        # The lesson does not exist (or is not published any more).
        return StepResult(
            step.client_id, "refused", _("This lesson is not available any more.")
        )
    course = selectors.course_for_lesson(lesson)
    enrolment = Enrolment.objects.filter(user=user, course=course).first()
    if enrolment is None:
        return StepResult(
            step.client_id, "refused", _("Enrol in the course to open its lessons.")
        )
    counted_at = counted_time(step.client_at, enrolment.created_at)
    if step.kind == OfflineStep.Kind.OPENED:
        reached_at, refusal = _opened_evidence(
            user=user, lesson=lesson, client_at=step.client_at
        )
        if refusal:
            return StepResult(step.client_id, "refused", refusal)
        # Never counted as opened before the lesson reached her.
        counted_at = max(counted_at, reached_at)
    record = OfflineStep(
        client_id=step.client_id,
        user=user,
        kind=step.kind,
        lesson=lesson,
        client_at=step.client_at,
        counted_at=counted_at,
        outcome=OfflineStep.Outcome.APPLIED,
    )
    try:
        with transaction.atomic():
            _step_record(user=user, lesson=lesson, course=course, step=record)
            record.save()
    except LessonNotOpened as refused:
        return StepResult(step.client_id, "refused", refused.message)
    except IntegrityError:
        # The same id arrived twice at once: the first one decided.
        known = OfflineStep.objects.get(client_id=step.client_id)
        if known.user_id != user.pk:
            return StepResult(step.client_id, "not_yours")
        return StepResult(step.client_id, "already", known.message)
    return StepResult(step.client_id, "applied")


def _step_record(
    *, user: User, lesson: LessonPage, course: CoursePage, step: OfflineStep
) -> None:
    """Record the step's effect, or raise ``LessonNotOpened`` for a "done"
    without evidence (the caller's transaction then stores nothing)."""
    at = step.counted_at
    if step.kind == OfflineStep.Kind.OPENED:
        visit = lesson_open_record(user=user, lesson=lesson, course=course)
        if at < visit.first_opened_at:
            LessonVisit.objects.filter(pk=visit.pk).update(first_opened_at=at)
        return
    already_done = LessonProgress.objects.filter(user=user, lesson=lesson).exists()
    progress = progress_record(user=user, lesson=lesson)
    if not already_done:
        opened = (
            LessonVisit.objects.filter(user=user, lesson=lesson)
            .values_list("first_opened_at", flat=True)
            .first()
        )
        done_at = max(at, opened) if opened else at
        if done_at < progress.completed_at:
            LessonProgress.objects.filter(pk=progress.pk).update(completed_at=done_at)
