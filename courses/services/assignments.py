"""Assignment submissions and review."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from home.imaging import CleanedImage
from home.storage import file_store, files_removed_on_error
from notices.models import Notice
from notices.services import notify

from .. import selectors
from ..models import (
    AssignmentPage,
    AssignmentSubmission,
)
from .certificates import certificate_issue_if_complete
from .quizzes import _require_enrolment

# ---------------------------------------------------------------------------
# Assignments
# ---------------------------------------------------------------------------


class SubmissionRefused(PermissionDenied):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def assignment_submit(
    *, user: User, assignment: AssignmentPage, photo=None, text: str = ""
) -> AssignmentSubmission:
    """Send work for review. ``photo`` must be a ``CleanedImage`` from
    ``home.imaging.clean_image`` (metadata stripped); nothing else is stored."""
    course = selectors.course_for_lesson(assignment)
    _require_enrolment(user=user, course=course)
    if photo is not None and not isinstance(photo, CleanedImage):
        raise TypeError("photo must come from home.imaging.clean_image")
    text = (text or "").strip()
    if assignment.requires_photo and photo is None:
        raise ValidationError({"photo": _("Add a photo of your work.")})
    if assignment.requires_text and not text:
        raise ValidationError({"text": _("Write your answer.")})
    if photo is None and not text:
        raise ValidationError(_("Add a photo or write something."))
    existing = AssignmentSubmission.objects.filter(user=user, assignment=assignment)
    if existing.filter(status=AssignmentSubmission.Status.ACCEPTED).exists():
        raise SubmissionRefused(_("This assignment is already accepted."))
    if existing.filter(status=AssignmentSubmission.Status.SUBMITTED).exists():
        raise SubmissionRefused(_("Your work is waiting for review."))
    submission = AssignmentSubmission(
        user=user, assignment=assignment, course=course, text=text
    )
    # The photo is written first; any failure after it deletes it again, and a
    # storage error (full or read-only disk, bucket down) is a form error.
    with files_removed_on_error():
        if photo is not None:
            file_store(submission.photo, photo.file)
        submission.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                submission.save()
        except IntegrityError as exc:
            raise SubmissionRefused(_("Your work is waiting for review.")) from exc
    return submission


def assignment_review(
    *,
    reviewer: User,
    submission: AssignmentSubmission,
    accept: bool,
    feedback: str,
    rubric_met: list[int] | None = None,
) -> AssignmentSubmission:
    """Accept the work or ask for a revision (feedback required)."""
    if not selectors.reviewable_submissions(reviewer).filter(pk=submission.pk).exists():
        raise PermissionDenied("not a reviewer of this course")
    feedback = (feedback or "").strip()
    if not accept and not feedback:
        raise ValidationError({"feedback": _("Tell the learner what to change.")})
    rubric_count = len(submission.assignment.rubric_items)
    points = sorted({int(i) for i in rubric_met or [] if 0 <= int(i) < rubric_count})
    with transaction.atomic():
        locked = AssignmentSubmission.objects.select_for_update().get(pk=submission.pk)
        if locked.status != AssignmentSubmission.Status.SUBMITTED:
            raise SubmissionRefused(_("This work was already reviewed."))
        locked.status = (
            AssignmentSubmission.Status.ACCEPTED
            if accept
            else AssignmentSubmission.Status.REVISION
        )
        locked.feedback = feedback
        locked.rubric_met = points
        locked.reviewer = reviewer
        locked.reviewed_at = timezone.now()
        locked.full_clean(validate_constraints=False)
        locked.save()
        notify(
            user=locked.user,
            kind=Notice.Kind.ASSIGNMENT_ACCEPTED
            if accept
            else Notice.Kind.ASSIGNMENT_REVISION,
            key=f"assignment-reviewed:{locked.pk}",
            url=locked.assignment.get_url() or "",
            params={"course": locked.course.title},
        )
    if accept:
        certificate_issue_if_complete(user=locked.user, course=locked.course)
    return locked
