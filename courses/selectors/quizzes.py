"""Quiz attempts."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from accounts.models import User

from ..models import (
    QuizAttempt,
    QuizPage,
)

# ---------------------------------------------------------------------------
# Quizzes
# ---------------------------------------------------------------------------


def quiz_attempts_for(*, user: User, quiz: QuizPage) -> list[QuizAttempt]:
    return list(
        QuizAttempt.objects.filter(user=user, quiz=quiz).order_by("-started_at", "-pk")
    )


def quiz_open_attempt(*, user: User, quiz: QuizPage) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(
        user=user, quiz=quiz, finished_at__isnull=True
    ).first()


def quiz_best_attempt(*, user: User, quiz: QuizPage) -> QuizAttempt | None:
    """The attempt that counts: the highest score (the earliest of equals)."""
    return (
        QuizAttempt.objects.filter(user=user, quiz=quiz, finished_at__isnull=False)
        .order_by("-score", "finished_at")
        .first()
    )


def quiz_next_attempt_at(*, user: User, quiz: QuizPage):
    """When the learner may start again, or None if they may now."""
    last = (
        QuizAttempt.objects.filter(user=user, quiz=quiz, finished_at__isnull=False)
        .order_by("-finished_at")
        .values_list("finished_at", flat=True)
        .first()
    )
    if last is None or not quiz.cooldown_minutes:
        return None
    ready = last + timedelta(minutes=quiz.cooldown_minutes)
    return ready if ready > timezone.now() else None


def attempts_of(user: User):
    """Attempts ``user`` may open: only their own (others are a 404)."""
    return QuizAttempt.objects.filter(user=user).select_related("quiz", "course")
