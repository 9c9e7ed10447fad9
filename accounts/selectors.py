"""Reads about people, scoped to who is asking."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.apps import apps
from django.db.models import Count, Max, Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
)

from . import marketplace_bridge
from .models import Centre, Cohort, User

CENTRE_PEOPLE_PERMISSION = "accounts.view_centre_people"
CENTRE_STAFF_GROUP = "Centre staff"  # bundles it; for granting only
INACTIVE_AFTER = timedelta(days=7)


def staff_centre_for(user: User) -> Centre | None:
    """The centre whose people ``user`` may see, or None if they are not staff.

    Centre staff hold the permission "accounts.view_centre_people" (the
    "Centre staff" group grants it); their own ``centre`` is the only one they
    see.
    """
    if not user.is_authenticated or user.centre_id is None:
        return None
    if not user.has_perm(CENTRE_PEOPLE_PERMISSION):
        return None
    return user.centre


def _centre_or_404(user: User) -> Centre:
    centre = staff_centre_for(user)
    if centre is None:
        raise Http404
    return centre


def cohort_list_for_staff(*, user: User) -> QuerySet[Cohort]:
    centre = _centre_or_404(user)
    return (
        Cohort.objects.filter(centre=centre)
        .annotate(learner_count=Count("learners", distinct=True))
        .order_by("-start_date", "name")
    )


def cohort_for_staff(*, user: User, pk: int) -> Cohort:
    """The cohort, if it belongs to the staff member's centre; else 404."""
    centre = _centre_or_404(user)
    cohort = Cohort.objects.select_related("centre").filter(pk=pk, centre=centre)
    found = cohort.first()
    if found is None:
        raise Http404
    return found


def learner_for_staff(*, user: User, pk: int) -> User:
    centre = _centre_or_404(user)
    learner = (
        User.objects.select_related("cohort")
        .filter(pk=pk, centre=centre, is_active=True)
        .first()
    )
    if learner is None:
        raise Http404
    return learner


def cohort_learners(*, cohort: Cohort) -> QuerySet[User]:
    return User.objects.filter(cohort=cohort, is_active=True).order_by(
        "display_name", "pk"
    )


# --- staff dashboard --------------------------------------------------------------


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
    marketplace_available: bool = False

    @property
    def inactive_rows(self) -> list[LearnerRow]:
        return [row for row in self.rows if row.inactive]


def _lesson_totals(courses: list[CoursePage]) -> dict[int, int]:
    totals = dict.fromkeys((course.pk for course in courses), 0)
    if not courses:
        return totals
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path)
    steplen = CoursePage.steplen
    by_path = {course.path: course.pk for course in courses}
    depth = courses[0].depth
    for path in LessonPage.objects.live().filter(query).values_list("path", flat=True):
        course_pk = by_path.get(path[: depth * steplen])
        if course_pk is not None:
            totals[course_pk] += 1
    return totals


def _quiz_scores(user_ids: list[int], course_ids: list[int]) -> dict[tuple, float]:
    """Best quiz score per (user, course), when the quiz app provides attempts.

    Expects ``courses.QuizAttempt`` with ``user``, ``course`` and ``score``
    (issue 4); without it the matrix shows no score.
    """
    try:
        attempt = apps.get_model("courses", "QuizAttempt")
    except LookupError:
        return {}
    names = {f.name for f in attempt._meta.get_fields()}
    if not {"user", "course", "score"} <= names:
        return {}
    rows = (
        attempt.objects.filter(user_id__in=user_ids, course_id__in=course_ids)
        .values("user_id", "course_id")
        .annotate(best=Max("score"))
    )
    return {(row["user_id"], row["course_id"]): row["best"] for row in rows}


def cohort_dashboard(*, cohort: Cohort, now: datetime | None = None) -> CohortDashboard:
    """Learners × courses, inactivity and the "naik kelas" funnel.

    A fixed number of queries, whatever the number of learners.
    """
    now = now or timezone.now()
    courses = list(cohort.courses.live().order_by("sort_order", "title"))
    learners = list(cohort_learners(cohort=cohort))
    user_ids = [learner.pk for learner in learners]
    course_ids = [course.pk for course in courses]
    totals = _lesson_totals(courses)
    enrolments = {
        (e.user_id, e.course_id): e
        for e in Enrolment.objects.filter(user_id__in=user_ids).only(
            "user_id", "course_id", "last_activity_at", "completed_at"
        )
    }
    last_activity: dict[int, list[datetime]] = {}
    for (uid, _cid), enrolment in enrolments.items():
        last_activity.setdefault(uid, []).append(enrolment.last_activity_at)
    done = {
        (row["user_id"], row["course_id"]): row["done"]
        for row in LessonProgress.objects.filter(
            user_id__in=user_ids, course_id__in=course_ids, lesson__live=True
        )
        .values("user_id", "course_id")
        .annotate(done=Count("id"))
    }
    certificates: dict[tuple, Certificate] = {}
    for certificate in Certificate.objects.filter(
        user_id__in=user_ids, revoked_at__isnull=True
    ).only("user_id", "course_id", "code", "issued_at"):
        certificates[(certificate.user_id, certificate.course_id)] = certificate
    scores = _quiz_scores(user_ids, course_ids)

    rows = []
    for learner in learners:
        cells = [
            Cell(
                course=course,
                enrolled=(learner.pk, course.pk) in enrolments,
                done=done.get((learner.pk, course.pk), 0),
                total=totals.get(course.pk, 0),
                score=scores.get((learner.pk, course.pk)),
                certificate=certificates.get((learner.pk, course.pk)),
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

    enrolled = {uid for uid, _cid in enrolments}
    completed = {uid for (uid, _cid), e in enrolments.items() if e.completed_at}
    certified = {uid for uid, _cid in certificates}
    showcase = marketplace_bridge.funnel_user_ids(user_ids)
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
        funnel=funnel,
        marketplace_available=marketplace_bridge.model("Brand") is not None,
    )
