"""Quiz attempts."""

from __future__ import annotations

import random
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User

from .. import quizzes, selectors
from ..models import (
    CoursePage,
    Enrolment,
    QuizAttempt,
    QuizPage,
)
from .certificates import certificate_issue_if_complete

# ---------------------------------------------------------------------------
# Quizzes
# ---------------------------------------------------------------------------


class QuizNotReady(PermissionDenied):
    """The learner must wait: after a failed attempt (``reason`` "cooldown")
    or because she used her tries of the last 24 hours ("daily_limit")."""

    def __init__(self, ready_at: datetime, reason: str = "cooldown"):
        super().__init__(reason)
        self.ready_at = ready_at
        self.reason = reason


class QuizAlreadySubmitted(Exception):
    """The attempt was graded before (a double click or an old form)."""


def _require_enrolment(*, user: User, course: CoursePage) -> None:
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))


def quiz_attempt_start(
    *, user: User, quiz: QuizPage, rng: random.Random | None = None
) -> QuizAttempt:
    """Start (or resume) an attempt: questions drawn (those the learner saw
    least recently first), options shuffled and values generated now, stored
    server side so a reload shows the same.

    The quiz's attempt policy (growing waits, tries per 24 hours) is checked
    with the learner's enrolment row locked, so attempts started at once are
    counted one after the other; the one-open-attempt constraint backs it up.
    Raises ``QuizNotReady`` while she must wait."""
    course = selectors.course_for_lesson(quiz)
    pool = [(block.id, block.block_type, block.value) for block in quiz.questions]
    with transaction.atomic():
        enrolment = (
            Enrolment.objects.select_for_update()
            .filter(user=user, course=course)
            .first()
        )
        if enrolment is None:
            raise PermissionDenied(_("Enrol in the course first."))
        open_attempt = selectors.quiz_open_attempt(user=user, quiz=quiz)
        if open_attempt is not None:
            return open_attempt
        policy = selectors.quiz_attempt_policy(user=user, quiz=quiz)
        if policy.ready_at is not None:
            raise QuizNotReady(policy.ready_at, policy.reason)
        if not pool:
            raise ValidationError(_("This quiz has no questions yet."))
        snapshot = quizzes.attempt_build(
            pool,
            count=quiz.questions_per_attempt,
            rng=rng or random.SystemRandom(),
            last_seen=selectors.quiz_questions_last_seen(user=user, quiz=quiz),
        )
        attempt = QuizAttempt(user=user, quiz=quiz, course=course, questions=snapshot)
        attempt.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                attempt.save()
        except IntegrityError:
            # Started twice at once where rows cannot be locked: both get the
            # same open attempt.
            return QuizAttempt.objects.get(
                user=user, quiz=quiz, finished_at__isnull=True
            )
    return attempt


def quiz_attempt_submit(*, user: User, attempt: QuizAttempt, data) -> QuizAttempt:
    """Grade ``attempt`` once, on the server. Answers not asked by this attempt
    (unknown questions or option keys) are refused with ``ValidationError``;
    a finished attempt raises ``QuizAlreadySubmitted``."""
    if attempt.user_id != user.pk:
        raise PermissionDenied("not your attempt")
    with transaction.atomic():
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk, user=user)
        if locked.finished_at is not None:
            raise QuizAlreadySubmitted
        answers = quizzes.answers_clean(locked.questions, data)
        score, results = quizzes.attempt_grade(locked.questions, answers)
        locked.answers = answers
        locked.results = results
        locked.score = score
        locked.passed = score >= locked.quiz.pass_mark
        locked.finished_at = timezone.now()
        locked.full_clean(validate_constraints=False)
        locked.save()
        Enrolment.objects.filter(user=user, course=locked.course_id).update(
            last_activity_at=locked.finished_at
        )
    if locked.passed:
        certificate_issue_if_complete(user=user, course=locked.course)
    return locked
