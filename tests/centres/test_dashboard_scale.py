"""The cohort dashboard at scale: never-signed-in apart, a fixed page size,
constant queries, and bars that draw the numbers they show."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from centres.selectors import MATRIX_PAGE_SIZE, cohort_dashboard
from courses.models import Enrolment, LessonPage
from courses.services import enrolment_create, lesson_open_record, progress_record
from tests.centres.test_views import funnel_drawn

pytestmark = pytest.mark.django_db

PASSWORD = make_password("pw-secret-123")


def add_learners(cohort, count, *, prefix, signed_in=True, course=None):
    now = timezone.now()
    users = User.objects.bulk_create(
        [
            User(
                username=f"{prefix}{n}",
                display_name=f"{prefix.title()} {n}",
                centre=cohort.centre,
                cohort=cohort,
                password=PASSWORD,
                last_login=now if signed_in else None,
            )
            for n in range(count)
        ]
    )
    if course is not None:
        for user in users:
            enrolment_create(user=user, course=course)
    return users


def dashboard_url(cohort, **query):
    url = reverse("centres:cohort_detail", args=[cohort.pk])
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    return url


def test_never_signed_in_is_inactive_and_shown_apart(staff_client, cohort_a, courses):
    """Staff enrolled nine learners; one signed in. The page must not say
    everyone is active, and the CSV gives the eight no last-active date."""
    (signed_in,) = add_learners(cohort_a, 1, prefix="masuk", course=courses[0])
    add_learners(cohort_a, 8, prefix="belum", signed_in=False, course=courses[0])

    dashboard = cohort_dashboard(cohort=cohort_a)
    assert dashboard.counts == {"learners": 9, "active": 1, "inactive": 0, "never": 8}
    assert [row.learner for row in dashboard.rows if not row.never_signed_in] == [
        signed_in
    ]

    html = staff_client.get(dashboard_url(cohort_a)).content.decode()
    assert 'id="all-active"' not in html
    assert re.search(r'data-count="never">.*?>8</a>', html, re.S)
    assert re.search(r'data-count="active">.*?>1</a>', html, re.S)
    assert html.count('data-status="never"') == 8

    never_only = staff_client.get(dashboard_url(cohort_a, status="never"))
    assert never_only.content.decode().count('data-status="never"') == 8
    assert 'data-status="active"' not in never_only.content.decode()

    export = staff_client.get(reverse("centres:cohort_export", args=[cohort_a.pk]))
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))[1:]
    last_active = {row[0]: row[2] for row in rows}
    assert len(last_active) == 9
    assert last_active[signed_in.display_name] == timezone.localdate().isoformat()
    assert (
        sorted(v for k, v in last_active.items() if k.startswith("Belum")) == [""] * 8
    )


def test_everyone_active_only_when_true(staff_client, cohort_a, courses):
    add_learners(cohort_a, 2, prefix="aktif", course=courses[0])
    html = staff_client.get(dashboard_url(cohort_a)).content.decode()
    assert 'id="all-active"' in html
    long_ago = timezone.now() - timedelta(days=8)
    User.objects.filter(username="aktif0").update(last_login=long_ago)
    Enrolment.objects.filter(user__username="aktif0").update(last_activity_at=long_ago)
    html = staff_client.get(dashboard_url(cohort_a)).content.decode()
    assert 'id="all-active"' not in html
    assert re.search(r'data-count="inactive">.*?>1</a>', html, re.S)


def test_page_size_and_queries_do_not_grow_with_learners(
    staff_client, cohort_a, courses, django_assert_max_num_queries
):
    url = dashboard_url(cohort_a)
    add_learners(cohort_a, 5, prefix="sedikit", course=courses[0])
    staff_client.get(url)  # warm the per-process caches
    with CaptureQueriesContext(connection) as few_queries:
        few = staff_client.get(url)
    assert few.content.decode().count("<tr data-status") == 5
    # The key-page budget: session, user, cohort with its centre, courses,
    # learners, enrolments with progress and scores, certificates, funnel.
    assert len(few_queries) <= 8, [q["sql"][:80] for q in few_queries]

    add_learners(cohort_a, 195, prefix="banyak", course=courses[0])
    with django_assert_max_num_queries(len(few_queries)):
        many = staff_client.get(url)
    html = many.content.decode()
    assert html.count("<tr data-status") == MATRIX_PAGE_SIZE
    assert 'data-matching="200"' in html
    assert re.search(r'data-count="learners">.*?>200</a>', html, re.S)
    # 40 times the learners, the page grows by at most the fixed 50 rows.
    row_bytes = (len(few.content) - 9000) / 5
    assert len(many.content) < len(few.content) + (MATRIX_PAGE_SIZE + 5) * max(
        row_bytes, 1000
    )
    assert len(many.content) < 60 * 1024

    last = staff_client.get(url + "?page=4").content.decode()
    assert last.count("<tr data-status") == 50
    assert 'rel="next"' not in last and 'rel="prev"' in last
    beyond = staff_client.get(url + "?page=99").content.decode()
    assert beyond.count("<tr data-status") == 50  # the last page
    assert staff_client.get(url + "?page=abc").status_code == 200

    # The CSV stays complete.
    export = staff_client.get(reverse("centres:cohort_export", args=[cohort_a.pk]))
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 200


def test_search_by_name_finds_learners_on_any_page(staff_client, cohort_a, courses):
    add_learners(cohort_a, 120, prefix="peserta")
    (wanted,) = add_learners(cohort_a, 1, prefix="siti")
    html = staff_client.get(dashboard_url(cohort_a, q="SITI")).content.decode()
    assert html.count("<tr data-status") == 1
    assert wanted.display_name in html
    assert 'data-matching="1"' in html
    nobody = staff_client.get(dashboard_url(cohort_a, q="zzz")).content.decode()
    assert "<tr data-status" not in nobody


def test_funnel_bars_and_drop_off_draw_the_right_numbers(
    staff_client, cohort_a, courses
):
    """Ten learners: eight enrolled, two finished (and certified)."""
    first = courses[0]
    learners = add_learners(cohort_a, 10, prefix="corong")
    for user in learners[:8]:
        enrolment_create(user=user, course=first)
    lessons = list(LessonPage.objects.descendant_of(first).order_by("path"))
    for user in learners[:2]:
        for lesson in lessons:
            lesson_open_record(user=user, lesson=lesson)
            progress_record(user=user, lesson=lesson)

    html = staff_client.get(dashboard_url(cohort_a)).content.decode()
    drawn = funnel_drawn(html)
    assert drawn["enrolled"] == (8, 80)
    assert drawn["completed"] == (2, 20)
    assert drawn["certified"] == (2, 20)
    assert drawn["brand"] == (0, 0)
    drops = dict(re.findall(r'data-step="(\w+)".*?data-dropped="(\d+)"', html, re.S))
    assert drops["enrolled"] == "2"  # of ten learners, two not enrolled
    assert drops["completed"] == "6"  # eight enrolled, two finished
    assert drops["certified"] == "0"
    assert drops["brand"] == "2"


def test_matrix_bars_show_the_percentage_as_text_and_length(
    staff_client, cohort_a, courses
):
    first = courses[0]  # two lessons
    (learner,) = add_learners(cohort_a, 1, prefix="bar", course=first)
    lesson = LessonPage.objects.descendant_of(first).order_by("path").first()
    lesson_open_record(user=learner, lesson=lesson)
    progress_record(user=learner, lesson=lesson)
    html = staff_client.get(dashboard_url(cohort_a)).content.decode()
    cells = re.findall(
        r'<td data-percent="(\d*)">(?:<span class="cell-bar">.*?'
        r'<rect class="bar-fill" width="(\d+)".*?<strong>(\d+)%</strong>)?',
        html,
        re.S,
    )
    # First course: half done, drawn half long and written "50%"; the second
    # course is not followed: no bar, no number.
    assert cells == [("50", "50", "50"), ("", "", "")]
