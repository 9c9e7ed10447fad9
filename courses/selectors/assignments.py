"""Assignment submissions and the review queue."""

from __future__ import annotations

from accounts.models import User

from ..models import (
    AssignmentPage,
    AssignmentSubmission,
    CoursePage,
)

REVIEW_ANY_SUBMISSION = "courses.review_submission"
TEACH_COURSE = "courses.teach_course"

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
    """May review (and revoke certificates of) every course, not only the
    courses they teach. A permission, whatever group grants it."""
    return user.is_authenticated and user.has_perm(REVIEW_ANY_SUBMISSION)


def user_is_instructor(user: User) -> bool:
    """Holds the instructor role. Being listed on a course gives nothing
    without it (a learner put on the list by mistake sees no one's work)."""
    return user.is_authenticated and user.has_perm(TEACH_COURSE)


def courses_taught_by(user: User):
    """The courses ``user`` teaches: listed as instructor, with the role."""
    if not user_is_instructor(user):
        return CoursePage.objects.none()
    return CoursePage.objects.filter(instructors=user)


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
    return queryset.filter(course__in=courses_taught_by(user))


def user_may_review(user: User) -> bool:
    if not user.is_authenticated:
        return False
    return user_is_curriculum_reviewer(user) or courses_taught_by(user).exists()


def review_queue(*, user: User) -> list[AssignmentSubmission]:
    return list(
        reviewable_submissions(user)
        .filter(status=AssignmentSubmission.Status.SUBMITTED)
        .order_by("submitted_at")
    )
