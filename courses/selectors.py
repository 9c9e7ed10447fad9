"""Reads for learning. Querysets carry their joins; counts stay constant."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest

from accounts.models import User

from .models import (
    BusinessPlan,
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
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
class OutlineModule:
    page: ModulePage
    lessons: list[OutlineLesson] = field(default_factory=list)

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
    return {
        "dashboard_courses": courses,
        "business_plan": BusinessPlan.objects.filter(user=user).first(),
        "certificates": list(
            Certificate.objects.filter(user=user).select_related("course")
        ),
    }


def business_plan_for(*, user: User) -> BusinessPlan | None:
    return BusinessPlan.objects.filter(user=user).first()


def user_can_edit_page(*, user: User, page) -> bool:
    if not user.is_authenticated:
        return False
    return page.permissions_for_user(user).can_edit()
