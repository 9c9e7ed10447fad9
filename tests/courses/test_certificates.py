import random
import threading

import pytest
from django.contrib.auth.models import Group
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from accounts.models import Centre
from courses import services
from courses.models import Certificate, LessonPage
from home.selectors import impact_numbers
from tests.courses.conftest import add_quiz, correct_answers
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def finish_lessons(user, course):
    services.enrolment_create(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).live():
        services.progress_record(user=user, lesson=lesson)


def pass_quiz(user, quiz):
    attempt = services.quiz_attempt_start(user=user, quiz=quiz, rng=random.Random(5))
    return services.quiz_attempt_submit(
        user=user, attempt=attempt, data=correct_answers(attempt)
    )


@pytest.fixture
def graduate(course):
    centre = Centre.objects.create(name="Balai Rahasia", slug="balai", city="Bogor")
    user = UserFactory(
        username="sari",
        display_name="Bu Sari",
        first_name="Siti",
        last_name="Aminahwati",
        centre=centre,
    )
    finish_lessons(user, course)
    return user


@pytest.fixture
def certificate(graduate, course):
    return Certificate.objects.get(user=graduate, course=course)


def verify_url(certificate):
    return reverse("certificate_verify", args=[certificate.code])


def test_certificate_needs_every_lesson_quiz_and_assignment(course, learner):
    from courses.models import AssignmentSubmission
    from tests.courses.conftest import add_assignment

    quiz = add_quiz(course)
    assignment = add_assignment(course)
    finish_lessons(learner, course)
    assert not Certificate.objects.exists()  # quiz and assignment missing
    pass_quiz(learner, quiz)
    assert not Certificate.objects.exists()  # assignment not accepted yet
    submission = AssignmentSubmission.objects.create(
        user=learner, assignment=assignment, course=course, text="foto"
    )
    instructor = UserFactory()
    instructor.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    course.instructors.add(instructor)
    course.save_revision().publish()
    services.assignment_review(
        reviewer=instructor, submission=submission, accept=True, feedback=""
    )
    certificate = Certificate.objects.get(user=learner, course=course)
    assert certificate.printed_name == "Rina"  # the display name by default
    assert not certificate.show_centre
    # Later completion events change nothing.
    assert services.certificate_issue_if_complete(user=learner, course=course) == (
        certificate
    )
    assert Certificate.objects.count() == 1


def test_a_failed_quiz_gives_no_certificate(course, learner):
    quiz = add_quiz(course)
    finish_lessons(learner, course)
    attempt = services.quiz_attempt_start(user=learner, quiz=quiz)
    services.quiz_attempt_submit(user=learner, attempt=attempt, data={})
    assert not Certificate.objects.exists()


def test_code_is_long_random_and_unknown_codes_404(client, certificate):
    assert len(certificate.code) >= 22  # 128 random bits
    codes = {services.Certificate().code for _ in range(200)}
    assert len(codes) == 200
    assert client.get(reverse("certificate_verify", args=["x" * 22])).status_code == 404
    assert client.get(verify_url(certificate)[:-2] + "/").status_code == 404


def test_verification_page_shows_printed_name_but_never_legal_name_or_centre(
    client, certificate
):
    response = client.get(verify_url(certificate))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bu Sari" in html and "Keuangan" in html
    assert "Siti" not in html and "Aminahwati" not in html
    assert "Balai Rahasia" not in html and "Bogor" not in html
    assert response["X-Robots-Tag"].startswith("noindex")


def test_centre_shows_only_when_the_learner_opts_in(client, certificate, graduate):
    owner = Client()
    owner.force_login(graduate)
    url = reverse("courses:certificate_settings", args=[certificate.code])
    assert owner.get(url).status_code == 200
    owner.post(url, {"printed_name": "Sari Keripik", "show_centre": "on"})
    html = client.get(verify_url(certificate)).content.decode()
    assert "Sari Keripik" in html and "Balai Rahasia" in html
    owner.post(url, {"printed_name": "Sari Keripik"})
    assert "Balai Rahasia" not in client.get(verify_url(certificate)).content.decode()


def test_another_learner_cannot_change_settings_or_download_the_pdf(
    client, certificate, graduate
):
    client.force_login(UserFactory())
    settings_url = reverse("courses:certificate_settings", args=[certificate.code])
    assert client.get(settings_url).status_code == 404
    assert client.post(settings_url, {"printed_name": "X"}).status_code == 404
    pdf = reverse("courses:certificate_pdf", args=[certificate.code])
    assert client.get(pdf).status_code == 404
    owner = Client()
    owner.force_login(graduate)
    response = owner.get(pdf)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert Client().get(pdf).status_code == 302  # anonymous: sign in first


def test_pdf_is_a4_landscape_with_the_printed_name_only(certificate, settings):
    from courses import pdf, views

    settings.SITE_BASE_URL = "https://berdaya.example"
    url = views.certificate_verify_url(certificate.code)
    assert url == f"https://berdaya.example/sertifikat/{certificate.code}/"
    data = pdf.certificate_pdf(certificate=certificate, verify_url=url)
    assert b"/MediaBox [ 0 0 841.8898 595.2756 ]" in data
    assert b"Siti" not in data and b"Balai" not in data


def test_staff_of_the_learners_centre_can_revoke_and_the_page_says_so(
    client, certificate, graduate
):
    group, _created = Group.objects.get_or_create(name="Centre staff")
    other_centre = Centre.objects.create(name="Balai Lain", slug="lain", city="X")
    outsider = UserFactory(centre=other_centre)
    outsider.groups.add(group)
    staff = UserFactory(centre=graduate.centre)
    staff.groups.add(group)
    revoke = reverse("courses:certificate_revoke", args=[certificate.code])

    client.force_login(outsider)
    assert client.get(revoke).status_code == 404
    assert client.post(revoke, {"reason": "x"}).status_code == 404
    learner = Client()
    learner.force_login(graduate)
    assert learner.post(revoke, {"reason": "x"}).status_code == 404
    certificate.refresh_from_db()
    assert certificate.is_valid

    client.force_login(staff)
    assert client.post(revoke, {"reason": ""}).status_code == 200  # reason required
    response = client.post(revoke, {"reason": "Kuis dikerjakan orang lain."})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_valid
    html = Client().get(verify_url(certificate)).content.decode()
    assert "dicabut" in html or "revoked" in html
    assert "Kuis dikerjakan orang lain." in html
    # A revoked certificate is not issued again, and gives no PDF.
    assert (
        services.certificate_issue_if_complete(user=graduate, course=certificate.course)
        == certificate
    )
    pdf = learner.get(reverse("courses:certificate_pdf", args=[certificate.code]))
    assert pdf.status_code == 302


def test_a_curriculum_reviewer_can_revoke(client, certificate):
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    client.force_login(reviewer)
    revoke = reverse("courses:certificate_revoke", args=[certificate.code])
    client.post(revoke, {"reason": "Data salah."})
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Data salah."


def test_after_account_deletion_the_page_says_participant(
    client, certificate, graduate
):
    graduate.delete()
    html = client.get(verify_url(certificate)).content.decode()
    assert "Peserta" in html and "Bu Sari" not in html


def test_dashboard_lists_certificate_links_and_impact_counts_it(
    client, certificate, graduate
):
    client.force_login(graduate)
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("courses:certificate_pdf", args=[certificate.code]) in html
    assert verify_url(certificate) in html
    assert impact_numbers()["certificates"] == 1


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_create_one_certificate(course):
    user = UserFactory()
    services.enrolment_create(user=user, course=course)
    from courses.models import LessonProgress

    for lesson in LessonPage.objects.descendant_of(course).live():
        LessonProgress.objects.create(user=user, lesson=lesson, course=course)
    errors, issued = [], []
    barrier = threading.Barrier(6)

    def worker():
        try:
            barrier.wait()
            issued.append(
                services.certificate_issue_if_complete(user=user, course=course).pk
            )
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Certificate.objects.filter(user=user, course=course).count() == 1
    assert len(set(issued)) == 1
