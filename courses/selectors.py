"""Reads for learning. Querysets carry their joins; counts stay constant."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Q
from django.http import HttpRequest

from accounts.models import User

from .models import (
    AssignmentPage,
    AssignmentSubmission,
    BusinessPlan,
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
    QuizPage,
    Topic,
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


def public_courses():
    return (
        CoursePage.objects.live()
        .public()
        .select_related("topic", "cover_image")
        .order_by("sort_order", "title")
    )


def course_for_lesson(lesson: LessonPage) -> CoursePage:
    """The course of any page below it (lesson, quiz or assignment)."""
    return CoursePage.objects.ancestor_of(lesson).get()


def course_outline(*, course: CoursePage, user: User | None) -> CourseOutline:
    """Modules and live lessons of ``course`` with done flags, in three queries."""
    modules = list(ModulePage.objects.child_of(course).live().order_by("path"))
    lessons = list(
        LessonPage.objects.descendant_of(course)
        .live()
        .order_by("path")
        .only("id", "path", "depth", "title", "slug", "url_path", "minutes", "summary")
    )
    done_ids: set[int] = set()
    if user is not None and user.is_authenticated:
        done_ids = set(
            LessonProgress.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
    by_path = {module.path: OutlineModule(page=module) for module in modules}
    number = 0
    for lesson in lessons:
        module = by_path.get(lesson.path[:-STEPLEN])
        if module is None:
            continue
        number += 1
        module.lessons.append(
            OutlineLesson(page=lesson, done=lesson.pk in done_ids, number=number)
        )
    _outline_quizzes_and_assignments(course=course, user=user, by_path=by_path)
    return CourseOutline(course=course, modules=list(by_path.values()))


def _outline_quizzes_and_assignments(
    *, course: CoursePage, user: User | None, by_path: dict[str, OutlineModule]
) -> None:
    """Add quizzes and assignments with the learner's state: four queries."""
    quizzes = list(QuizPage.objects.descendant_of(course).live().order_by("path"))
    assignments = list(
        AssignmentPage.objects.descendant_of(course).live().order_by("path")
    )
    signed_in = user is not None and user.is_authenticated
    best: dict[int, tuple[int, bool]] = {}
    if signed_in and quizzes:
        rows = (
            QuizAttempt.objects.filter(
                user=user, course=course, finished_at__isnull=False
            )
            .values("quiz_id")
            .annotate(best=Max("score"), passes=Count("id", filter=Q(passed=True)))
        )
        best = {row["quiz_id"]: (row["best"], row["passes"] > 0) for row in rows}
    latest: dict[int, AssignmentSubmission] = {}
    accepted: set[int] = set()
    if signed_in and assignments:
        for submission in AssignmentSubmission.objects.filter(
            user=user, course=course
        ).order_by("submitted_at", "pk"):
            latest[submission.assignment_id] = submission
            if submission.status == AssignmentSubmission.Status.ACCEPTED:
                accepted.add(submission.assignment_id)
    for quiz in quizzes:
        module = by_path.get(quiz.path[:-STEPLEN])
        if module is not None:
            score, passed = best.get(quiz.pk, (None, False))
            module.quizzes.append(
                OutlineQuiz(page=quiz, best_score=score, passed=passed)
            )
    for assignment in assignments:
        module = by_path.get(assignment.path[:-STEPLEN])
        if module is not None:
            module.assignments.append(
                OutlineAssignment(
                    page=assignment,
                    latest=latest.get(assignment.pk),
                    accepted=assignment.pk in accepted,
                )
            )


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
    """Lesson count and minutes per course, in one query for all courses."""
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


@dataclass
class CourseCard:
    course: CoursePage
    lessons: int
    minutes: int
    enrolled: bool
    progress: ProgressSummary | None


def course_cards(*, courses: list[CoursePage], user: User | None) -> list[CourseCard]:
    stats = _lesson_stats(courses)
    done = _done_counts(user, courses)
    enrolled: set[int] = set()
    if user is not None and user.is_authenticated:
        enrolled = set(
            Enrolment.objects.filter(user=user, course__in=courses).values_list(
                "course_id", flat=True
            )
        )
    cards = []
    for course in courses:
        total = stats[course.pk]["lessons"]
        is_enrolled = course.pk in enrolled
        cards.append(
            CourseCard(
                course=course,
                lessons=total,
                minutes=stats[course.pk]["minutes"],
                enrolled=is_enrolled,
                progress=ProgressSummary(done.get(course.pk, 0), total)
                if is_enrolled
                else None,
            )
        )
    return cards


def course_catalogue(*, request: HttpRequest, index: CourseIndexPage) -> dict[str, Any]:
    """Catalogue cards, filtered by an allowlisted topic and level, or searched."""
    topics = list(Topic.objects.all())
    courses = public_courses().child_of(index)
    topic_slug = request.GET.get("topik", "")
    topic = next((t for t in topics if t.slug == topic_slug), None)
    if topic is not None:
        courses = courses.filter(topic=topic)
    level = request.GET.get("tingkat", "")
    if level in CoursePage.Level.values:
        courses = courses.filter(level=level)
    query = request.GET.get("q", "").strip()[:100]
    lesson_results: list[LessonPage] = []
    if query:
        course_list = list(courses.search(query))
        lesson_results = list(
            LessonPage.objects.live().public().descendant_of(index).search(query)[:20]
        )
    else:
        course_list = list(courses)
    return {
        "cards": course_cards(courses=course_list, user=request.user),
        "topics": topics,
        "active_topic": topic,
        "levels": CoursePage.Level.choices,
        "active_level": level if level in CoursePage.Level.values else "",
        "query": query,
        "lesson_results": lesson_results,
    }


@dataclass
class DashboardCourse:
    enrolment: Enrolment
    outline: CourseOutline
    certificate: Certificate | None = None

    @property
    def quizzes_passed(self) -> int:
        return sum(1 for quiz in self.outline.quizzes if quiz.passed)


def learner_dashboard(*, user: User) -> dict[str, Any]:
    """Everything on "Belajar saya": courses with progress, and the business plan."""
    enrolments = list(
        Enrolment.objects.filter(user=user, course__live=True)
        .select_related("course")
        .order_by("-last_activity_at")
    )
    courses = [
        DashboardCourse(
            enrolment=enrolment,
            outline=course_outline(course=enrolment.course, user=user),
        )
        for enrolment in enrolments
    ]
    certificates = {
        certificate.course_id: certificate
        for certificate in Certificate.objects.filter(user=user).select_related(
            "course"
        )
    }
    for item in courses:
        item.certificate = certificates.get(item.enrolment.course_id)
    return {
        "dashboard_courses": courses,
        "business_plan": BusinessPlan.objects.filter(user=user).first(),
        "certificates": list(certificates.values()),
        "may_review": user_may_review(user),
    }


def business_plan_for(*, user: User) -> BusinessPlan | None:
    return BusinessPlan.objects.filter(user=user).first()


def user_can_edit_page(*, user: User, page) -> bool:
    if not user.is_authenticated:
        return False
    return page.permissions_for_user(user).can_edit()


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
    from datetime import timedelta

    from django.utils import timezone

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


# ---------------------------------------------------------------------------
# Assignments
# ---------------------------------------------------------------------------


def submissions_for(
    *, user: User, assignment: AssignmentPage
) -> list[AssignmentSubmission]:
    return list(
        AssignmentSubmission.objects.filter(user=user, assignment=assignment)
        .select_related("reviewer")
        .order_by("-submitted_at", "-pk")
    )


def submissions_of(user: User):
    """Submissions ``user`` sent (their own photo view)."""
    return AssignmentSubmission.objects.filter(user=user)


def user_is_curriculum_reviewer(user: User) -> bool:
    from .services import REVIEWERS_GROUP

    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=REVIEWERS_GROUP).exists()


def reviewable_submissions(user: User):
    """Submissions ``user`` may review: courses they teach, or all of them for
    curriculum reviewers. Anyone else gets an empty queryset (so a 404)."""
    queryset = AssignmentSubmission.objects.select_related(
        "assignment", "course", "user"
    )
    if not user.is_authenticated:
        return queryset.none()
    if user_is_curriculum_reviewer(user):
        return queryset
    return queryset.filter(course__in=CoursePage.objects.filter(instructors=user))


def user_may_review(user: User) -> bool:
    if not user.is_authenticated:
        return False
    return (
        user_is_curriculum_reviewer(user)
        or CoursePage.objects.filter(instructors=user).exists()
    )


def review_queue(*, user: User) -> list[AssignmentSubmission]:
    return list(
        reviewable_submissions(user)
        .filter(status=AssignmentSubmission.Status.SUBMITTED)
        .order_by("submitted_at")
    )


# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificates_of(user: User):
    """The learner's own certificates (their PDF and settings)."""
    return Certificate.objects.filter(user=user).select_related("course")


def certificates_revocable_by(user: User):
    """Admins and curriculum reviewers: all; centre staff: their centre's
    learners only; anyone else: none."""
    from accounts.selectors import staff_centre_for

    queryset = Certificate.objects.select_related("course", "user")
    if not user.is_authenticated:
        return queryset.none()
    if user_is_curriculum_reviewer(user):
        return queryset
    centre = staff_centre_for(user)
    if centre is None:
        return queryset.none()
    return queryset.filter(user__centre=centre)


@dataclass(frozen=True)
class PublicCertificate:
    """What anyone may see on the verification page: nothing more."""

    code: str
    printed_name: str
    course_title: str
    issued_at: Any
    is_valid: bool
    revoked_at: Any
    revoked_reason: str
    centre_name: str


def certificate_public(*, code: str) -> PublicCertificate | None:
    from django.utils.translation import gettext

    certificate = (
        Certificate.objects.filter(code=code)
        .select_related("course", "user__centre")
        .first()
    )
    if certificate is None:
        return None
    user = certificate.user
    centre_name = ""
    if user is not None and certificate.show_centre and user.centre is not None:
        centre_name = user.centre.name
    return PublicCertificate(
        code=certificate.code,
        printed_name=certificate.printed_name
        if user is not None
        else gettext("Participant"),
        course_title=certificate.course.title,
        issued_at=certificate.issued_at,
        is_valid=certificate.is_valid,
        revoked_at=certificate.revoked_at,
        revoked_reason=certificate.revoked_reason,
        centre_name=centre_name,
    )
