import random
import re
import threading

import pytest
from django.contrib.auth.models import Group
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from accounts.models import Centre
from courses import pdf, services, views
from courses.models import (
    AssignmentSubmission,
    Certificate,
    CertificateNameChange,
    LessonPage,
    LessonProgress,
)
from courses.models.certificates import CODE_ALPHABET
from home import personal_data
from home.selectors import impact_numbers
from tests.courses.conftest import (
    add_assignment,
    add_quiz,
    correct_answers,
    open_lessons,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def finish_lessons(user, course):
    services.enrolment_create(user=user, course=course)
    for lesson in LessonPage.objects.descendant_of(course).live():
        services.lesson_open_record(user=user, lesson=lesson)
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
        legal_name="Siti Aminahwati",
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
    assert not certificate.name_is_confirmed  # she confirms it once
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
    # 20 symbols of Crockford base 32: 100 random bits, no I, L, O or U.
    assert re.fullmatch(f"[{CODE_ALPHABET}]{{20}}", certificate.code)
    assert len(CODE_ALPHABET) == 32 and not set("ILOU") & set(CODE_ALPHABET)
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
    owner.post(url, {"show_centre": "on"})
    html = client.get(verify_url(certificate)).content.decode()
    assert "Bu Sari" in html and "Balai Rahasia" in html
    owner.post(url, {})
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
    services.certificate_name_confirm(
        user=graduate, certificate=certificate, choice="display"
    )
    owner = Client()
    owner.force_login(graduate)
    response = owner.get(pdf)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert Client().get(pdf).status_code == 302  # anonymous: sign in first


def test_pdf_is_a4_landscape_with_the_printed_name_only(certificate, settings):
    settings.SITE_BASE_URL = "https://berdaya.example"
    url = views.certificate_verify_url(certificate.code)
    assert url == f"https://berdaya.example/sertifikat/{certificate.code}/"
    data = pdf.certificate_pdf(
        certificate=certificate,
        verify_url=url,
        lookup_url=views.certificate_lookup_url(),
    )
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
    # Ready, but first she chooses the printed name: no PDF before that.
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("courses:certificate_name", args=[certificate.code]) in html
    assert reverse("courses:certificate_pdf", args=[certificate.code]) not in html
    services.certificate_name_confirm(
        user=graduate, certificate=certificate, choice="display"
    )
    html = client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("courses:certificate_pdf", args=[certificate.code]) in html
    assert verify_url(certificate) in html
    assert reverse("courses:certificate_name", args=[certificate.code]) not in html
    assert impact_numbers()["certificates"] == 1


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_completions_create_one_certificate(course):
    user = UserFactory()
    services.enrolment_create(user=user, course=course)
    lessons = list(LessonPage.objects.descendant_of(course).live())
    open_lessons(user, lessons)
    for lesson in lessons:
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


# --- The printed name: chosen once by the learner, corrected only by re-issue ---


def name_url(certificate):
    return reverse("courses:certificate_name", args=[certificate.code])


@pytest.fixture
def owner(graduate):
    client = Client()
    client.force_login(graduate)
    return client


@pytest.fixture
def centre_staff(graduate):
    group = Group.objects.get(name="Centre staff")
    staff = UserFactory(
        username="staf", display_name="Pak Staf", centre=graduate.centre
    )
    staff.groups.add(group)
    return staff


def test_the_learner_sees_both_names_and_confirms_one_before_the_pdf(
    owner, certificate, graduate
):
    pdf_url = reverse("courses:certificate_pdf", args=[certificate.code])
    response = owner.get(pdf_url)
    assert response.status_code == 302 and response["Location"] == name_url(certificate)

    page = owner.get(name_url(certificate))
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("private, no-store")
    html = page.content.decode()
    assert "Bu Sari" in html and "Siti Aminahwati" in html

    # Choosing shows the name before anything is saved.
    preview = owner.post(name_url(certificate), {"choice": "legal"})
    assert preview.status_code == 200
    assert 'id="chosen-name">Siti Aminahwati<' in preview.content.decode()
    certificate.refresh_from_db()
    assert not certificate.name_is_confirmed and certificate.printed_name == "Bu Sari"

    response = owner.post(name_url(certificate), {"choice": "legal", "confirm": "on"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.printed_name == "Siti Aminahwati"
    assert certificate.name_is_confirmed
    log = CertificateNameChange.objects.get()
    assert (log.kind, log.changed_by, log.old_name, log.new_name) == (
        "chosen",
        graduate,
        "Bu Sari",
        "Siti Aminahwati",
    )
    # She chose it: now the legal name is what the check page and the PDF say.
    assert "Siti Aminahwati" in Client().get(verify_url(certificate)).content.decode()
    assert owner.get(pdf_url).status_code == 200


def test_the_legal_name_is_never_offered_or_printed_when_she_has_none(
    owner, certificate, graduate
):
    graduate.legal_name = ""
    graduate.save()
    html = owner.get(name_url(certificate)).content.decode()
    assert "legal" not in re.findall(r'value="(\w+)"', html)
    response = owner.post(name_url(certificate), {"choice": "legal", "confirm": "on"})
    assert response.status_code == 200  # not a choice: the form says so
    certificate.refresh_from_db()
    assert not certificate.name_is_confirmed


def test_the_holder_cannot_change_a_fixed_name_by_any_endpoint_or_field(
    owner, certificate, graduate
):
    services.certificate_name_confirm(
        user=graduate, certificate=certificate, choice="display"
    )
    code = certificate.code

    # The name page: fixed, for both choices and forged fields.
    assert owner.get(name_url(certificate)).status_code == 302
    for data in (
        {"choice": "legal", "confirm": "on"},
        {"choice": "display", "confirm": "on", "printed_name": "Dr. Sari, S.E."},
        {"printed_name": "Dr. Sari, S.E."},
    ):
        assert owner.post(name_url(certificate), data).status_code == 302
    # The settings form with a forged printed_name field.
    settings_url = reverse("courses:certificate_settings", args=[code])
    owner.post(settings_url, {"printed_name": "Dr. Sari, S.E.", "show_centre": "on"})
    # Staff endpoints are a 404 for her.
    for name in ("certificate_reissue", "certificate_revoke"):
        url = reverse(f"courses:{name}", args=[code])
        assert owner.get(url).status_code == 404
        assert (
            owner.post(
                url, {"printed_name": "Dr. Sari, S.E.", "reason": "x"}
            ).status_code
            == 404
        )
    # Other methods on the public page change nothing either.
    for method in ("post", "put", "patch", "delete"):
        getattr(owner, method)(verify_url(certificate), {"printed_name": "Dr. Sari"})
    # Her display name changes later: the certificate keeps its name.
    graduate.display_name = "Dr. Sari"
    graduate.save()
    # The service itself takes no name.
    with pytest.raises(TypeError):
        services.certificate_settings_update(
            user=graduate,
            certificate=certificate,
            show_centre=True,
            printed_name="Dr. Sari",
        )
    with pytest.raises(services.CertificateNameFixed):
        services.certificate_name_confirm(
            user=graduate, certificate=certificate, choice="legal"
        )

    certificate.refresh_from_db()
    assert certificate.printed_name == "Bu Sari"
    assert certificate.code == code and certificate.is_valid
    assert Certificate.objects.count() == 1
    assert CertificateNameChange.objects.count() == 1  # her one choice
    html = Client().get(verify_url(certificate)).content.decode()
    assert "Bu Sari" in html and "Dr. Sari" not in html


def test_a_double_tap_on_confirm_changes_nothing(owner, certificate):
    data = {"choice": "display", "confirm": "on"}
    assert owner.post(name_url(certificate), data).status_code == 302
    assert owner.post(name_url(certificate), data).status_code == 302
    assert CertificateNameChange.objects.count() == 1


def test_centre_staff_reissue_revokes_the_old_code_and_links_the_new_one(
    client, certificate, graduate, centre_staff
):
    services.certificate_name_confirm(
        user=graduate, certificate=certificate, choice="display"
    )
    url = reverse("courses:certificate_reissue", args=[certificate.code])
    client.force_login(centre_staff)
    page = client.get(url)
    assert page.status_code == 200
    assert "Siti Aminahwati" in page.content.decode()  # staff see the legal name
    # Both fields are needed.
    assert (
        client.post(url, {"printed_name": "Siti Aminah", "reason": ""}).status_code
        == 200
    )
    assert Certificate.objects.count() == 1

    response = client.post(
        url, {"printed_name": "Siti Aminah", "reason": "Nama sesuai KTP, salah ketik."}
    )
    assert response.status_code == 302
    old = Certificate.objects.get(pk=certificate.pk)
    new = Certificate.objects.exclude(pk=certificate.pk).get()
    assert response["Location"] == verify_url(new)
    assert not old.is_valid and old.replaced_by == new
    assert old.revoked_reason  # "Diterbitkan ulang", in the site's language
    assert new.is_valid and new.code != old.code
    assert (new.user, new.course, new.printed_name) == (
        graduate,
        old.course,
        "Siti Aminah",
    )
    assert new.name_is_confirmed and new.issued_at == old.issued_at

    # The old page: revoked, points at the new one, no longer shows a name.
    html = Client().get(verify_url(old)).content.decode()
    assert 'id="certificate-status">✗' in html
    assert f'href="{verify_url(new)}"' in html
    assert 'id="certificate-name"' not in html and "Bu Sari" not in html
    html = Client().get(verify_url(new)).content.decode()
    assert "Siti Aminah" in html and 'id="certificate-successor"' not in html

    # The log: who, when, old, new, why.
    log = CertificateNameChange.objects.get(kind="reissued")
    assert (log.certificate, log.previous_certificate, log.changed_by) == (
        new,
        old,
        centre_staff,
    )
    assert (log.old_name, log.new_name) == ("Bu Sari", "Siti Aminah")
    assert log.reason == "Nama sesuai KTP, salah ketik." and log.changed_at
    # The chain's history is on the new certificate's re-issue page.
    page = client.get(reverse("courses:certificate_reissue", args=[new.code]))
    assert "Nama sesuai KTP, salah ketik." in page.content.decode()
    assert "Pak Staf" in page.content.decode()

    # The learner's dashboard and PDF follow the new certificate.
    owner = Client()
    owner.force_login(graduate)
    dashboard = owner.get(reverse("courses:dashboard")).content.decode()
    assert reverse("courses:certificate_pdf", args=[new.code]) in dashboard
    assert (
        owner.get(reverse("courses:certificate_pdf", args=[old.code])).status_code
        == 302
    )
    # Completing more changes nothing; the old code cannot be re-issued again.
    assert (
        services.certificate_issue_if_complete(user=graduate, course=new.course) == new
    )
    assert (
        client.post(
            reverse("courses:certificate_reissue", args=[old.code]),
            {"printed_name": "X", "reason": "y"},
        ).status_code
        == 200
    )
    assert Certificate.objects.count() == 2


def test_the_reissue_page_needs_two_factor_sign_in_in_production(
    client, settings, certificate, centre_staff
):
    """Issue 15 item 3: the re-issue page shows the learner's legal name and
    her name log, so centre staff reach it only signed in with their
    authenticator, as on /balai/."""
    settings.BERDAYA_REQUIRE_PERSONAL_DATA_MFA = True
    client.force_login(centre_staff)
    url = reverse("courses:certificate_reissue", args=[certificate.code])
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_activate_totp"))
    assert "Siti Aminahwati" not in client.get(url, follow=True).content.decode()
    response = client.post(url, {"printed_name": "Siti Aminah", "reason": "KTP"})
    assert response.status_code == 302
    assert Certificate.objects.count() == 1
    # The holder herself is not asked: the page is not hers (404).
    client.force_login(certificate.user)
    assert client.get(url).status_code == 404


def test_staff_of_another_centre_cannot_reissue(client, certificate):
    other_centre = Centre.objects.create(name="Balai Lain", slug="lain", city="X")
    outsider = UserFactory(centre=other_centre)
    outsider.groups.add(Group.objects.get(name="Centre staff"))
    instructor = UserFactory()
    certificate.course.instructors.add(instructor)
    url = reverse("courses:certificate_reissue", args=[certificate.code])
    for user in (outsider, instructor):
        client.force_login(user)
        assert client.get(url).status_code == 404
        data = {"printed_name": "Palsu", "reason": "x"}
        assert client.post(url, data).status_code == 404
    assert Certificate.objects.count() == 1
    assert not CertificateNameChange.objects.exists()


def test_a_curriculum_reviewer_can_reissue_but_not_a_revoked_certificate(
    client, certificate
):
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    client.force_login(reviewer)
    url = reverse("courses:certificate_reissue", args=[certificate.code])
    page = client.get(url).content.decode()
    # Not her centre's staff: the display name, never her legal name.
    assert "Bu Sari" in page and "Aminahwati" not in page
    services.certificate_revoke(
        actor=reviewer, certificate=certificate, reason="Curang."
    )
    response = client.post(url, {"printed_name": "Sari", "reason": "Minta ganti."})
    assert response.status_code == 200  # refused, with a message
    assert Certificate.objects.count() == 1
    certificate.refresh_from_db()
    assert certificate.revoked_reason == "Curang."

    valid = Certificate.objects.create(
        user=UserFactory(), course=certificate.course, printed_name="Ani"
    )
    new = services.certificate_reissue(
        actor=reviewer, certificate=valid, printed_name=" Ani  Lestari ", reason="KTP"
    )
    assert new.printed_name == "Ani Lestari"


def test_the_name_log_is_exported_and_erased_with_the_person(
    certificate, graduate, centre_staff
):
    services.certificate_name_confirm(
        user=graduate, certificate=certificate, choice="legal"
    )
    new = services.certificate_reissue(
        actor=centre_staff,
        certificate=certificate,
        printed_name="Bu Sari",
        reason="Ingin nama panggilan.",
    )
    handler = next(h for h in personal_data.handlers() if h.app_label == "courses")
    records = handler.export(graduate).records
    changes = records["certificate_name_changes"]
    assert [c["new_name"] for c in changes] == ["Siti Aminahwati", "Bu Sari"]
    assert changes[1]["reason"] == "Ingin nama panggilan."
    staff_records = handler.export(centre_staff).records
    assert staff_records["certificate_name_changes_made_as_staff"] == 1
    assert staff_records["certificate_name_changes"] == []

    handler.erase(graduate)
    assert not CertificateNameChange.objects.exists()  # her legal name is gone
    new.refresh_from_db()
    assert new.user is None and new.printed_name == "Peserta" and new.is_valid
    html = Client().get(verify_url(new)).content.decode()
    assert "Siti" not in html and "Peserta" in html


def test_a_showcase_certificate_needs_a_reviewed_assignment(course, learner):
    """Even a showcase course saved before the rule (no assignment) issues
    no certificate: evidence from a person is required."""
    quiz = add_quiz(course)
    course.__class__.objects.filter(pk=course.pk).update(counts_for_showcase=True)
    course.refresh_from_db()
    finish_lessons(learner, course)
    pass_quiz(learner, quiz)
    assert services.certificate_issue_if_complete(user=learner, course=course) is None

    assignment = add_assignment(course)
    submission = AssignmentSubmission.objects.create(
        user=learner, assignment=assignment, course=course, text="foto"
    )
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    assert services.certificate_issue_if_complete(user=learner, course=course) is None
    services.assignment_review(
        reviewer=reviewer, submission=submission, accept=True, feedback=""
    )
    assert Certificate.objects.filter(user=learner, course=course).exists()


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_reissues_at_once_make_one_new_certificate(course):
    reviewer = UserFactory()
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    certificate = Certificate.objects.create(
        user=UserFactory(), course=course, printed_name="Ani"
    )
    errors, issued = [], []
    barrier = threading.Barrier(4)

    def worker(number):
        try:
            barrier.wait()
            issued.append(
                services.certificate_reissue(
                    actor=reviewer,
                    certificate=certificate,
                    printed_name=f"Ani Lestari {number}",
                    reason="KTP",
                ).pk
            )
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(issued) == 1
    assert len(errors) == 3
    assert all(type(error).__name__ == "ValidationError" for error in errors)
    assert Certificate.objects.filter(revoked_at__isnull=True).count() == 1
    assert CertificateNameChange.objects.count() == 1
