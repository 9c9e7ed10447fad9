"""Course reports in the Wagtail admin: who may read them, and the numbers."""

import random
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from courses import selectors, services
from courses.models import Certificate, Enrolment, LessonPage, LessonProgress
from tests.courses.conftest import add_quiz, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def report_url(course) -> str:
    return reverse("courses_report", args=[course.pk])


def answers_by_text(attempt, chosen: dict[str, list[str] | str]) -> dict:
    """POST data choosing options by their text (keys are shuffled)."""
    data = {}
    for question in attempt.questions:
        wanted = chosen[question["id"]]
        if question["type"] == "numeric":
            data[f"q-{question['id']}"] = wanted
        else:
            data[f"q-{question['id']}"] = [
                option["key"]
                for option in question["options"]
                if option["text"] in wanted
            ]
    return data


RIGHT = {
    "q-single": ["Harga pokok produksi"],
    "q-multiple": ["Bahan", "Tenaga kerja"],
    "q-truefalse": ["true"],
    "q-truefalse-2": ["false"],
}
WRONG = {
    "q-single": ["Harga pasar"],
    "q-multiple": ["Bahan", "Uang jajan"],
    "q-truefalse": ["false"],
    "q-truefalse-2": ["false"],  # right
    "q-numeric": "7",
}


@pytest.fixture
def instructor(course):
    user = UserFactory(username="guru", display_name="Pak Guru")
    user.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    course.instructors.add(user)
    course.save_revision().publish()
    return user


@pytest.fixture
def seeded(course):
    """Five enrolled learners with known activity, lessons, attempts and
    certificates; one revoked certificate that must not count."""
    now = timezone.now()
    quiz = add_quiz(course)
    lessons = list(LessonPage.objects.descendant_of(course).live().order_by("path"))
    people = {
        name: UserFactory(username=name, display_name=name.title(), legal_name=legal)
        for name, legal in [
            ("ana", "Ana Rahasia Lengkap"),
            ("bea", "Bea Rahasia"),
            ("cici", "Cici Rahasia"),
            ("dewi", "Dewi Rahasia"),
            ("eka", "Eka Rahasia"),
        ]
    }
    for user in people.values():
        services.enrolment_create(user=user, course=course)

    # Ana: every lesson and the quiz, right (her certificate is issued).
    for lesson in lessons:
        LessonProgress.objects.create(user=people["ana"], lesson=lesson, course=course)
    for name, chosen in (("ana", RIGHT), ("bea", WRONG), ("cici", WRONG)):
        attempt = services.quiz_attempt_start(
            user=people[name], quiz=quiz, rng=random.Random(7)
        )
        if name == "ana":
            chosen = {
                **chosen,
                "q-numeric": next(
                    q["expected"] for q in attempt.questions if q["type"] == "numeric"
                ),
            }
        services.quiz_attempt_submit(
            user=people[name], attempt=attempt, data=answers_by_text(attempt, chosen)
        )
    # Bea: the first two lessons.
    for lesson in lessons[:2]:
        LessonProgress.objects.create(user=people["bea"], lesson=lesson, course=course)
    services.certificate_issue_if_complete(user=people["ana"], course=course)
    Certificate.objects.create(
        user=people["eka"], course=course, printed_name="Eka", issued_at=now
    )
    revoked = UserFactory(username="fani")
    Enrolment.objects.create(user=revoked, course=course)
    Certificate.objects.create(
        user=revoked,
        course=course,
        printed_name="Fani",
        issued_at=now,
        revoked_at=now,
        revoked_reason="Curang",
    )
    Enrolment.objects.filter(user=revoked).update(
        created_at=now - timedelta(days=100), last_activity_at=now - timedelta(days=90)
    )
    # Enrolment dates and activity, set after the fact.
    Certificate.objects.filter(user=people["ana"]).update(issued_at=now)
    for name, enrolled_days, active_days in [
        ("ana", 4, 0),
        ("bea", 5, 2),
        ("cici", 9, 8),
        ("dewi", 20, 10),
        ("eka", 2, 0),
    ]:
        Enrolment.objects.filter(user=people[name]).update(
            created_at=now - timedelta(days=enrolled_days),
            last_activity_at=now - timedelta(days=active_days),
        )
    return {"quiz": quiz, "lessons": lessons, "people": people}


def test_the_report_counts_learners_lessons_and_certificates(
    course, seeded, django_assert_num_queries
):
    with django_assert_num_queries(6):
        report = selectors.course_report(course=course)
    assert report.enrolled == 6  # five learners and Fani
    assert report.active == 3  # Ana, Bea, Eka
    assert report.certified == 2  # Ana and Eka; Fani's is revoked
    assert report.median_days_to_certificate == 3.0  # median of 4 and 2 days
    assert [(item.done, item.percent) for item in report.lessons] == [
        (2, 33),
        (2, 33),
        (1, 17),
        (1, 17),
    ]


def test_item_analysis_per_question(course, seeded):
    [quiz] = selectors.course_report(course=course).quizzes
    assert (quiz.attempts, quiz.passed) == (3, 1)
    stats = {q.question_id: q for q in quiz.questions}
    assert [q.question_id for q in quiz.questions] == [
        "q-single",
        "q-multiple",
        "q-truefalse",
        "q-numeric",
        "q-truefalse-2",
    ]  # the pool's order
    assert all(q.drawn == 3 for q in quiz.questions)
    assert stats["q-single"].share_correct == 33
    assert stats["q-single"].top_wrong_answer == "Harga pasar"
    assert stats["q-single"].top_wrong_count == 2
    assert stats["q-multiple"].top_wrong_answer == "Uang jajan"
    assert stats["q-truefalse"].top_wrong_answer == gettext("False")
    assert stats["q-numeric"].top_wrong_answer == "7"
    assert stats["q-truefalse-2"].share_correct == 100
    assert stats["q-truefalse-2"].top_wrong_answer == ""
    # The pool text, placeholders and all: not one learner's values.
    assert stats["q-numeric"].text.startswith("Bahan Rp {a}")


def test_the_query_count_does_not_grow_with_learners(
    course, seeded, django_assert_num_queries
):
    for number in range(5):
        user = UserFactory(username=f"extra{number}")
        services.enrolment_create(user=user, course=course)
        attempt = services.quiz_attempt_start(user=user, quiz=seeded["quiz"])
        services.quiz_attempt_submit(user=user, attempt=attempt, data={})
    with django_assert_num_queries(6):
        selectors.course_report(course=course)


def test_the_instructor_reads_her_course_report_without_legal_names(
    client, course, seeded, instructor
):
    client.force_login(instructor)
    response = client.get(report_url(course))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-report="enrolled">6<' in html
    assert 'data-report="active">3<' in html
    assert 'data-report="certified">2<' in html
    assert "Harga pasar (2×)" in html
    assert "Rahasia" not in html  # no legal name
    for user in seeded["people"].values():
        assert f">{user.display_name}<" not in html  # no names at all


def test_reports_are_listed_in_the_menu_and_on_the_course_page(
    client, course, instructor
):
    client.force_login(instructor)
    index = client.get(reverse("courses_report_index"))
    assert index.status_code == 200
    assert report_url(course) in index.content.decode()
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("courses_report_index") in dashboard  # the Reports menu
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert report_url(course) in edit.content.decode()


def test_another_courses_instructor_gets_404_and_others_403(
    client, catalogue, course, seeded
):
    other_course = build_course(catalogue, slug="lain", title="Kursus Lain")
    other = UserFactory(username="guru-lain")
    other.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    other_course.instructors.add(other)
    other_course.save_revision().publish()
    client.force_login(other)
    assert client.get(report_url(course)).status_code == 404
    index = client.get(reverse("courses_report_index")).content.decode()
    assert report_url(other_course) in index and report_url(course) not in index
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    assert report_url(course) not in edit.content.decode()

    # Admin access but no course and no reviewer permission: the list is
    # refused (Wagtail answers a PermissionDenied with its "no permission"
    # message on the dashboard) and every report is a 404.
    nobody = UserFactory(username="tanpa-kursus")
    nobody.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    client.force_login(nobody)
    refused = client.get(reverse("courses_report_index"))
    assert refused.status_code == 302
    assert refused["Location"] == reverse("wagtailadmin_home")
    assert client.get(report_url(course)).status_code == 404
    assert (
        reverse("courses_report_index")
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )

    # A learner without admin access, and anonymous visitors, never get in.
    client.force_login(seeded["people"]["ana"])
    assert client.get(report_url(course)).status_code in (302, 403)
    client.logout()
    response = client.get(report_url(course))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_curriculum_reviewers_and_superusers_read_every_report(client, course):
    reviewer = UserFactory(username="penilai")
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    admin = UserFactory(username="admin-x", is_superuser=True, is_staff=True)
    for user in (reviewer, admin):
        client.force_login(user)
        assert client.get(report_url(course)).status_code == 200
        assert client.get(reverse("courses_report_index")).status_code == 200


def test_report_bars_draw_the_numbers_they_show(client, course, seeded, instructor):
    """Each bar is as long as its written percentage (and the number is text)."""
    client.force_login(instructor)
    html = client.get(report_url(course)).content.decode()
    bars = re.findall(
        r'data-bar="(\d+)">.*?<rect class="bar-value" width="(\d+)".*?'
        r"<strong>(\d+)%</strong>",
        html,
        re.S,
    )
    assert bars and all(a == b == c for a, b, c in bars)
    shares = re.findall(
        r'data-report="lesson-share"><span class="bar-chart" data-bar="(\d+)"', html
    )
    assert shares == ["33", "33", "17", "17"]
    assert 'data-bar="50"' in html  # active: 3 of 6 enrolled
    assert 'data-bar="33"' in html  # certified: 2 of 6
    correct = re.findall(
        r'data-report="share-correct"><span class="bar-chart" data-bar="(\d+)"', html
    )
    assert correct[0] == "33" and correct[-1] == "100"
