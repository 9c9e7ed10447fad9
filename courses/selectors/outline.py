"""Course outlines, progress and access checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Case, Count, Max, Q, Value, When

from accounts.models import User
from home.page_cache import cached_by_content

from ..models import (
    AssignmentPage,
    AssignmentSubmission,
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizPage,
)

STEPLEN = CoursePage.steplen


@dataclass
class ProgressSummary:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def is_complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


@dataclass
class OutlineLesson:
    page: LessonPage
    done: bool
    number: int


@dataclass
class OutlineQuiz:
    page: QuizPage
    best_score: int | None
    passed: bool

    @property
    def done(self) -> bool:
        return self.passed


@dataclass
class OutlineAssignment:
    page: AssignmentPage
    latest: AssignmentSubmission | None
    accepted: bool

    @property
    def done(self) -> bool:
        return self.accepted

    @property
    def status(self) -> str:
        if self.accepted:
            return AssignmentSubmission.Status.ACCEPTED
        return self.latest.status if self.latest else ""


@dataclass
class OutlineModule:
    page: ModulePage
    lessons: list[OutlineLesson] = field(default_factory=list)
    quizzes: list[OutlineQuiz] = field(default_factory=list)
    assignments: list[OutlineAssignment] = field(default_factory=list)

    @property
    def progress(self) -> ProgressSummary:
        return ProgressSummary(
            done=sum(1 for lesson in self.lessons if lesson.done),
            total=len(self.lessons),
        )


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[OutlineModule]

    @property
    def lessons(self) -> list[OutlineLesson]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def progress(self) -> ProgressSummary:
        lessons = self.lessons
        return ProgressSummary(
            done=sum(1 for lesson in lessons if lesson.done), total=len(lessons)
        )

    @property
    def quizzes(self) -> list[OutlineQuiz]:
        return [quiz for module in self.modules for quiz in module.quizzes]

    @property
    def assignments(self) -> list[OutlineAssignment]:
        return [item for module in self.modules for item in module.assignments]

    @property
    def requirements_met(self) -> bool:
        """Every lesson done, every required quiz passed, every required
        assignment accepted: what a certificate needs."""
        return (
            self.progress.is_complete
            and all(q.passed for q in self.quizzes if q.page.required)
            and all(a.accepted for a in self.assignments if a.page.required)
        )

    @property
    def next_step(self):
        """The first unfinished lesson, else quiz, else assignment."""
        for module in self.modules:
            for item in [*module.lessons, *module.quizzes, *module.assignments]:
                if not item.done:
                    return item
        return None

    @property
    def next_lesson(self) -> OutlineLesson | None:
        """The first unfinished lesson ("Lanjutkan belajar")."""
        for lesson in self.lessons:
            if not lesson.done:
                return lesson
        return None

    def neighbours(
        self, lesson: LessonPage
    ) -> tuple[OutlineLesson | None, OutlineLesson | None]:
        lessons = self.lessons
        for i, item in enumerate(lessons):
            if item.page.pk == lesson.pk:
                before = lessons[i - 1] if i > 0 else None
                after = lessons[i + 1] if i + 1 < len(lessons) else None
                return before, after
        return None, None


# Basic courses first in the catalogue and on the home page, then the
# instructors' order ("order in catalogue"), then the title.
BASIC_FIRST = Case(When(level=CoursePage.Level.BASIC, then=Value(0)), default=Value(1))


def public_courses():
    return (
        CoursePage.objects.live()
        .public()
        .select_related("topic", "cover_image")
        .order_by(BASIC_FIRST, "sort_order", "title")
    )


@dataclass
class CourseStructure:
    """What every learner of a course sees alike: its pages, in tree order.

    Cached until the content changes (``home.page_cache``); the learner's
    state is added by :func:`course_outline` in at most three queries.
    """

    course: CoursePage
    modules: list[ModulePage]
    lessons: list[LessonPage]
    quizzes: list[QuizPage]
    assignments: list[AssignmentPage]


def _structure_build(course_pk: int) -> CourseStructure | None:
    course = CoursePage.objects.filter(pk=course_pk).first()
    if course is None:
        return None
    return CourseStructure(
        course=course,
        modules=list(ModulePage.objects.child_of(course).live().order_by("path")),
        lessons=list(
            LessonPage.objects.descendant_of(course)
            .live()
            .order_by("path")
            .only(
                "id",
                "path",
                "depth",
                "title",
                "slug",
                "url_path",
                "live",
                "locale_id",
                "content_type_id",
                "minutes",
                "summary",
            )
        ),
        quizzes=list(QuizPage.objects.descendant_of(course).live().order_by("path")),
        assignments=list(
            AssignmentPage.objects.descendant_of(course).live().order_by("path")
        ),
    )


def course_structure(course_pk: int) -> CourseStructure | None:
    """The course's pages (cached), or None if there is no such course."""
    return cached_by_content(
        f"courses:structure:{course_pk}", lambda: _structure_build(course_pk)
    )


def course_for_lesson(lesson: LessonPage) -> CoursePage:
    """The course of any page below it (lesson, quiz or assignment)."""
    course_pk = cached_by_content(
        f"courses:course-of:{lesson.pk}",
        lambda: (
            CoursePage.objects.ancestor_of(lesson).values_list("pk", flat=True).get()
        ),
    )
    structure = course_structure(course_pk)
    if structure is None:
        raise CoursePage.DoesNotExist
    return structure.course


@dataclass
class LearnerState:
    """A learner's own records in one or more courses: lessons done, best
    quiz result per quiz, latest submission per assignment."""

    done_ids: set[int] = field(default_factory=set)
    quiz_best: dict[int, tuple[int, bool]] = field(default_factory=dict)
    latest: dict[int, AssignmentSubmission] = field(default_factory=dict)
    accepted: set[int] = field(default_factory=set)


def learner_state(
    *,
    user: User | None,
    course_ids: list[int],
    quizzes: bool = True,
    assignments: bool = True,
) -> LearnerState:
    """``user``'s records in ``course_ids``: at most three queries, whatever
    the number of courses (none for a visitor)."""
    state = LearnerState()
    if user is None or not user.is_authenticated or not course_ids:
        return state
    state.done_ids = set(
        LessonProgress.objects.filter(user=user, course_id__in=course_ids).values_list(
            "lesson_id", flat=True
        )
    )
    if quizzes:
        rows = (
            QuizAttempt.objects.filter(
                user=user, course_id__in=course_ids, finished_at__isnull=False
            )
            .values("quiz_id")
            .annotate(best=Max("score"), passes=Count("id", filter=Q(passed=True)))
        )
        state.quiz_best = {
            row["quiz_id"]: (row["best"], row["passes"] > 0) for row in rows
        }
    if assignments:
        for submission in AssignmentSubmission.objects.filter(
            user=user, course_id__in=course_ids
        ).order_by("submitted_at", "pk"):
            state.latest[submission.assignment_id] = submission
            if submission.status == AssignmentSubmission.Status.ACCEPTED:
                state.accepted.add(submission.assignment_id)
    return state


def course_outline(
    *, course: CoursePage, user: User | None, state: LearnerState | None = None
) -> CourseOutline:
    """Modules and live lessons of ``course`` with done flags.

    The pages come from the cached structure; the learner's state costs at
    most three queries (lessons done, quiz results, assignments), or none
    when the caller read it for many courses at once (``learner_state``).
    """
    structure = course_structure(course.pk) or _structure_build(course.pk)
    modules = structure.modules if structure else []
    if state is None:
        state = learner_state(
            user=user,
            course_ids=[course.pk],
            quizzes=bool(structure and structure.quizzes),
            assignments=bool(structure and structure.assignments),
        )
    by_path = {module.path: OutlineModule(page=module) for module in modules}
    number = 0
    for lesson in structure.lessons if structure else []:
        module = by_path.get(lesson.path[:-STEPLEN])
        if module is None:
            continue
        number += 1
        module.lessons.append(
            OutlineLesson(page=lesson, done=lesson.pk in state.done_ids, number=number)
        )
    for quiz in structure.quizzes if structure else []:
        module = by_path.get(quiz.path[:-STEPLEN])
        if module is not None:
            score, passed = state.quiz_best.get(quiz.pk, (None, False))
            module.quizzes.append(
                OutlineQuiz(page=quiz, best_score=score, passed=passed)
            )
    for assignment in structure.assignments if structure else []:
        module = by_path.get(assignment.path[:-STEPLEN])
        if module is not None:
            module.assignments.append(
                OutlineAssignment(
                    page=assignment,
                    latest=state.latest.get(assignment.pk),
                    accepted=assignment.pk in state.accepted,
                )
            )
    return CourseOutline(course=course, modules=list(by_path.values()))


def course_progress(*, user: User, course: CoursePage) -> ProgressSummary:
    total = LessonPage.objects.descendant_of(course).live().count()
    done = LessonProgress.objects.filter(
        user=user, course=course, lesson__live=True
    ).count()
    return ProgressSummary(done=done, total=total)


def enrolment_for(*, user: User, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).first()


def course_is_open_to(*, user: User, course: CoursePage) -> bool:
    if course.enrolment_mode == CoursePage.Enrolment.OPEN:
        return True
    return bool(user.cohort_id and course.cohorts.filter(pk=user.cohort_id).exists())


def course_is_finished(*, user: User, course: CoursePage) -> bool:
    return (
        Enrolment.objects.filter(
            user=user, course=course, completed_at__isnull=False
        ).exists()
        or Certificate.objects.filter(
            user=user, course=course, revoked_at__isnull=True
        ).exists()
    )


def missing_prerequisites(*, user: User, course: CoursePage) -> list[CoursePage]:
    return [
        prerequisite
        for prerequisite in course.prerequisites.all().order_by("title")
        if not course_is_finished(user=user, course=prerequisite)
    ]


def _lesson_stats(courses: list[CoursePage]) -> dict[int, dict[str, int]]:
    """Lesson count and minutes per course, in one query for all courses
    (cached until the content changes)."""
    key = "courses:lesson-stats:" + ",".join(str(course.pk) for course in courses)
    return cached_by_content(key, lambda: _lesson_stats_build(courses))


def _lesson_stats_build(courses: list[CoursePage]) -> dict[int, dict[str, int]]:
    stats = {course.pk: {"lessons": 0, "minutes": 0} for course in courses}
    if not courses:
        return stats
    by_path = {course.path: course.pk for course in courses}
    depth = courses[0].depth
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path)
    for path, minutes in (
        LessonPage.objects.live().filter(query).values_list("path", "minutes")
    ):
        course_pk = by_path.get(path[: depth * STEPLEN])
        if course_pk is not None:
            stats[course_pk]["lessons"] += 1
            stats[course_pk]["minutes"] += minutes
    return stats


def _done_counts(user: User | None, courses: list[CoursePage]) -> dict[int, int]:
    if user is None or not user.is_authenticated or not courses:
        return {}
    rows = (
        LessonProgress.objects.filter(
            user=user, course__in=[c.pk for c in courses], lesson__live=True
        )
        .values("course_id")
        .annotate(done=Count("id"))
    )
    return {row["course_id"]: row["done"] for row in rows}
