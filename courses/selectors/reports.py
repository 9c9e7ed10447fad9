"""Reports for instructors: how a course is going and how its quiz questions work.

Numbers only: no learner is named (not even by display name), so an instructor
or reviewer learns how the course works, not who is behind. A report is built
in a fixed number of queries, whatever the number of learners and attempts.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext

from accounts.models import User

from .. import quizzes as quiz_logic
from ..models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)
from .assignments import user_is_curriculum_reviewer

ACTIVE_DAYS = 7


def courses_reportable_by(user: User) -> QuerySet[CoursePage]:
    """The courses whose report ``user`` may read: the courses she teaches
    (``CoursePage.instructors``); every course for curriculum reviewers
    (``courses.review_submission``) and superusers; none for anyone else."""
    queryset = CoursePage.objects.order_by("sort_order", "title")
    if not user.is_authenticated:
        return queryset.none()
    if user_is_curriculum_reviewer(user):
        return queryset
    return queryset.filter(instructors=user)


def user_may_see_reports(user: User) -> bool:
    return courses_reportable_by(user).exists()


@dataclass
class LessonStat:
    lesson: LessonPage
    done: int
    percent: int


@dataclass
class QuestionStat:
    """Item analysis of one pool question (as Moodle's quiz statistics)."""

    question_id: str
    text: str
    kind: str
    drawn: int = 0
    correct: int = 0
    wrong_answers: Counter = field(default_factory=Counter)
    in_pool: bool = True

    @property
    def share_correct(self) -> int | None:
        """Percent of the attempts that drew it and answered it right."""
        return round(100 * self.correct / self.drawn) if self.drawn else None

    @property
    def top_wrong_answer(self) -> str:
        if not self.wrong_answers:
            return ""
        # Most chosen first; equal counts by text, so the report is stable.
        answer, _count = min(
            self.wrong_answers.items(), key=lambda item: (-item[1], item[0])
        )
        return answer

    @property
    def top_wrong_count(self) -> int:
        return self.wrong_answers[self.top_wrong_answer] if self.wrong_answers else 0


@dataclass
class QuizStat:
    quiz: QuizPage
    attempts: int = 0
    passed: int = 0
    questions: list[QuestionStat] = field(default_factory=list)


@dataclass
class CourseReport:
    course: CoursePage
    enrolled: int
    active: int
    certified: int
    median_days_to_certificate: float | None
    lessons: list[LessonStat]
    quizzes: list[QuizStat]
    active_days: int = ACTIVE_DAYS

    def _share(self, count: int) -> int:
        return round(100 * count / self.enrolled) if self.enrolled else 0

    @property
    def active_percent(self) -> int:
        return self._share(self.active)

    @property
    def certified_percent(self) -> int:
        return self._share(self.certified)


def course_report(*, course: CoursePage, now: datetime | None = None) -> CourseReport:
    """Enrolled, active in the last seven days, done per lesson, the median
    time from enrolment to certificate, and item analysis of every quiz
    question. Six queries."""
    now = now or timezone.now()
    counts = Enrolment.objects.filter(course=course).aggregate(
        enrolled=Count("id"),
        active=Count(
            "id", filter=Q(last_activity_at__gte=now - timedelta(days=ACTIVE_DAYS))
        ),
    )
    enrolled = counts["enrolled"]

    lessons = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .only("id", "title", "path", "depth")
    )
    done = dict(
        LessonProgress.objects.filter(course=course, lesson__in=lessons)
        .values("lesson_id")
        .annotate(done=Count("user_id", distinct=True))
        .values_list("lesson_id", "done")
    )
    lesson_stats = [
        LessonStat(
            lesson=lesson,
            done=done.get(lesson.pk, 0),
            percent=round(100 * done.get(lesson.pk, 0) / enrolled) if enrolled else 0,
        )
        for lesson in lessons
    ]

    enrolled_at = Enrolment.objects.filter(course=course, user=OuterRef("user")).values(
        "created_at"
    )[:1]
    durations = [
        (issued - started).total_seconds() / 86400
        for issued, started in Certificate.objects.filter(
            course=course, revoked_at__isnull=True, user__isnull=False
        )
        .annotate(enrolled_at=Subquery(enrolled_at))
        .values_list("issued_at", "enrolled_at")
        if started is not None
    ]

    quizzes = list(QuizPage.objects.live().descendant_of(course).order_by("path"))
    attempts = QuizAttempt.objects.filter(
        course=course, quiz__in=quizzes, finished_at__isnull=False
    ).values_list("quiz_id", "questions", "answers", "results", "passed")
    quiz_stats = _item_analysis(quizzes, attempts)

    return CourseReport(
        course=course,
        enrolled=enrolled,
        active=counts["active"],
        certified=len(durations),
        median_days_to_certificate=(
            round(statistics.median(durations), 1) if durations else None
        ),
        lessons=lesson_stats,
        quizzes=quiz_stats,
    )


def _item_analysis(quizzes: list[QuizPage], attempts) -> list[QuizStat]:
    stats: dict[int, QuizStat] = {}
    by_question: dict[int, dict[str, QuestionStat]] = {}
    for quiz in quizzes:
        stats[quiz.pk] = QuizStat(quiz=quiz)
        by_question[quiz.pk] = {
            block.id: QuestionStat(
                question_id=block.id,
                text=str(block.value.get("text", "")),
                kind=block.block_type,
            )
            for block in quiz.questions
        }
    for quiz_id, questions, answers, results, passed in attempts:
        quiz_stat = stats[quiz_id]
        quiz_stat.attempts += 1
        quiz_stat.passed += int(bool(passed))
        pool = by_question[quiz_id]
        for question in questions:
            stat = pool.get(question["id"])
            if stat is None:  # removed from the pool since: kept, marked
                stat = pool[question["id"]] = QuestionStat(
                    question_id=question["id"],
                    text=question["text"],
                    kind=question["type"],
                    in_pool=False,
                )
            stat.drawn += 1
            if results.get(question["id"]):
                stat.correct += 1
                continue
            for wrong in _wrong_answers(question, answers.get(question["id"])):
                stat.wrong_answers[wrong] += 1
    for quiz_id, quiz_stat in stats.items():
        quiz_stat.questions = list(by_question[quiz_id].values())
    return list(stats.values())


def _wrong_answers(question: dict, answer) -> list[str]:
    """What a learner chose wrongly: wrong options by their text, or the
    number typed. A question left empty chose nothing."""
    if not answer:
        return []
    if question["type"] == "numeric":
        number = quiz_logic.answer_parse(answer)
        return [quiz_logic.number_display(number) if number is not None else answer]
    texts = {option["key"]: option["text"] for option in question["options"]}
    chosen = [key for key in answer if key not in question["correct"]]
    if question["type"] == "truefalse":
        labels = {"true": gettext("True"), "false": gettext("False")}
        return [labels.get(texts.get(key, ""), texts.get(key, "")) for key in chosen]
    return [texts[key] for key in chosen if key in texts]
