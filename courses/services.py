"""Writes for learning: enrol, record progress, save the business plan, quizzes,
assignments and certificates."""

from __future__ import annotations

import random
from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User

from . import selectors
from .models import (
    AssignmentPage,
    AssignmentSubmission,
    BusinessPlan,
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    QuizAttempt,
    QuizPage,
)


class EnrolmentRefused(PermissionDenied):
    """Raised with a message that tells the learner what to do instead."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def enrolment_create(*, user: User, course: CoursePage) -> Enrolment:
    """Enrol ``user`` in ``course``. Idempotent: a second call returns the same row."""
    existing = Enrolment.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not selectors.course_is_open_to(user=user, course=course):
        raise EnrolmentRefused(
            _("This course is only for learners of certain cohorts. Ask your centre.")
        )
    missing = selectors.missing_prerequisites(user=user, course=course)
    if missing:
        names = ", ".join(c.title for c in missing)
        raise EnrolmentRefused(
            _("Finish these courses first: %(names)s.") % {"names": names}
        )
    enrolment = Enrolment(user=user, course=course)
    enrolment.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        return Enrolment.objects.get(user=user, course=course)
    return enrolment


def progress_record(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark ``lesson`` done. Repeating it (or racing it) changes nothing."""
    course = selectors.course_for_lesson(lesson)
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))
    existing = LessonProgress.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing
    progress = LessonProgress(user=user, lesson=lesson, course=course)
    try:
        with transaction.atomic():
            progress.save()
            now = timezone.now()
            Enrolment.objects.filter(user=user, course=course).update(
                last_activity_at=now
            )
            summary = selectors.course_progress(user=user, course=course)
            if summary.is_complete:
                Enrolment.objects.filter(
                    user=user, course=course, completed_at__isnull=True
                ).update(completed_at=now)
    except IntegrityError:
        return LessonProgress.objects.get(user=user, lesson=lesson)
    certificate_issue_if_complete(user=user, course=course)
    return progress


def business_plan_save(*, user: User, data: dict) -> BusinessPlan:
    """Create or update the learner's business plan from cleaned form data."""
    allowed = {
        "business_name",
        "product",
        "customers",
        "value",
        "channels",
        "costs",
        "price",
    }
    unknown = set(data) - allowed
    if unknown:
        raise ValidationError(f"unknown fields: {sorted(unknown)}")
    with transaction.atomic():
        plan, _created = BusinessPlan.objects.select_for_update().get_or_create(
            user=user
        )
        for name, value in data.items():
            setattr(plan, name, value)
        plan.full_clean()
        plan.save()
    return plan


INSTRUCTORS_GROUP = "Instructors"
REVIEWERS_GROUP = "Curriculum reviewers"
COURSE_WORKFLOW = "Course review"


def course_tree_access_ensure(*, index) -> None:
    """Instructors may add and edit under the catalogue, reviewers also publish;
    every change under it goes through the "Course review" workflow. Idempotent."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

    def page_permission(codename: str) -> Permission:
        return Permission.objects.get(
            content_type__app_label="wagtailcore", codename=codename
        )

    grants = {
        INSTRUCTORS_GROUP: ["add_page", "change_page"],
        REVIEWERS_GROUP: ["add_page", "change_page", "publish_page", "lock_page"],
    }
    with transaction.atomic():
        for group_name, codenames in grants.items():
            group = Group.objects.get(name=group_name)
            for codename in codenames:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=index, permission=page_permission(codename)
                )
        workflow = Workflow.objects.get(name=COURSE_WORKFLOW)
        WorkflowPage.objects.update_or_create(
            page=index, defaults={"workflow": workflow}
        )


def course_catalogue_ensure(*, parent, title: str, slug: str, intro: str):
    """The single CourseIndexPage under ``parent``, with access and workflow set."""
    from .models import CourseIndexPage

    with transaction.atomic():
        index = CourseIndexPage.objects.first()
        if index is None:
            index = CourseIndexPage(title=title, slug=slug, intro=intro)
            parent.add_child(instance=index)
        else:
            index.title = title
            index.intro = intro
        index.full_clean()
        index.save_revision().publish()
        course_tree_access_ensure(index=index)
    return index


# ---------------------------------------------------------------------------
# Quizzes
# ---------------------------------------------------------------------------


class QuizNotReady(PermissionDenied):
    """The cooldown since the last attempt has not passed yet."""

    def __init__(self, ready_at: datetime):
        super().__init__("cooldown")
        self.ready_at = ready_at


class QuizAlreadySubmitted(Exception):
    """The attempt was graded before (a double click or an old form)."""


def _require_enrolment(*, user: User, course: CoursePage) -> None:
    if not Enrolment.objects.filter(user=user, course=course).exists():
        raise PermissionDenied(_("Enrol in the course first."))


def quiz_attempt_start(
    *, user: User, quiz: QuizPage, rng: random.Random | None = None
) -> QuizAttempt:
    """Start (or resume) an attempt: questions drawn, options shuffled and
    values generated now, stored server side so a reload shows the same."""
    from . import quizzes

    course = selectors.course_for_lesson(quiz)
    _require_enrolment(user=user, course=course)
    open_attempt = selectors.quiz_open_attempt(user=user, quiz=quiz)
    if open_attempt is not None:
        return open_attempt
    ready_at = selectors.quiz_next_attempt_at(user=user, quiz=quiz)
    if ready_at is not None:
        raise QuizNotReady(ready_at)
    pool = [(block.id, block.block_type, block.value) for block in quiz.questions]
    if not pool:
        raise ValidationError(_("This quiz has no questions yet."))
    snapshot = quizzes.attempt_build(
        pool,
        count=quiz.questions_per_attempt,
        rng=rng or random.SystemRandom(),
    )
    attempt = QuizAttempt(user=user, quiz=quiz, course=course, questions=snapshot)
    attempt.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            attempt.save()
    except IntegrityError:
        # Started twice at once: both get the same open attempt.
        return QuizAttempt.objects.get(user=user, quiz=quiz, finished_at__isnull=True)
    return attempt


def quiz_attempt_submit(*, user: User, attempt: QuizAttempt, data) -> QuizAttempt:
    """Grade ``attempt`` once, on the server. Answers not asked by this attempt
    (unknown questions or option keys) are refused with ``ValidationError``;
    a finished attempt raises ``QuizAlreadySubmitted``."""
    from . import quizzes

    if attempt.user_id != user.pk:
        raise PermissionDenied("not your attempt")
    with transaction.atomic():
        locked = QuizAttempt.objects.select_for_update().get(pk=attempt.pk, user=user)
        if locked.finished_at is not None:
            raise QuizAlreadySubmitted
        answers = quizzes.answers_clean(locked.questions, data)
        score, results = quizzes.attempt_grade(locked.questions, answers)
        locked.answers = answers
        locked.results = results
        locked.score = score
        locked.passed = score >= locked.quiz.pass_mark
        locked.finished_at = timezone.now()
        locked.full_clean(validate_constraints=False)
        locked.save()
        Enrolment.objects.filter(user=user, course=locked.course_id).update(
            last_activity_at=locked.finished_at
        )
    if locked.passed:
        certificate_issue_if_complete(user=user, course=locked.course)
    return locked


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
    from home.imaging import CleanedImage

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
    if photo is not None:
        submission.photo.save(photo.file.name, photo.file, save=False)
    submission.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError as exc:
        if submission.photo:
            submission.photo.delete(save=False)
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
    if accept:
        certificate_issue_if_complete(user=locked.user, course=locked.course)
    return locked


# ---------------------------------------------------------------------------
# Certificates
# ---------------------------------------------------------------------------


def certificate_issue_if_complete(
    *, user: User, course: CoursePage
) -> Certificate | None:
    """Issue the course certificate once every required lesson, quiz and
    assignment is done. Exactly once, also when completions race: the unique
    (user, course) constraint decides, and the loser reads the winner's row.
    A revoked certificate is not re-issued."""
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    if not Enrolment.objects.filter(user=user, course=course).exists():
        return None
    outline = selectors.course_outline(course=course, user=user)
    if not outline.requirements_met:
        return None
    certificate = Certificate(
        user=user, course=course, printed_name=user.public_name[:80]
    )
    certificate.full_clean(validate_constraints=False, validate_unique=False)
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:
        return Certificate.objects.get(user=user, course=course)
    return certificate


def certificate_settings_update(
    *, user: User, certificate: Certificate, printed_name: str, show_centre: bool
) -> Certificate:
    """The learner decides the printed name and whether their centre shows."""
    if certificate.user_id != user.pk:
        raise PermissionDenied("not your certificate")
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        locked.printed_name = printed_name.strip()
        locked.show_centre = bool(show_centre)
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["printed_name", "show_centre"])
    return locked


def certificate_revoke(
    *, actor: User, certificate: Certificate, reason: str
) -> Certificate:
    """Staff withdraw a certificate with a reason the verification page shows."""
    if (
        not selectors.certificates_revocable_by(actor)
        .filter(pk=certificate.pk)
        .exists()
    ):
        raise PermissionDenied("may not revoke this certificate")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"revoked_reason": _("Write the reason.")})
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is None:
            locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.full_clean(validate_unique=False, validate_constraints=False)
        locked.save(update_fields=["revoked_at", "revoked_reason"])
    return locked
