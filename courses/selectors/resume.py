"""The "Continue learning" card on the home page."""

from __future__ import annotations

from dataclasses import dataclass

from accounts.models import User

from ..models import CoursePage, Enrolment, LessonPage
from .outline import ProgressSummary, course_outline


@dataclass
class ResumeCard:
    course: CoursePage
    lesson: LessonPage
    progress: ProgressSummary
    position: int  # the lesson's number in the course


def resume_card(*, user: User) -> ResumeCard | None:
    """The course the learner was last active in that still has a lesson to
    do, and that lesson. None for visitors and when nothing is left."""
    if not user.is_authenticated:
        return None
    enrolments = (
        Enrolment.objects.filter(
            user=user, course__live=True, completed_at__isnull=True
        )
        .select_related("course")
        .order_by("-last_activity_at", "-pk")[:3]
    )
    for enrolment in enrolments:
        outline = course_outline(course=enrolment.course, user=user)
        following = outline.next_lesson
        if following is not None:
            return ResumeCard(
                course=enrolment.course,
                lesson=following.page,
                progress=outline.progress,
                position=following.number,
            )
    return None
