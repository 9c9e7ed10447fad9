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


@dataclass
class FunnelStep:
    key: str
    label: str
    count: int


@dataclass
class CohortDashboard:
    cohort: Cohort
    courses: list[CoursePage]
    rows: list[LearnerRow]
    funnel: list[FunnelStep] = field(default_factory=list)

    @property
    def inactive_rows(self) -> list[LearnerRow]:
        return [row for row in self.rows if row.inactive]


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
        moments = list(last_activity.get(learner.pk, []))
        if learner.last_login:
            moments.append(learner.last_login)
        last_active = max(moments) if moments else None
        rows.append(
            LearnerRow(
                learner=learner,
                cells=cells,
                last_active=last_active,
                inactive=last_active is None or now - last_active > INACTIVE_AFTER,
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
    return CohortDashboard(cohort=cohort, courses=courses, rows=rows, funnel=funnel)
