import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse
from django.utils import translation
from PIL import Image

from courses import selectors, services
from courses.models import AssignmentSubmission
from tests.courses.conftest import add_assignment, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), "#0b6e4f")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "S", 2: (6.0, 10.0, 0.0), 3: "E", 4: (106.0, 49.0, 0.0)}
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def upload(data: bytes, name="foto.jpg"):
    return SimpleUploadedFile(name, data, content_type="image/jpeg")


@pytest.fixture
def assignment(course):
    return add_assignment(course)


@pytest.fixture
def instructor(course):
    user = UserFactory(username="guru")
    user.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    course.instructors.add(user)
    course.save_revision().publish()
    return user


@pytest.fixture
def enrolled(learner, course):
    services.enrolment_create(user=learner, course=course)
    return learner


def send(client, assignment, data=None, **extra):
    payload = {"photo": upload(jpeg_with_gps()), "text": ""}
    payload.update(data or {})
    return client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]), payload, **extra
    )


def test_photo_is_stored_without_exif_or_gps(learner_client, enrolled, assignment):
    original = Image.open(io.BytesIO(jpeg_with_gps()))
    assert original.getexif()  # the test photo really carries metadata
    response = send(learner_client, assignment)
    assert response.status_code == 302
    submission = AssignmentSubmission.objects.get(user=enrolled)
    assert submission.status == "submitted"
    with submission.photo.open("rb") as stored:
        data = stored.read()
    assert b"PhoneMaker" not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert not submission.photo.name.endswith("foto.jpg")  # random name


def test_a_bomb_and_a_renamed_text_file_are_refused(
    learner_client, enrolled, assignment
):
    bomb = io.BytesIO()
    Image.new("1", (9000, 6000)).save(bomb, "PNG")  # 54 megapixels, tiny file
    response = send(learner_client, assignment, {"photo": upload(bomb.getvalue())})
    assert response.status_code == 400
    text = upload(b"<html><script>alert(1)</script></html>", name="foto.jpg")
    response = send(learner_client, assignment, {"photo": text})
    assert response.status_code == 400
    assert "bukan foto" in response.content.decode() or "not a photo" in (
        response.content.decode()
    )
    assert not AssignmentSubmission.objects.exists()


def test_service_only_accepts_cleaned_images(enrolled, assignment):
    with pytest.raises(TypeError):
        services.assignment_submit(
            user=enrolled, assignment=assignment, photo=upload(jpeg_with_gps())
        )


def test_required_photo_and_text(learner_client, enrolled, course):
    assignment = add_assignment(course, requires_text=True)
    response = send(learner_client, assignment, {"photo": "", "text": ""})
    assert response.status_code == 400
    assert not AssignmentSubmission.objects.exists()


def test_a_second_submission_while_waiting_is_refused(
    learner_client, enrolled, assignment
):
    send(learner_client, assignment)
    send(learner_client, assignment)
    assert AssignmentSubmission.objects.filter(user=enrolled).count() == 1


def test_a_read_only_disk_gives_a_clear_message_and_no_submission(
    learner_client, enrolled, assignment, settings
):
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {"BACKEND": "tests.marketplace.test_idempotency.ReadOnlyStorage"},
    }
    response = send(learner_client, assignment)
    assert response.status_code == 400
    with translation.override("id"):
        message = translation.gettext(
            "We could not save your photo right now, so nothing was saved. "
            "Please try again in a few minutes."
        )
    assert message in response.content.decode()
    assert not AssignmentSubmission.objects.filter(user=enrolled).exists()


def test_a_photo_written_before_a_failure_is_deleted(
    learner_client, enrolled, assignment, monkeypatch, settings
):
    def private_files() -> set[Path]:
        root = Path(settings.PRIVATE_MEDIA_ROOT)
        return {path for path in root.rglob("*") if path.is_file()}

    def refuse(*args, **kwargs):
        raise IntegrityError("submission_one_pending_per_user")

    before = private_files()
    monkeypatch.setattr(AssignmentSubmission, "save", refuse)
    response = send(learner_client, assignment)
    assert response.status_code == 302
    assert not AssignmentSubmission.objects.filter(user=enrolled).exists()
    assert private_files() == before


def test_not_enrolled_cannot_submit(learner_client, learner, assignment):
    send(learner_client, assignment)
    assert not AssignmentSubmission.objects.exists()


def test_revision_feedback_resubmission_and_acceptance(
    client, learner_client, enrolled, assignment, instructor
):
    send(learner_client, assignment)
    submission = AssignmentSubmission.objects.get()
    client = Client()
    client.force_login(instructor)
    queue = client.get(reverse("courses:review_queue")).content.decode()
    assert assignment.title in queue
    assert (
        client.get(
            reverse("courses:submission_photo", args=[submission.pk])
        ).status_code
        == 200
    )
    review_url = reverse("courses:review_submission", args=[submission.pk])
    # Asking for a revision needs feedback.
    response = client.post(review_url, {"decision": "revision", "feedback": ""})
    assert response.status_code == 200
    submission.refresh_from_db()
    assert submission.status == "submitted"
    client.post(
        review_url,
        {
            "decision": "revision",
            "feedback": "Labelnya kurang terbaca.",
            "rubric_met": [0],
        },
    )
    submission.refresh_from_db()
    assert submission.status == "revision" and submission.rubric_met == [0]
    assert submission.reviewer == instructor
    # The learner sees the feedback on the dashboard and the assignment page.
    assert (
        "Labelnya kurang terbaca."
        in learner_client.get(reverse("courses:dashboard")).content.decode()
    )
    assert (
        "Labelnya kurang terbaca."
        in learner_client.get(assignment.url).content.decode()
    )
    # Resubmission after a revision.
    assert send(learner_client, assignment).status_code == 302
    newest = AssignmentSubmission.objects.filter(user=enrolled).first()
    assert newest.pk != submission.pk and newest.status == "submitted"
    client.post(
        reverse("courses:review_submission", args=[newest.pk]),
        {"decision": "accept", "feedback": "Bagus!"},
    )
    newest.refresh_from_db()
    assert newest.status == "accepted"
    outline = selectors.course_outline(
        course=assignment.get_parent().get_parent(), user=enrolled
    )
    assert outline.assignments[0].accepted
    # Accepted work is final.
    send(learner_client, assignment)
    assert AssignmentSubmission.objects.filter(user=enrolled).count() == 2


def test_an_instructor_of_another_course_cannot_review(
    client, learner_client, enrolled, assignment, catalogue
):
    send(learner_client, assignment)
    submission = AssignmentSubmission.objects.get()
    other_course = build_course(catalogue, slug="lain", title="Lain", lessons=1)
    stranger = UserFactory(username="guru-lain")
    stranger.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    other_course.instructors.add(stranger)
    other_course.save_revision().publish()
    client = Client()
    client.force_login(stranger)
    assert (
        assignment.title
        not in client.get(reverse("courses:review_queue")).content.decode()
    )
    url = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "accept"}).status_code == 404
    photo = reverse("courses:submission_photo", args=[submission.pk])
    assert client.get(photo).status_code == 404
    submission.refresh_from_db()
    assert submission.status == "submitted"
    with pytest.raises(services.PermissionDenied):
        services.assignment_review(
            reviewer=stranger, submission=submission, accept=True, feedback=""
        )


def test_a_curriculum_reviewer_may_review_any_course(
    client, learner_client, enrolled, assignment
):
    from django.contrib.auth.models import Group

    send(learner_client, assignment)
    reviewer = UserFactory(username="penilai")
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    client = Client()
    client.force_login(reviewer)
    submission = AssignmentSubmission.objects.get()
    url = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(url).status_code == 200


def test_learners_cannot_see_the_queue_or_another_learners_photo(
    client, learner_client, enrolled, assignment, course
):
    send(learner_client, assignment)
    submission = AssignmentSubmission.objects.get()
    photo = reverse("courses:submission_photo", args=[submission.pk])
    assert learner_client.get(photo).status_code == 200
    other = UserFactory()
    services.enrolment_create(user=other, course=course)
    client = Client()
    client.force_login(other)
    assert client.get(photo).status_code == 404
    assert client.get(reverse("courses:review_queue")).status_code == 404
    review = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(review).status_code == 404
