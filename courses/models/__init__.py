"""Course models, split by concern; every model is importable from here."""

from .assignments import (
    AssignmentSubmission,
    assignment_photo_path,
)
from .certificates import (
    Certificate,
    CertificateNameChange,
    certificate_code,
    certificate_code_candidates,
    certificate_code_display,
)
from .pages import (
    AssignmentPage,
    CourseIndexPage,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
    Topic,
)
from .progress import (
    BusinessPlan,
    Enrolment,
    LessonProgress,
    LessonVisit,
    OfflineCopy,
    OfflineStep,
)
from .quizzes import (
    QuizAttempt,
)
from .workflow import CourseReviewTask

__all__ = [
    "Topic",
    "CourseIndexPage",
    "CoursePage",
    "ModulePage",
    "LessonPage",
    "QuizPage",
    "AssignmentPage",
    "Enrolment",
    "LessonProgress",
    "LessonVisit",
    "OfflineStep",
    "OfflineCopy",
    "BusinessPlan",
    "certificate_code",
    "certificate_code_candidates",
    "certificate_code_display",
    "Certificate",
    "CertificateNameChange",
    "QuizAttempt",
    "assignment_photo_path",
    "AssignmentSubmission",
    "CourseReviewTask",
]
