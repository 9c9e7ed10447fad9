"""Writes for learning: enrol, record progress, save the business plan, quizzes,
assignments and certificates."""

# Imported names that callers used to reach through this module.
from django.core.exceptions import PermissionDenied

from ..models import Certificate
from .assignments import (
    SubmissionRefused,
    assignment_review,
    assignment_submit,
)
from .catalogue import (
    COURSE_WORKFLOW,
    INSTRUCTORS_GROUP,
    REVIEWERS_GROUP,
    course_catalogue_ensure,
    course_tree_access_ensure,
)
from .certificates import (
    CertificateNameFixed,
    certificate_issue_if_complete,
    certificate_lookup_blocked,
    certificate_lookup_miss_record,
    certificate_name_confirm,
    certificate_reissue,
    certificate_revoke,
    certificate_settings_update,
)
from .cohorts import cohort_courses_set
from .enrolments import (
    EnrolmentRefused,
    LessonNotOpened,
    business_plan_save,
    enrolment_create,
    lesson_open_record,
    progress_record,
)
from .offline import (
    QueuedStep,
    StepResult,
    offline_copy_record,
    offline_steps_apply,
)
from .quizzes import (
    QuizAlreadySubmitted,
    QuizNotReady,
    quiz_attempt_start,
    quiz_attempt_submit,
)

__all__ = [
    "QueuedStep",
    "StepResult",
    "offline_steps_apply",
    "offline_copy_record",
    "cohort_courses_set",
    "PermissionDenied",
    "Certificate",
    "EnrolmentRefused",
    "enrolment_create",
    "progress_record",
    "LessonNotOpened",
    "lesson_open_record",
    "business_plan_save",
    "INSTRUCTORS_GROUP",
    "REVIEWERS_GROUP",
    "COURSE_WORKFLOW",
    "course_tree_access_ensure",
    "course_catalogue_ensure",
    "QuizNotReady",
    "QuizAlreadySubmitted",
    "quiz_attempt_start",
    "quiz_attempt_submit",
    "SubmissionRefused",
    "assignment_submit",
    "assignment_review",
    "certificate_issue_if_complete",
    "certificate_settings_update",
    "certificate_revoke",
    "CertificateNameFixed",
    "certificate_name_confirm",
    "certificate_reissue",
    "certificate_lookup_blocked",
    "certificate_lookup_miss_record",
]
