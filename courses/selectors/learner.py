"""A learner's records in one course, cached until they change.

The lesson page needs, for its learner: enrolled or not, the lessons opened,
the lessons done, quiz results and the latest submissions (the outline, the
"done" mark, next/previous). Read from the database that is five queries on
every lesson page; cached, one round trip to the cache.

Moodle keeps completion state per user and course in its cache the same way.
The entry is checked against the learner's *generation*, a token replaced on
every save or delete of their enrolments, lesson visits, lessons done, quiz
attempts and submissions (signals, now and again when the transaction
commits; ``learner_changed`` for bulk writes that send no signals). Both are
read in one ``get_many``: an entry written from rows read before a change
carries the old token and is never used again.

What decides anything (marking a lesson done, issuing a certificate, the
quiz rules) reads the database, never this cache: it only shapes the page.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import transaction

from accounts.models import User
from home.cache import user_value_forget, user_values

from ..models import CoursePage, Enrolment, LessonVisit
from .outline import LearnerState, course_structure, learner_state

ENTRY_SECONDS = 6 * 60 * 60


@dataclass(frozen=True)
class LearnerSnapshot:
    enrolled: bool = False
    opened_ids: frozenset[int] = frozenset()
    state: LearnerState = field(default_factory=LearnerState)


def _generation_key(user_id: int) -> str:
    return f"courses:learner-generation:{user_id}"


def _entry_key(user_id: int, course_id: int) -> str:
    return f"courses:learner:{user_id}:{course_id}"


def _build(user: User, course: CoursePage) -> LearnerSnapshot:
    structure = course_structure(course.pk)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        return LearnerSnapshot()
    return LearnerSnapshot(
        enrolled=True,
        opened_ids=frozenset(
            LessonVisit.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        ),
        state=learner_state(
            user=user,
            course_ids=[course.pk],
            quizzes=bool(structure and structure.quizzes),
            assignments=bool(structure and structure.assignments),
        ),
    )


def learner_snapshot(*, user: User, course: CoursePage) -> LearnerSnapshot:
    """``user``'s records in ``course`` (empty for a visitor or a person not
    enrolled). Treat as read-only."""
    if not user.is_authenticated:
        return LearnerSnapshot()
    generation_key = _generation_key(user.pk)
    entry_key = _entry_key(user.pk, course.pk)
    found = user_values(user, [generation_key, entry_key])
    generation = found.get(generation_key)
    entry = found.get(entry_key)
    if generation is not None and entry is not None and entry[0] == generation:
        return entry[1]
    for key in (generation_key, entry_key):
        user_value_forget(user, key)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(generation_key, generation, None):
            generation = cache.get(generation_key)
    snapshot = _build(user, course)
    if generation is not None:
        cache.set(entry_key, (generation, snapshot), ENTRY_SECONDS)
    return snapshot


def _replace_generation(user_id: int) -> None:
    cache.set(_generation_key(user_id), uuid.uuid4().hex, None)


def learner_changed(user_id: int | None) -> None:
    """Forget every cached snapshot of ``user_id`` (now, and again when the
    current transaction commits: a request that read the old rows in between
    does not keep them)."""
    if user_id is None:
        return
    _replace_generation(user_id)
    transaction.on_commit(lambda: _replace_generation(user_id))


def learner_row_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    """``post_save``/``post_delete`` receiver for the learner's own rows."""
    learner_changed(getattr(instance, "user_id", None))
