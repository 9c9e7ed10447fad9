"""Course cards, the catalogue and the learner dashboard."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest

from accounts.models import User
from home.page_cache import cached_by_content

from ..models import (
    BusinessPlan,
    Certificate,
    CourseIndexPage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    Topic,
)
from .assignments import user_may_review
from .outline import (
    CourseOutline,
    ProgressSummary,
    _lesson_stats,
    course_outline,
    learner_state,
    public_courses,
)


@dataclass
class CourseCard:
    course: CoursePage
    lessons: int
    minutes: int
    enrolled: bool
    progress: ProgressSummary | None


def course_cards(*, courses: list[CoursePage], user: User | None) -> list[CourseCard]:
    stats = _lesson_stats(courses)
    # Her enrolments among these courses with the live lessons done in each:
    # one query.
    done: dict[int, int] = {}
    if user is not None and user.is_authenticated and courses:
        lessons_done = (
            LessonProgress.objects.filter(
                user=user, course_id=OuterRef("course_id"), lesson__live=True
            )
            .order_by()
            .values("course_id")
            .annotate(done=Count("id"))
            .values("done")
        )
        done = dict(
            Enrolment.objects.filter(user=user, course__in=courses)
            .annotate(done=Coalesce(Subquery(lessons_done), 0))
            .values_list("course_id", "done")
        )
    enrolled = set(done)
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


def course_card_from_outline(
    outline: CourseOutline, enrolment: Enrolment | None
) -> CourseCard:
    """The card of one course from its outline: no query of its own."""
    lessons = outline.lessons
    return CourseCard(
        course=outline.course,
        lessons=len(lessons),
        minutes=sum(lesson.page.minutes for lesson in lessons),
        enrolled=enrolment is not None,
        progress=outline.progress if enrolment is not None else None,
    )


def course_catalogue(*, request: HttpRequest, index: CourseIndexPage) -> dict[str, Any]:
    """Catalogue cards, filtered by an allowlisted topic and level, or searched."""
    topics = cached_by_content("courses:topics", lambda: list(Topic.objects.all()))
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
    elif topic is None and not level:
        # The whole catalogue, the same for everyone: cached.
        course_list = cached_by_content(
            f"courses:catalogue:{index.pk}", lambda: list(courses)
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
    # Lessons done, quiz results and submissions in every course at once,
    # not three queries per course.
    state = learner_state(user=user, course_ids=[e.course_id for e in enrolments])
    courses = [
        DashboardCourse(
            enrolment=enrolment,
            outline=course_outline(course=enrolment.course, user=user, state=state),
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
