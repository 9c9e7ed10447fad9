"""The cohort dashboard: learning (courses) and selling (marketplace) side by side.

This app sits on top of accounts, courses and marketplace and reads each through
its selectors; none of them knows about the dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Cohort, User
from accounts.selectors import cohort_learners
from courses.models import Certificate, CoursePage
from courses.selectors import courses_for_cohort, learning_records_for
from marketplace.selectors import showcase_funnel

INACTIVE_AFTER = timedelta(days=7)


@dataclass
class Cell:
    course: CoursePage
    enrolled: bool = False
    done: int = 0
    total: int = 0
    score: float | None = None
    certificate: Certificate | None = None

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class LearnerRow:
    learner: User
    cells: list[Cell]
    last_active: datetime | None
    inactive: bool
    never_signed_in: bool = False

    @property
    def status(self) -> str:
        if self.never_signed_in:
            return STATUS_NEVER
        return STATUS_INACTIVE if self.inactive else STATUS_ACTIVE


STATUS_ACTIVE = "active"
STATUS_INACTIVE = "inactive"
STATUS_NEVER = "never"
STATUSES = (STATUS_ACTIVE, STATUS_INACTIVE, STATUS_NEVER)


@dataclass
class FunnelStep:
    key: str
    label: str
    count: int
    # Share of the cohort (the bar's length) and who did not get here from
    # the step before (the drop-off), filled in by ``_funnel_shape``.
    percent: int = 0
    dropped: int = 0
    dropped_percent: int = 0


@dataclass
class CohortDashboard:
    cohort: Cohort
    courses: list[CoursePage]
    rows: list[LearnerRow]
    funnel: list[FunnelStep] = field(default_factory=list)

    @property
    def inactive_rows(self) -> list[LearnerRow]:
        """Signed in before, but not in the last 7 days."""
        return [row for row in self.rows if row.status == STATUS_INACTIVE]

    @property
    def never_rows(self) -> list[LearnerRow]:
        """Never signed in (inactive too, counted apart)."""
        return [row for row in self.rows if row.never_signed_in]

    @property
    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(STATUSES, 0)
        for row in self.rows:
            counts[row.status] += 1
        counts["learners"] = len(self.rows)
        return counts


def _funnel_shape(steps: list[FunnelStep], learners: int) -> list[FunnelStep]:
    """Bar lengths against the cohort size, drop-off against the step before."""
    previous = learners
    for step in steps:
        step.percent = round(100 * step.count / learners) if learners else 0
        step.dropped = max(previous - step.count, 0)
        step.dropped_percent = round(100 * step.dropped / previous) if previous else 0
        previous = step.count
    return steps


@dataclass
class MatrixPage:
    """One page of the learners × courses matrix, after search and filter."""

    rows: list[LearnerRow]
    number: int
    pages: int
    matching: int
    query: str
    status: str

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


MATRIX_PAGE_SIZE = 50


def matrix_page(
    dashboard: CohortDashboard, *, query: str = "", status: str = "", page: object = 1
) -> MatrixPage:
    """The rows whose display name contains ``query`` (any case), with
    ``status`` (one of ``STATUSES``, else all), ``MATRIX_PAGE_SIZE`` a page:
    the page's size does not grow with the cohort."""
    query = query.strip()[:100]
    status = status if status in STATUSES else ""
    rows = dashboard.rows
    if query:
        needle = query.casefold()
        rows = [row for row in rows if needle in row.learner.display_name.casefold()]
    if status:
        rows = [row for row in rows if row.status == status]
    pages = max(1, -(-len(rows) // MATRIX_PAGE_SIZE))
    try:
        number = min(max(int(str(page)), 1), pages)
    except ValueError:
        number = 1
    start = (number - 1) * MATRIX_PAGE_SIZE
    return MatrixPage(
        rows=rows[start : start + MATRIX_PAGE_SIZE],
        number=number,
        pages=pages,
        matching=len(rows),
        query=query,
        status=status,
    )


def cohort_dashboard(*, cohort: Cohort, now: datetime | None = None) -> CohortDashboard:
    """Learners × courses, inactivity and the "naik kelas" funnel.

    A fixed number of queries, whatever the number of learners.
    """
    now = now or timezone.now()
    courses = list(courses_for_cohort(cohort=cohort))
    learners = list(cohort_learners(cohort=cohort))
    user_ids = [learner.pk for learner in learners]
    records = learning_records_for(user_ids=user_ids, courses=courses)
    last_activity: dict[int, list[datetime]] = {}
    for (uid, _cid), enrolment in records.enrolments.items():
        last_activity.setdefault(uid, []).append(enrolment.last_activity_at)

    rows = []
    for learner in learners:
        cells = [
            Cell(
                course=course,
                enrolled=(learner.pk, course.pk) in records.enrolments,
                done=records.lessons_done.get((learner.pk, course.pk), 0),
                total=records.lesson_totals.get(course.pk, 0),
                score=records.best_scores.get((learner.pk, course.pk)),
                certificate=records.certificates.get((learner.pk, course.pk)),
            )
            for course in courses
        ]
        # Someone who never signed in has no last activity, whatever the
        # dates on the enrolments staff made for her.
        never = learner.last_login is None
        last_active = None
        if not never:
            last_active = max([learner.last_login, *last_activity.get(learner.pk, [])])
        rows.append(
            LearnerRow(
                learner=learner,
                cells=cells,
                last_active=last_active,
                inactive=never or now - last_active > INACTIVE_AFTER,
                never_signed_in=never,
            )
        )

    enrolled = {uid for uid, _cid in records.enrolments}
    completed = {uid for (uid, _cid), e in records.enrolments.items() if e.completed_at}
    certified = {uid for uid, _cid in records.certificates}
    showcase = showcase_funnel(user_ids=user_ids)
    funnel = [
        FunnelStep("enrolled", str(_("Enrolled")), len(enrolled)),
        FunnelStep("completed", str(_("Completed a course")), len(completed)),
        FunnelStep("certified", str(_("Certified")), len(certified)),
        FunnelStep("brand", str(_("Brand approved")), len(showcase["brand"])),
        FunnelStep("product", str(_("Product live")), len(showcase["product"])),
        FunnelStep("inquiry", str(_("First inquiry")), len(showcase["inquiry"])),
    ]
    return CohortDashboard(
        cohort=cohort,
        courses=courses,
        rows=rows,
        funnel=_funnel_shape(funnel, len(learners)),
    )
