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
    """The cooldown since the last attempt has not passed yet."""

    def __init__(self, ready_at: datetime):
        super().__init__("cooldown")
        self.ready_at = ready_at


class QuizAlreadySubmitted(Exception):
    """The attempt was graded before (a double click or an old form)."""


def _require_enrolment(*, user: User, course: CoursePage) -> None:
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))


def quiz_attempt_start(
    *, user: User, quiz: QuizPage, rng: random.Random | None = None
) -> QuizAttempt:
    """Start (or resume) an attempt: questions drawn, options shuffled and
    values generated now, stored server side so a reload shows the same."""
    course = selectors.course_for_lesson(quiz)
    _require_enrolment(user=user, course=course)
    open_attempt = selectors.quiz_open_attempt(user=user, quiz=quiz)
    if open_attempt is not None:
        return open_attempt
    ready_at = selectors.quiz_next_attempt_at(user=user, quiz=quiz)
    if ready_at is not None:
        raise QuizNotReady(ready_at)
    pool = [(block.id, block.block_type, block.value) for block in quiz.questions]
    if not pool:
        raise ValidationError(_("This quiz has no questions yet."))
    snapshot = quizzes.attempt_build(
        pool,
        count=quiz.questions_per_attempt,
        rng=rng or random.SystemRandom(),
    )
    attempt = QuizAttempt(user=user, quiz=quiz, course=course, questions=snapshot)
    attempt.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError:
        # Started twice at once: both get the same open attempt.
        return QuizAttempt.objects.get(user=user, quiz=quiz, finished_at__isnull=True)
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
