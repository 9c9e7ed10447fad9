"""Which courses a cohort follows."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction

from accounts.models import Cohort

from ..models import CoursePage


def cohort_courses_set(*, cohort: Cohort, courses: Iterable[CoursePage]) -> None:
    """Assign exactly ``courses`` to ``cohort`` (learners of a cohort-only course
    may then enrol; already enrolled learners keep their enrolment)."""
    with transaction.atomic():
        cohort.courses.set(list(courses))
