"""Demo centre, cohort, centre staff and learners without e-mail (idempotent)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction

from accounts.models import Centre, Cohort, User
from accounts.selectors import CENTRE_STAFF_GROUP
from courses.models import CoursePage, LessonPage
from courses.services import (
    cohort_courses_set,
    enrolment_create,
    lesson_open_record,
    progress_record,
)
from home.services import DEMO_PASSWORD, DemoAccount, demo_user_ensure

ACCOUNTS = [DemoAccount("staf", "Bu Wulan", "Centre staff (dashboard, import)")]

# username, display name, legal name, phone, lessons done per course (by order)
LEARNERS = [
    ("pm-sari", "Bu Sari", "Sari Wahyuningsih", "081234560001", [99, 3, 0, 0]),
    ("pm-dewi", "Dewi", "Dewi Lestari", "", [2, 0, 0, 0]),
    ("pm-ani", "Ani", "Ani Rahmawati", "081234560003", [0, 0, 0, 0]),
    ("pm-yanti", "Mbak Yanti", "Suryanti", "", [5, 1, 0, 0]),
]


def seed(stdout=None) -> dict:
    with transaction.atomic():
        centre, _created = Centre.objects.update_or_create(
            slug="balai-demo",
            defaults={"name": "Balai Rehabilitasi Sosial Demo", "city": "Bekasi"},
        )
        cohort, _created = Cohort.objects.update_or_create(
            centre=centre,
            name="Angkatan 1 2026",
            defaults={
                "start_date": datetime.date(2026, 1, 12),
                "end_date": datetime.date(2026, 6, 30),
            },
        )
        courses = list(CoursePage.objects.live().order_by("sort_order", "title")[:4])
        cohort_courses_set(cohort=cohort, courses=courses)

        staff = demo_user_ensure(account=ACCOUNTS[0])
        staff.centre = centre
        staff.save(update_fields=["centre"])
        staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))

        for username, display, legal, phone, done in LEARNERS:
            learner, _created = User.objects.get_or_create(
                username=username, defaults={"display_name": display}
            )
            learner.display_name = display
            learner.legal_name = legal
            learner.email = ""
            learner.phone = phone or None
            learner.centre = centre
            learner.cohort = cohort
            if settings.BERDAYA_DEMO_MODE:
                learner.set_password(DEMO_PASSWORD)
            else:
                learner.set_unusable_password()
            learner.full_clean()
            learner.save()
            for course, count in zip(courses, done, strict=False):
                enrolment_create(user=learner, course=course)
                lessons = LessonPage.objects.live().descendant_of(course)
                for lesson in lessons.order_by("path")[:count]:
                    lesson_open_record(user=learner, lesson=lesson)
                    progress_record(user=learner, lesson=lesson)
    accounts = [
        *ACCOUNTS,
        DemoAccount(
            "pm-sari", "Bu Sari", "Learner without e-mail (phone 0812-3456-0001)"
        ),
        DemoAccount("pm-dewi", "Dewi", "Learner without e-mail or phone"),
    ]
    return {"accounts": accounts, "centre": centre, "cohort": cohort}
