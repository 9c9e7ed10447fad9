"""Course roles are permissions: a group's name grants nothing by itself."""

import io
import json

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection

from courses import selectors, services
from courses.models import AssignmentSubmission
from courses.services.catalogue import COURSE_IMAGES_COLLECTION
from tests.courses.conftest import add_assignment
from tests.factories import UserFactory
from tests.images import jpeg_with_gps

pytestmark = pytest.mark.django_db


@pytest.fixture
def submission(learner, course):
    assignment = add_assignment(course)
    services.enrolment_create(user=learner, course=course)
    photo = SimpleUploadedFile("foto.jpg", jpeg_with_gps(), "image/jpeg")
    client = Client()
    client.force_login(learner)
    client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]),
        {"photo": photo, "text": ""},
    )
    return AssignmentSubmission.objects.get(user=learner)


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_reviewer_in_a_renamed_group_keeps_reviewing(submission):
    group = Group.objects.get(name=services.REVIEWERS_GROUP)
    group.name = "Penilai kurikulum"
    group.save()
    reviewer = UserFactory(username="penilai")
    reviewer.groups.add(group)

    client = _client_for(reviewer)
    assert client.get(reverse("courses:review_queue")).status_code == 200
    url = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(url).status_code == 200
    assert selectors.user_is_curriculum_reviewer(reviewer)


def test_a_group_named_like_the_reviewers_grants_nothing(submission):
    group = Group.objects.get(name=services.REVIEWERS_GROUP)
    group.name = "Penilai kurikulum"
    group.save()
    impostor_group = Group.objects.create(name=services.REVIEWERS_GROUP)
    impostor = UserFactory(username="bukan-penilai")
    impostor.groups.add(impostor_group)

    client = _client_for(impostor)
    assert client.get(reverse("courses:review_queue")).status_code == 404
    url = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(url).status_code == 404
    assert not selectors.user_is_curriculum_reviewer(impostor)


def test_the_permission_alone_makes_a_reviewer(submission):
    user = UserFactory(username="tanpa-grup")
    user.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="courses", codename="review_submission"
        )
    )
    url = reverse("courses:review_submission", args=[submission.pk])
    assert _client_for(user).get(url).status_code == 200


@pytest.fixture
def set_up(site_root):
    call_command("site_setup", stdout=io.StringIO())


@pytest.fixture
def instructor_client(set_up):
    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    return _client_for(instructor)


def test_the_image_chooser_offers_instructors_an_upload_form(instructor_client):
    response = instructor_client.get(reverse("wagtailimages_chooser:choose"))
    assert response.status_code == 200
    html = json.loads(response.content)["html"]
    assert 'name="image-chooser-upload-file"' in html


def test_instructors_upload_through_the_chooser_into_course_images(
    instructor_client,
):
    response = instructor_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Label kemasan",
            "image-chooser-upload-file": SimpleUploadedFile(
                "label.jpg", jpeg_with_gps((200, 150)), "image/jpeg"
            ),
        },
    )
    assert response.status_code == 200
    assert json.loads(response.content)["step"] == "chosen"
    image = get_image_model().objects.get(title="Label kemasan")
    assert image.collection == Collection.objects.get(name=COURSE_IMAGES_COLLECTION)


def test_reviewers_see_course_images_in_the_admin(set_up):
    reviewer = UserFactory(username="penilai")
    reviewer.groups.add(Group.objects.get(name=services.REVIEWERS_GROUP))
    client = _client_for(reviewer)
    assert client.get(reverse("wagtailimages:add")).status_code == 200
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Contoh HPP",
            "file": SimpleUploadedFile("hpp.jpg", jpeg_with_gps(), "image/jpeg"),
        },
    )
    assert response.status_code == 302
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    assert "Contoh HPP" in listing
