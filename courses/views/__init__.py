"""Course views, split by concern; every view is importable from here."""

from ._common import (
    PRIVATE,
)
from .assignments import (
    assignment_page_serve,
    assignment_submit,
    review_queue,
    review_submission,
    submission_photo,
)
from .certificates import (
    certificate_lookup,
    certificate_lookup_url,
    certificate_name,
    certificate_pdf,
    certificate_reissue,
    certificate_revoke,
    certificate_settings,
    certificate_verify,
    certificate_verify_url,
)
from .dashboard import (
    business_plan_edit,
    business_plan_pdf,
    dashboard,
)
from .offline import offline_bundle, offline_sync
from .pages import (
    course_index_serve,
    course_page_serve,
    enrol,
    lesson_complete,
    lesson_page_serve,
)
from .quizzes import (
    quiz_attempt,
    quiz_attempt_submit,
    quiz_page_serve,
    quiz_start,
)

__all__ = [
    "offline_bundle",
    "offline_sync",
    "PRIVATE",
    "course_index_serve",
    "course_page_serve",
    "lesson_page_serve",
    "enrol",
    "lesson_complete",
    "dashboard",
    "business_plan_edit",
    "business_plan_pdf",
    "quiz_page_serve",
    "quiz_start",
    "quiz_attempt",
    "quiz_attempt_submit",
    "assignment_page_serve",
    "assignment_submit",
    "submission_photo",
    "review_queue",
    "review_submission",
    "certificate_verify_url",
    "certificate_verify",
    "certificate_pdf",
    "certificate_settings",
    "certificate_revoke",
    "certificate_lookup",
    "certificate_lookup_url",
    "certificate_name",
    "certificate_reissue",
]
