"""Quiz attempts: history, the attempt policy, feedback lessons."""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from accounts.models import User

from .. import quizzes
from ..models import (
    CoursePage,
    LessonPage,
    QuizAttempt,
    QuizPage,
)
from .outline import STEPLEN

# ---------------------------------------------------------------------------
# Quizzes
# ---------------------------------------------------------------------------


def quiz_attempts_for(*, user: User, quiz: QuizPage) -> list[QuizAttempt]:
    return list(
        QuizAttempt.objects.filter(user=user, quiz=quiz)
        .defer("questions", "answers", "results")
        .order_by("-started_at", "-pk")
    )


def quiz_open_attempt(*, user: User, quiz: QuizPage) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(
        user=user, quiz=quiz, finished_at__isnull=True
    ).first()


def quiz_best_attempt(*, user: User, quiz: QuizPage) -> QuizAttempt | None:
    """The attempt that counts: the highest score (the earliest of equals)."""
    return (
        QuizAttempt.objects.filter(user=user, quiz=quiz, finished_at__isnull=False)
        .defer("questions", "answers", "results")
        .order_by("-score", "finished_at")
        .first()
    )


def quiz_attempt_policy(
    *, user: User, quiz: QuizPage, now: datetime | None = None
) -> quizzes.AttemptPolicy:
    """May ``user`` start an attempt at ``quiz`` now, when next, and how many
    tries are left in the 24 hours (``courses.quizzes.attempt_policy``)."""
    history = [
        quizzes.AttemptHistory(
            started_at=started_at, finished_at=finished_at, passed=passed
        )
        for started_at, finished_at, passed in QuizAttempt.objects.filter(
            user=user, quiz=quiz
        ).values_list("started_at", "finished_at", "passed")
    ]
    # A malformed list of waits (only possible outside the editor) never
    # means "no wait": the safe defaults apply.
    steps = quiz.cooldown_step_list or quizzes.cooldown_steps_parse(
        quizzes.DEFAULT_COOLDOWN_STEPS
    )
    return quizzes.attempt_policy(
        steps=steps,
        per_day=quiz.max_attempts_per_day,
        history=history,
        now=now or timezone.now(),
    )


def quiz_next_attempt_at(*, user: User, quiz: QuizPage) -> datetime | None:
    """When the learner may start again, or None if she may now."""
    return quiz_attempt_policy(user=user, quiz=quiz).ready_at


def quiz_questions_last_seen(*, user: User, quiz: QuizPage) -> dict[str, datetime]:
    """Question id → when ``user`` was last shown it in an attempt at ``quiz``."""
    last_seen: dict[str, datetime] = {}
    for started_at, snapshot in QuizAttempt.objects.filter(
        user=user, quiz=quiz
    ).values_list("started_at", "questions"):
        for question in snapshot or []:
            seen = last_seen.get(question["id"])
            if seen is None or started_at > seen:
                last_seen[question["id"]] = started_at
    return last_seen


def quiz_feedback_lessons(
    *, quiz: QuizPage, course: CoursePage, lesson_ids: set[int]
) -> tuple[dict[int, LessonPage], list[LessonPage]]:
    """The live lessons a wrong answer links to: those the questions name
    (within the quiz's course), and the lessons of the quiz's module for
    questions that name none. Two queries at most."""
    fields = ("id", "title", "url_path", "path", "depth")
    named: dict[int, LessonPage] = {}
    if lesson_ids:
        named = {
            lesson.pk: lesson
            for lesson in LessonPage.objects.live()
            .descendant_of(course)
            .filter(pk__in=lesson_ids)
            .only(*fields)
        }
    module_lessons = list(
        LessonPage.objects.live()
        .filter(path__startswith=quiz.path[:-STEPLEN], depth=quiz.depth)
        .order_by("path")
        .only(*fields)
    )
    return named, module_lessons


def attempts_of(user: User):
    """Attempts ``user`` may open: only their own (others are a 404)."""
    return QuizAttempt.objects.filter(user=user).select_related("quiz", "course")
