"""What courses stores about a person: export and erase (``home.personal_data``).

Learning records (enrolments, lessons opened and done, lessons saved on her
phone for offline use, steps sent from the phone's offline queue, quiz
attempts, assignment submissions with their photos, the business plan,
instructor links) are exported and deleted. Certificates stay verifiable
under the neutral name "Peserta" and are no longer linked to the account; the
log of their printed names (which may hold her legal name) is deleted.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse

from accounts.models import User
from accounts.services import ANONYMOUS_NAME
from home.personal_data import (
    ExportFile,
    PersonalDataExport,
    export_file,
    file_delete_on_commit,
)

from . import quizzes
from .models import (
    AssignmentSubmission,
    BusinessPlan,
    Certificate,
    CertificateNameChange,
    CoursePage,
    Enrolment,
    LessonProgress,
    LessonVisit,
    OfflineCopy,
    OfflineStep,
    QuizAttempt,
)

MODELS = (
    "courses.Enrolment",
    "courses.LessonProgress",
    "courses.LessonVisit",
    "courses.OfflineCopy",
    "courses.OfflineStep",
    "courses.QuizAttempt",
    "courses.AssignmentSubmission",
    "courses.BusinessPlan",
    # The log of her certificates' printed names.
    "courses.CertificateNameChange",
    # CoursePage.instructors: the person's instructor links are removed.
    "courses.CoursePage",
)
KEPT = {
    "courses.Certificate": (
        "A certificate is evidence buyers and employers check: it stays verifiable "
        "by its code, printed as “Peserta” and no longer linked to the account."
    ),
    "courses.CertificateNameChange": (
        "Name corrections the person made as centre staff or reviewer stay in the "
        "log of the other learner's certificate, pointing at the anonymised account."
    ),
    "courses.AssignmentSubmission": (
        "Reviews the person wrote of other learners' work stay with those "
        "learners' submissions, pointing at the anonymised account."
    ),
}


def _quiz_attempt_record(attempt: QuizAttempt) -> dict[str, Any]:
    if attempt.is_finished:
        # What the learner saw after sending, with her own answers. Never the
        # answer keys: an export must not become a way around the quiz.
        questions = quizzes.answers_record(
            attempt.questions, attempt.answers, attempt.results, passed=attempt.passed
        )
    else:
        # An open attempt: the questions only, never the answer keys.
        questions = quizzes.public_questions(attempt.questions)
    return {
        "quiz": attempt.quiz.title,
        "course": attempt.course.title,
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at,
        "score_percent": attempt.score,
        "passed": attempt.passed,
        "questions": questions,
    }


def export_personal_data(user: User) -> PersonalDataExport:
    enrolments = Enrolment.objects.filter(user=user).select_related("course")
    progress = LessonProgress.objects.filter(user=user).select_related(
        "lesson", "course"
    )
    visits = (
        LessonVisit.objects.filter(user=user)
        .select_related("lesson", "course")
        .order_by("first_opened_at", "pk")
    )
    offline_copies = (
        OfflineCopy.objects.filter(user=user)
        .select_related("lesson")
        .order_by("served_at", "pk")
    )
    offline_steps = (
        OfflineStep.objects.filter(user=user)
        .select_related("lesson")
        .order_by("received_at", "pk")
    )
    attempts = (
        QuizAttempt.objects.filter(user=user)
        .select_related("quiz", "course")
        .order_by("started_at", "pk")
    )
    submissions = (
        AssignmentSubmission.objects.filter(user=user)
        .select_related("assignment", "course")
        .order_by("submitted_at", "pk")
    )
    certificates = Certificate.objects.filter(user=user).select_related("course")
    name_changes = CertificateNameChange.objects.filter(
        certificate__user=user
    ).select_related("certificate__course", "changed_by")
    plan = BusinessPlan.objects.filter(user=user).first()
    taught = CoursePage.objects.filter(instructors=user).order_by("title")

    files: list[ExportFile] = []
    submission_rows = []
    for submission in submissions:
        photo = ""
        if submission.photo:
            exported = export_file("courses", submission.photo)
            files.append(exported)
            photo = exported.path
        submission_rows.append(
            {
                "assignment": submission.assignment.title,
                "course": submission.course.title,
                "submitted_at": submission.submitted_at,
                "text": submission.text,
                "photo": photo,
                "status": str(submission.get_status_display()),
                "feedback": submission.feedback,
                "rubric_points_met": submission.rubric_met,
                "reviewed_at": submission.reviewed_at,
            }
        )
    records = {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "enrolled_at": enrolment.created_at,
                "last_activity_at": enrolment.last_activity_at,
                "completed_at": enrolment.completed_at,
            }
            for enrolment in enrolments
        ],
        "lessons_opened": [
            {
                "lesson": visit.lesson.title,
                "course": visit.course.title,
                "first_opened_at": visit.first_opened_at,
            }
            for visit in visits
        ],
        "lessons_done": [
            {
                "lesson": done.lesson.title,
                "course": done.course.title,
                "completed_at": done.completed_at,
            }
            for done in progress
        ],
        "lessons_saved_for_offline": [
            {"lesson": copy.lesson.title, "saved_at": copy.served_at}
            for copy in offline_copies
        ],
        "offline_steps": [
            {
                "id": str(step.client_id),
                "step": step.kind,
                "lesson": step.lesson.title,
                "time_on_phone": step.client_at,
                "time_counted": step.counted_at,
                "received_at": step.received_at,
                "outcome": step.outcome,
                "message": step.message,
            }
            for step in offline_steps
        ],
        "quiz_attempts": [_quiz_attempt_record(attempt) for attempt in attempts],
        "assignment_submissions": submission_rows,
        "certificates": [
            {
                "course": certificate.course.title,
                "code": certificate.code,
                "printed_name": certificate.printed_name,
                "show_centre": certificate.show_centre,
                "issued_at": certificate.issued_at,
                "revoked_at": certificate.revoked_at,
                "revoked_reason": certificate.revoked_reason,
                "check_at": reverse(
                    "certificate_verify", kwargs={"code": certificate.code}
                ),
            }
            for certificate in certificates
        ],
        "certificate_name_changes": [
            {
                "course": change.certificate.course.title,
                "code": change.certificate.code,
                "changed_at": change.changed_at,
                "kind": str(change.get_kind_display()),
                "old_name": change.old_name,
                "new_name": change.new_name,
                "reason": change.reason,
                "changed_by": change.changed_by.public_name
                if change.changed_by
                else "",
            }
            for change in name_changes
        ],
        "certificate_name_changes_made_as_staff": CertificateNameChange.objects.filter(
            changed_by=user
        )
        .exclude(certificate__user=user)
        .count(),
        "business_plan": (
            {
                **{name: getattr(plan, name) for name in BusinessPlan.ANSWER_FIELDS},
                "updated_at": plan.updated_at,
            }
            if plan
            else None
        ),
        "courses_taught": [course.title for course in taught],
    }
    return PersonalDataExport(records=records, files=files)


def erase_personal_data(user: User) -> None:
    with transaction.atomic():
        CertificateNameChange.objects.filter(certificate__user=user).delete()
        Certificate.objects.filter(user=user).update(
            printed_name=ANONYMOUS_NAME, show_centre=False, user=None
        )
        for submission in AssignmentSubmission.objects.filter(user=user):
            if submission.photo:
                file_delete_on_commit(submission.photo.storage, submission.photo.name)
            submission.delete()
        QuizAttempt.objects.filter(user=user).delete()
        LessonProgress.objects.filter(user=user).delete()
        LessonVisit.objects.filter(user=user).delete()
        OfflineStep.objects.filter(user=user).delete()
        OfflineCopy.objects.filter(user=user).delete()
        Enrolment.objects.filter(user=user).delete()
        BusinessPlan.objects.filter(user=user).delete()
        CoursePage.instructors.through.objects.filter(user=user).delete()
