"""Media in S3-compatible object storage (moto): public renditions, private photos."""

import re

import pytest
import requests
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model

from courses import services as course_services
from courses.models import AssignmentSubmission
from home.object_storage import PrivateFileRefused
from marketplace.models import Brand, Category, Product
from tests.courses.conftest import add_assignment, build_course
from tests.factories import UserFactory
from tests.images import has_gps_or_metadata, jpeg_with_gps
from tests.marketplace.conftest import make_seller

pytestmark = pytest.mark.django_db

RENDITION = re.compile(r'/media/(images/[^"\s]+?\.(?:webp|jpg|png))')


def test_a_product_photo_and_its_rendition_are_in_the_bucket_and_served(
    client, object_storage
):
    seller = make_seller()
    client.force_login(seller)
    brand_response = client.post(
        reverse("marketplace:brand_edit"),
        {"name": "Dapur Rina", "city": "Kota Bogor", "story": "Cerita"},
    )
    assert brand_response.status_code == 302
    response = client.post(
        reverse("marketplace:product_create"),
        {
            "name": "Keripik Pedas",
            "category": Category.objects.get(slug="makanan-minuman").pk,
            "description": "Renyah",
            "price": "Rp 15.000",
            "unit": "pack",
            "stock": "ready",
            "min_order": "1",
            "new_photos": [SimpleUploadedFile("p1.jpg", jpeg_with_gps())],
            "action": "save",
        },
    )
    assert response.status_code == 302
    product = Product.objects.get(brand=Brand.objects.get(owner=seller))
    preview = client.get(reverse("marketplace:product_preview", args=[product.pk]))
    assert preview.status_code == 200

    renditions = RENDITION.findall(preview.content.decode())
    assert renditions, "the page shows the photo as a rendition"
    stored = object_storage.keys(object_storage.public)
    original = product.photos.get().image.file.name
    assert original in stored
    for key in renditions:
        assert key in stored
        # What nginx fetches for /media/images/...: anyone may read it.
        served = requests.get(object_storage.object_url(object_storage.public, key))
        assert served.status_code == 200
        assert served.headers["Content-Type"].startswith("image/")
        assert not has_gps_or_metadata(served.content)
    # Originals stay unreadable to visitors; only renditions are public.
    refused = requests.get(object_storage.object_url(object_storage.public, original))
    assert refused.status_code == 403


def test_an_assignment_photo_is_private_but_the_reviewer_sees_it(
    learner_client, learner, site_root, object_storage
):
    catalogue = course_services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    course = build_course(catalogue, slug="keuangan", title="Keuangan")
    assignment = add_assignment(course)
    course_services.enrolment_create(user=learner, course=course)
    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name=course_services.INSTRUCTORS_GROUP))
    course.instructors.add(instructor)
    course.save_revision().publish()

    sent = learner_client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]),
        {"photo": SimpleUploadedFile("foto.jpg", jpeg_with_gps()), "text": ""},
    )
    assert sent.status_code == 302
    submission = AssignmentSubmission.objects.get()
    key = submission.photo.name
    assert object_storage.keys(object_storage.private) == [key]
    assert key not in object_storage.keys(object_storage.public)

    # Nobody reads it from the bucket without the app's permission check.
    anonymous = requests.get(object_storage.object_url(object_storage.private, key))
    assert anonymous.status_code == 403
    with pytest.raises(PrivateFileRefused):
        submission.photo.url  # noqa: B018

    photo_url = reverse("courses:submission_photo", args=[submission.pk])
    reviewer = Client()
    reviewer.force_login(instructor)
    served = reviewer.get(photo_url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    assert served["Cache-Control"] == "private, no-store"
    stored = object_storage.client.get_object(Bucket=object_storage.private, Key=key)
    assert b"".join(served.streaming_content) == stored["Body"].read()
    assert learner_client.get(photo_url).status_code == 200

    stranger = Client()
    stranger.force_login(UserFactory(username="orang-lain"))
    assert stranger.get(photo_url).status_code == 404
    assert Client().get(photo_url).status_code == 302  # anonymous: sign in first


def test_a_lost_private_photo_answers_404_not_500(
    learner_client, learner, site_root, object_storage
):
    catalogue = course_services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    course = build_course(catalogue, slug="keuangan", title="Keuangan")
    assignment = add_assignment(course)
    course_services.enrolment_create(user=learner, course=course)
    learner_client.post(
        reverse("courses:assignment_submit", args=[assignment.pk]),
        {"photo": SimpleUploadedFile("foto.jpg", jpeg_with_gps()), "text": ""},
    )
    submission = AssignmentSubmission.objects.get()
    object_storage.client.delete_object(
        Bucket=object_storage.private, Key=submission.photo.name
    )
    photo_url = reverse("courses:submission_photo", args=[submission.pk])
    assert learner_client.get(photo_url).status_code == 404


def test_documents_stay_private_objects_and_wagtails_view_serves_them(
    client, object_storage
):
    document = get_document_model()(title="Lembar kerja")
    document.file.save("lembar-kerja.pdf", ContentFile(b"%PDF-1.4 lembar"), save=True)
    key = document.file.name
    assert key in object_storage.keys(object_storage.public)
    direct = requests.get(object_storage.object_url(object_storage.public, key))
    assert direct.status_code == 403
    served = client.get(document.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == b"%PDF-1.4 lembar"
