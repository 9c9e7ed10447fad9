"""Each event makes one notice for the right person, by the task queue; the
seller's SMS about a question names her product and nobody else."""

from __future__ import annotations

import uuid

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from courses import services as course_services
from courses.models import AssignmentSubmission, LessonPage
from home.imaging import clean_image
from marketplace import services as shop_services
from marketplace.models import Brand
from marketplace.services import BRAND_CHECKLIST, PRODUCT_CHECKLIST
from notices.models import Notice
from tests.courses.conftest import add_assignment
from tests.factories import UserFactory
from tests.images import png_bytes
from tests.marketplace.conftest import make_brand, make_product

pytestmark = pytest.mark.django_db


def verified(user, phone):
    user.phone = phone
    user.phone_verified = True
    user.save()
    return user


def keys(checklist):
    return [key for key, _label in checklist]


@pytest.fixture
def curator(db):
    user = UserFactory(username="kurator")
    user.groups.add(Group.objects.get(name="Curators"))
    return user


def test_assignment_reviewed_notifies_the_learner_once(
    task_queue, sms_outbox, learner, course
):
    verified(learner, "+6281234500010")
    assignment = add_assignment(course, requires_text=True)
    course_services.enrolment_create(user=learner, course=course)
    submission = course_services.assignment_submit(
        user=learner,
        assignment=assignment,
        text="Label saya",
        photo=clean_image(SimpleUploadedFile("kerja.png", png_bytes())),
    )
    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name=course_services.INSTRUCTORS_GROUP))
    course.instructors.add(instructor)
    course.save_revision().publish()
    course_services.assignment_review(
        reviewer=instructor, submission=submission, accept=False, feedback="Ulang"
    )
    notice = Notice.objects.get(user=learner)
    assert notice.kind == Notice.Kind.ASSIGNMENT_REVISION
    assert task_queue.run() == 1
    assert [sms.phone for sms in sms_outbox] == ["+6281234500010"]
    # The reviewer's name is not in the message.
    assert instructor.public_name not in sms_outbox[0].message
    assert AssignmentSubmission.objects.get().status == "revision"


def test_certificate_issued_notifies_once(task_queue, learner, course):
    course_services.enrolment_create(user=learner, course=course)
    for lesson in LessonPage.objects.descendant_of(course).live():
        course_services.lesson_open_record(user=learner, lesson=lesson)
        course_services.progress_record(user=learner, lesson=lesson)
    certificate = course_services.certificate_issue_if_complete(
        user=learner, course=course
    )
    assert certificate is not None
    course_services.certificate_issue_if_complete(user=learner, course=course)
    notices = Notice.objects.filter(user=learner, kind=Notice.Kind.CERTIFICATE_ISSUED)
    assert notices.count() == 1
    assert certificate.code in notices.get().url


def test_brand_and_product_decisions_notify_the_seller(
    task_queue, sms_outbox, seller, curator, image, category
):
    verified(seller, "+6281234500020")
    brand = make_brand(owner=seller, live=False, status=Brand.Status.SUBMITTED)
    shop_services.brand_request_changes(
        brand=brand, reviewer=curator, message="Foto sampul buram"
    )
    shop_services.brand_approve(
        brand=brand, reviewer=curator, checklist=keys(BRAND_CHECKLIST)
    )
    product = make_product(brand=brand, image=image, category=category, live=False)
    product.status = "submitted"
    product.save()
    shop_services.product_request_changes(
        product=product, reviewer=curator, message="Harga?"
    )
    shop_services.product_approve(
        product=product, reviewer=curator, checklist=keys(PRODUCT_CHECKLIST)
    )
    kinds = list(
        Notice.objects.filter(user=seller).order_by("pk").values_list("kind", flat=True)
    )
    assert kinds == [
        Notice.Kind.BRAND_CHANGES,
        Notice.Kind.BRAND_APPROVED,
        Notice.Kind.PRODUCT_CHANGES,
        Notice.Kind.PRODUCT_APPROVED,
    ]
    assert task_queue.run() >= 4
    assert len(sms_outbox) == 4
    assert Notice.objects.filter(user=curator).count() == 0


def test_a_buyers_question_sms_holds_no_buyer_data(
    task_queue, sms_outbox, seller, product
):
    verified(seller, "+6281234500030")
    shop_services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="Dewi Lestari",
        buyer_phone="+6281299998888",
        buyer_email="dewi@example.com",
        quantity=3,
        message="Bisa kirim ke Bandung?",
    )
    notice = Notice.objects.get(user=seller, kind=Notice.Kind.INQUIRY_NEW)
    task_queue.run()
    seller_sms = [sms for sms in sms_outbox if sms.phone == "+6281234500030"]
    assert len(seller_sms) == 1
    text = seller_sms[0].message
    assert product.name in text
    for private in ("Dewi", "81299998888", "Bandung", "dewi@example.com"):
        assert private not in text
        assert private not in notice.text


def test_a_reply_to_a_buyer_keeps_its_path_and_makes_no_user_notice(
    task_queue, sms_outbox, seller, product
):
    inquiry = shop_services.inquiry_create(
        product=product,
        token=uuid.uuid4(),
        buyer_name="Dewi",
        buyer_phone="+6281299998888",
        buyer_email="",
        quantity=1,
        message="Ada?",
    )
    shop_services.inquiry_reply(inquiry=inquiry, message="Ada, Bu.")
    task_queue.run()
    assert [sms.phone for sms in sms_outbox] == ["+6281299998888"]
    assert Notice.objects.exclude(kind=Notice.Kind.INQUIRY_NEW).count() == 0
