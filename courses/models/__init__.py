"""Course models, split by concern; every model is importable from here."""

from .assignments import (
    AssignmentSubmission,
    assignment_photo_path,
)
from .certificates import (
    Certificate,
    certificate_code,
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
    "BusinessPlan",
    "certificate_code",
    "Certificate",
    "QuizAttempt",
    "assignment_photo_path",
    "AssignmentSubmission",
    "CourseReviewTask",
]
