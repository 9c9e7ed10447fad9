"""Account deletion and "Data saya" across every app (home.personal_data).

One seller, Bu Sari, touches every app: a live brand with photos, products,
an inquiry with her answer, a quiz attempt, an assignment photo, a business
plan, a certificate, sign-in records, an admin avatar and a raw upload. Deleting
her account must leave no row or file with her personal data, and every URL of
her photos must answer 404; her export must hold every record and every photo.
"""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from types import SimpleNamespace

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.models import EditingSession, FormState
from wagtail.images import get_image_model
from wagtail.log_actions import log
from wagtail.models import APIToken, PageSubscription, Revision, UploadedFile
from wagtail.users.models import UserProfile

from accounts.models import Centre, SignInCode, User, UserSession
from accounts.services import sign_in_code_issue, user_data_saver_set, user_delete
from business import services as business_services
from business.models import CashEntry, Costing
from courses import services as course_services
from courses.models import (
    AssignmentSubmission,
    BusinessPlan,
    Certificate,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonVisit,
    OfflineCopy,
    QuizAttempt,
)
from home import personal_data
from home.imaging import clean_image
from home.object_storage import private_storage
from marketplace import services as shop_services
from marketplace.models import (
    Brand,
    Category,
    Inquiry,
    InquiryReply,
    Product,
    ProductPhoto,
    ReviewLog,
    SellerApproval,
)
from notices.models import Notice
from tests.courses.conftest import (
    add_assignment,
    add_quiz,
    build_course,
    correct_answers,
)
from tests.factories import UserFactory
from tests.images import jpeg_with_gps, png_bytes

PASSWORD = "pw-secret-123"  # tests.factories.UserFactory's password

# Everything that identifies Bu Sari or her buyer. After deletion no text
# column of any table may contain one of these.
HER_DATA = [
    "Sari Wahyuni",
    "Bu Sari",
    "sari@example.com",
    "sari.kedua@example.com",
    "81234567890",  # her phone and WhatsApp, however written
    "0812-3456-7890",
    "Dapur Bu Sari",
    "dapurbusari",
    "Kampung Rahasia",
    "Pak Budi",
    "budi@example.com",
    "81198765432",
    "arisan RT 05",
    "kirim alamat",
    "P-IRT 2063201010123-29",
    "Lulus pelatihan",  # her seller approval note
]


def _png(name: str = "foto.png"):
    return clean_image(SimpleUploadedFile(name, png_bytes(), content_type="image/png"))


def _jpeg(name: str = "foto.jpg"):
    return clean_image(
        SimpleUploadedFile(name, jpeg_with_gps(), content_type="image/jpeg")
    )


def _keys(checklist) -> list[str]:
    return [key for key, _label in checklist]


@pytest.fixture
def world(site_root, django_capture_on_commit_callbacks):
    """Bu Sari's footprint in every app, built through the apps' services."""
    with django_capture_on_commit_callbacks(execute=True):
        curator = UserFactory(username="kurator", is_superuser=True, is_staff=True)
        catalogue = course_services.course_catalogue_ensure(
            parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
        )
        course = build_course(
            catalogue, slug="keuangan", title="Keuangan", modules=1, lessons=2
        )
        quiz = add_quiz(course, cooldown=0)
        assignment = add_assignment(course)
        lesson = LessonPage.objects.descendant_of(course).live().first()
        centre = Centre.objects.create(
            name="Balai Rahasia", slug="balai-rahasia", city="Bekasi"
        )
        sari = UserFactory(
            username="sari",
            display_name="Bu Sari",
            legal_name="Sari Wahyuni",
            email="sari@example.com",
            phone="+6281234567890",
            centre=centre,
        )
        other = UserFactory(username="lain", display_name="Orang Lain")
        user_data_saver_set(user=sari, on=True)

        # courses
        course_services.enrolment_create(user=sari, course=course)
        course_services.offline_copy_record(user=sari, lesson=lesson)
        course_services.lesson_open_record(user=sari, lesson=lesson)
        course_services.progress_record(user=sari, lesson=lesson)
        attempt = course_services.quiz_attempt_start(user=sari, quiz=quiz)
        course_services.quiz_attempt_submit(
            user=sari, attempt=attempt, data=correct_answers(attempt)
        )
        submission = course_services.assignment_submit(
            user=sari,
            assignment=assignment,
            photo=_jpeg(),
            text="Kemasan sambal Dapur Bu Sari",
        )
        course_services.assignment_review(
            reviewer=curator,
            submission=submission,
            accept=False,
            feedback="Foto kurang terang, Bu Sari.",
        )
        course_services.business_plan_save(
            user=sari, data={"business_name": "Dapur Bu Sari", "product": "Sambal"}
        )

        # business: her cash book and a saved costing
        business_services.cash_entry_create(
            user=sari,
            data={
                "date": timezone.localdate(),
                "kind": "in",
                "amount": 75_000,
                "category": "sales",
                "note": "Sambal Dapur Bu Sari, Balai Rahasia",
            },
        )
        business_services.costing_create(
            user=sari,
            data={
                "name": "Sambal Dapur Bu Sari",
                "material": 40_000,
                "labour": 0,
                "overhead": 0,
                "units": 10,
                "markup": 30,
                "marketplace_fee": 10,
                "shipping": 0,
                "fixed_costs": 0,
            },
        )
        Certificate.objects.update_or_create(
            user=sari,
            course=course,
            defaults={"printed_name": "Bu Sari", "code": "KODE-SARI"},
        )

        # marketplace
        approval = shop_services.seller_approval_create(
            user=sari, approved_by=curator, note="Lulus pelatihan Balai Rahasia"
        )
        log(approval, "wagtail.create", user=curator)  # as the admin does
        brand = shop_services.brand_create(
            owner=sari,
            name="Dapur Bu Sari",
            city="Kab. Bekasi",
            tagline="Sambal dari Kampung Rahasia",
            story="Saya Bu Sari dari Kampung Rahasia.",
            logo=_png("logo.png"),
            cover=_jpeg("sampul.jpg"),
            whatsapp_number="081234567890",
            whatsapp_enabled=True,
            instagram_handle="dapurbusari",
            instagram_enabled=True,
            shop_url="https://shopee.co.id/dapurbusari",
            shop_enabled=True,
            show_centre=True,
        )
        shop_services.brand_approve(
            brand=brand,
            reviewer=curator,
            checklist=_keys(shop_services.BRAND_CHECKLIST),
            message="Cerita bagus, Bu Sari.",
        )
        Brand.objects.filter(pk=brand.pk).update(centre_confirmed_at=timezone.now())
        product = shop_services.product_create(
            brand=brand,
            data={
                "name": "Sambal Dapur Bu Sari",
                "description": "Sambal bawang buatan Bu Sari.",
                "category": Category.objects.get(slug="makanan-minuman"),
                "price": 25000,
                "pirt_number": "P-IRT 2063201010123-29",
            },
            photos=[_jpeg("sambal-1.jpg"), _png("sambal-2.png")],
        )
        shop_services.product_approve(
            product=product,
            reviewer=curator,
            checklist=_keys(shop_services.PRODUCT_CHECKLIST),
            message="Foto jelas.",
        )
        # A photo added and removed again: nothing points at it any more.
        removed = shop_services.product_photo_add(product=product, cleaned=_png())
        removed_image = removed.image
        shop_services.product_photo_remove(photo=removed)
        inquiry = shop_services.inquiry_create(
            product=Product.objects.get(pk=product.pk),
            token=uuid.uuid4(),
            buyer_name="Pak Budi",
            buyer_phone="081198765432",
            buyer_email="budi@example.com",
            quantity=20,
            message="Mau pesan 20 untuk arisan RT 05.",
        )
        shop_services.inquiry_reply(
            inquiry=inquiry, message="Bisa, Pak. Silakan kirim alamat."
        )

        # accounts
        EmailAddress.objects.create(
            user=sari, email="sari@example.com", verified=True, primary=True
        )
        EmailAddress.objects.create(user=sari, email="sari.kedua@example.com")
        Authenticator.objects.create(
            user=sari, type=Authenticator.Type.TOTP, data={"secret": "RAHASIA-TOTP"}
        )
        sign_in_code_issue(user=sari)
        for model, username in (
            (AccessLog, "sari"),
            (AccessFailureLog, "SARI@example.com"),
            (AccessAttempt, "0812-3456-7890"),
            (AccessLog, "lain"),
        ):
            extra = (
                {"get_data": "", "post_data": "", "failures_since_start": 3}
                if model is AccessAttempt
                else {}
            )
            model.objects.create(
                username=username,
                ip_address="10.0.0.7",
                user_agent="HP Murah",
                http_accept="*/*",
                path_info="/akun/login/",
                **extra,
            )
        profile = UserProfile.get_for_user(sari)
        profile.avatar.save("avatar.png", ContentFile(png_bytes()), save=True)

        # home: a raw upload Wagtail kept from an unfinished multiple upload
        raw = UploadedFile.objects.create(
            file=ContentFile(jpeg_with_gps(), name="mentah.jpg"),
            uploaded_by_user=sari,
            for_content_type=ContentType.objects.get_for_model(get_image_model()),
        )

    brand.refresh_from_db()
    product = Product.objects.get(pk=product.pk)
    image_ids = {
        brand.logo_id,
        brand.cover_id,
        removed_image.pk,
        *ProductPhoto.objects.filter(product=product).values_list(
            "image_id", flat=True
        ),
    }
    images = list(get_image_model().objects.filter(pk__in=image_ids))
    for image in images:
        image.get_rendition("fill-120x120|format-webp")
        image.get_rendition("width-400")
    return SimpleNamespace(
        sari=sari,
        other=other,
        curator=curator,
        course=course,
        brand=brand,
        product=product,
        inquiry=inquiry,
        submission=AssignmentSubmission.objects.get(pk=submission.pk),
        images=images,
        avatar_name=UserProfile.objects.get(user=sari).avatar.name,
        raw_name=raw.file.name,
    )


def _stored_files(world) -> list[str]:
    """Public-storage names of Bu Sari's files: originals, renditions, others.

    Her assignment photo is in the private storage (``world.submission``)."""
    rendition_model = get_image_model().get_rendition_model()
    names = [image.file.name for image in world.images]
    names += list(
        rendition_model.objects.filter(image__in=world.images).values_list(
            "file", flat=True
        )
    )
    names += [world.avatar_name, world.raw_name]
    return names


def _public_urls(world) -> list[str]:
    return [
        reverse("marketplace:brand_detail", args=[world.brand.slug]),
        reverse(
            "marketplace:product_detail", args=[world.brand.slug, world.product.slug]
        ),
    ]


def _delete_account(client, user, capture) -> None:
    client.force_login(user)
    with capture(execute=True):
        response = client.post(
            reverse("accounts:account_delete"),
            {"confirm": "hapus", "password": PASSWORD},
        )
    assert response.status_code == 302


def _rows_with(text_values: list[str]) -> list[str]:
    """Every (model, field) of every table with a text column holding a value."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.JSONField):
                queryset = model._default_manager.annotate(
                    _as_text=Cast(field.attname, TextField())
                )
                column = "_as_text"
            elif isinstance(field, (models.CharField, models.TextField)):
                queryset = model._default_manager.all()
                column = field.attname
            else:
                continue
            query = Q()
            for value in text_values:
                query |= Q(**{f"{column}__icontains": value})
            if queryset.filter(query).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


@pytest.fixture
def media_urls(settings):
    settings.ROOT_URLCONF = "tests.media_urls"


def test_deleting_a_seller_leaves_no_row_or_file_with_her_data(
    client, world, media_urls, django_capture_on_commit_callbacks
):
    files = _stored_files(world)
    assert len(files) >= 15  # 5 originals, 10 renditions, avatar, raw
    photo = world.submission.photo.name
    assert private_storage().exists(photo)
    urls = [f"{settings.MEDIA_URL}{name}" for name in files] + _public_urls(world)
    for url in urls:  # the test really sees her files and pages first
        assert client.get(url).status_code == 200, url
    assert _rows_with(HER_DATA)  # and really finds her data in the tables
    second_device = Client()
    second_device.force_login(world.sari)
    other_session = Client()
    other_session.force_login(world.other)

    _delete_account(client, world.sari, django_capture_on_commit_callbacks)

    assert _rows_with(HER_DATA) == []
    for name in files:
        assert not default_storage.exists(name), name
    assert not private_storage().exists(photo)
    for url in urls:
        assert client.get(url).status_code == 404, url

    sari = User.objects.get(pk=world.sari.pk)
    assert (sari.display_name, sari.legal_name, sari.email) == ("", "", "")
    assert sari.phone is None and sari.centre is None and not sari.is_active
    assert not sari.data_saver
    assert not sari.has_usable_password() and sari.username.startswith("dihapus-")
    assert second_device.get(reverse("accounts:profile")).status_code == 302
    assert other_session.get(reverse("accounts:profile")).status_code == 200
    assert not UserSession.objects.filter(
        session_key=second_device.session.session_key
    ).exists()
    for model in (EmailAddress, Authenticator, SignInCode, UserProfile):
        assert not model.objects.filter(user=sari).exists(), model
    assert not AccessAttempt.objects.exists()
    assert not AccessFailureLog.objects.exists()
    assert set(AccessLog.objects.values_list("username", flat=True)) == {"lain"}
    assert not UploadedFile.objects.exists()

    # courses: learning records gone, the certificate verifiable as "Peserta"
    for model in (
        Enrolment,
        LessonVisit,
        OfflineCopy,
        LessonProgress,
        QuizAttempt,
        AssignmentSubmission,
    ):
        assert not model.objects.filter(user=sari).exists(), model
    assert not BusinessPlan.objects.filter(user=sari).exists()
    assert not CashEntry.objects.filter(user=sari).exists()
    assert not Costing.objects.filter(user=sari).exists()
    certificate = Certificate.objects.get(code="KODE-SARI")
    assert certificate.user is None and certificate.printed_name == "Peserta"
    page = client.get(reverse("certificate_verify", args=["KODE-SARI"]))
    assert page.status_code == 200
    assert "Peserta" in page.content.decode()
    assert "Bu Sari" not in page.content.decode()

    # marketplace: unpublished for good, fields cleared, photos deleted
    brand = Brand.objects.get(pk=world.brand.pk)
    assert brand.status == Brand.Status.SUSPENDED and not brand.is_public
    assert brand.published_at is None and brand.centre is None
    assert (brand.whatsapp_number, brand.instagram_handle, brand.shop_url) == (
        "",
        "",
        "",
    )
    assert not (brand.whatsapp_enabled or brand.instagram_enabled or brand.show_centre)
    assert not (brand.logo or brand.cover or brand.public_logo or brand.public_cover)
    product = Product.objects.get(pk=world.product.pk)
    assert not product.is_live and product.status == Product.Status.DRAFT
    assert product.public_name == "" and product.pirt_number == ""
    assert not ProductPhoto.objects.filter(product__brand=brand).exists()
    assert (
        not get_image_model()
        .objects.filter(pk__in=[image.pk for image in world.images])
        .exists()
    )
    inquiry = Inquiry.objects.get(pk=world.inquiry.pk)
    assert (inquiry.buyer_phone, inquiry.buyer_email) == ("", "dihapus@example.invalid")
    assert InquiryReply.objects.get(inquiry=inquiry).message == "(dihapus)"
    assert not SellerApproval.objects.filter(user=sari).exists()
    assert not Notice.objects.filter(user=sari).exists()
    assert set(
        ReviewLog.objects.filter(brand=brand).values_list("message", flat=True)
    ) == {""}
    showcase = client.get(reverse("marketplace:showcase"), {"q": "Sambal"})
    assert "Sambal Dapur" not in showcase.content.decode()


def test_a_failed_deletion_changes_nothing_and_deletes_no_file(
    world, django_capture_on_commit_callbacks, monkeypatch
):
    files = _stored_files(world)

    def broken(user):
        raise RuntimeError("accounts step failed")

    accounts_handler = next(
        h for h in personal_data.handlers() if h.app_label == "accounts"
    )
    monkeypatch.setitem(
        personal_data._handlers,
        "accounts",
        personal_data.PersonalDataHandler(
            app_label="accounts",
            export=accounts_handler.export,
            erase=broken,
            models=accounts_handler.models,
            kept=accounts_handler.kept,
            order=accounts_handler.order,
        ),
    )
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        user_delete(user=world.sari)
    assert Brand.objects.get(pk=world.brand.pk).is_public
    assert Enrolment.objects.filter(user=world.sari).exists()
    for name in files:
        assert default_storage.exists(name), name
    assert private_storage().exists(world.submission.photo.name)


def _zip(client, user):
    client.force_login(user)
    response = client.get(reverse("accounts:my_data_download"))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = {
        name.removesuffix(".json"): json.loads(archive.read(name))
        for name in archive.namelist()
        if name.endswith(".json")
    }
    return archive, data


def test_export_holds_every_record_and_every_photo(client, world):
    archive, data = _zip(client, world.sari)
    assert set(data) == {
        "accounts",
        "courses",
        "marketplace",
        "home",
        "notices",
        "business",
    }
    names = set(archive.namelist())
    notices = data["notices"]
    assert {"brand_approved", "product_approved"} <= {
        row["kind"] for row in notices["notices"]
    }

    accounts = data["accounts"]
    assert accounts["profile"]["legal_name"] == "Sari Wahyuni"
    assert accounts["profile"]["phone"] == "+6281234567890"
    assert accounts["profile"]["centre"] == "Balai Rahasia"
    assert accounts["profile"]["data_saver"] is True
    assert {row["email"] for row in accounts["email_addresses"]} == {
        "sari@example.com",
        "sari.kedua@example.com",
    }
    assert accounts["two_step_sign_in"][0]["type"]
    assert len(accounts["sign_in_cards"]) == 1
    assert "HP Murah" in {row["browser"] for row in accounts["sign_ins"]}
    assert len(accounts["failed_sign_ins"]) == 1
    assert len(accounts["failed_sign_in_counters"]) == 1
    assert accounts["admin_profile"]["avatar"] in names

    courses = data["courses"]
    assert [row["course"] for row in courses["enrolments"]] == ["Keuangan"]
    assert len(courses["lessons_opened"]) == len(courses["lessons_done"]) == 1
    assert [row["lesson"] for row in courses["lessons_saved_for_offline"]] == [
        row["lesson"] for row in courses["lessons_opened"]
    ]
    attempt = courses["quiz_attempts"][0]
    assert attempt["passed"] and attempt["score_percent"] == 100
    assert len(attempt["questions"]) == 5
    assert all(q["correct"] and q["your_answer"] for q in attempt["questions"])
    submission = courses["assignment_submissions"][0]
    assert submission["feedback"] == "Foto kurang terang, Bu Sari."
    assert submission["text"] == "Kemasan sambal Dapur Bu Sari"
    assert submission["photo"] in names
    assert courses["certificates"][0]["code"] == "KODE-SARI"
    assert courses["business_plan"]["business_name"] == "Dapur Bu Sari"
    money = data["business"]
    assert money["cash_book"][0]["note"] == "Sambal Dapur Bu Sari, Balai Rahasia"
    assert money["cash_book"][0]["amount"] == 75_000
    assert money["saved_costings"][0]["name"] == "Sambal Dapur Bu Sari"

    shop = data["marketplace"]
    assert shop["brand"]["whatsapp_number"] == "081234567890"
    assert shop["brand"]["instagram"] == "dapurbusari"
    assert shop["brand"]["logo"] in names and shop["brand"]["cover_photo"] in names
    assert shop["brand"]["message_from_reviewer"] == "Cerita bagus, Bu Sari."
    product = shop["products"][0]
    assert product["pirt_number"] == "P-IRT 2063201010123-29"
    assert len(product["photos"]) == 2
    assert all(photo["file"] in names for photo in product["photos"])
    inquiry = shop["inquiries"][0]
    assert (inquiry["buyer_name"], inquiry["buyer_email"]) == (
        "Pak Budi",
        "budi@example.com",
    )
    assert inquiry["my_answers"][0]["message"] == "Bisa, Pak. Silakan kirim alamat."
    assert {row["message"] for row in shop["review_decisions"]} == {
        "Cerita bagus, Bu Sari.",
        "Foto jelas.",
    }
    assert shop["seller_approval"]["note"] == "Lulus pelatihan Balai Rahasia"

    home = data["home"]
    # every photo she uploaded, the removed one too, each in the ZIP once
    assert len(home["images"]) == len(world.images) == 5
    assert all(row["file"] in names for row in home["images"])
    assert home["unfinished_uploads"][0]["file"] in names
    for image in world.images:
        with image.file.open("rb") as stored:
            assert archive.read(f"files/home/{image.file.name}") == stored.read()
    with world.submission.photo.open("rb") as stored:
        assert archive.read(submission["photo"]) == stored.read()

    everything = json.dumps(data)
    assert "RAHASIA-TOTP" not in everything  # never an authenticator secret
    assert "Orang Lain" not in everything and "kurator" not in everything
    # her own answers, never the quiz's answer keys
    assert '"expected"' not in everything and '"options"' not in everything
    assert len([n for n in archive.namelist() if n.startswith("files/")]) == len(
        {n for n in archive.namelist() if n.startswith("files/")}
    )


def test_export_skips_a_file_missing_from_storage(client, world):
    missing = world.images[0].file.name
    default_storage.delete(missing)
    archive, data = _zip(client, world.sari)
    assert f"files/home/{missing}" not in archive.namelist()
    assert len(data["home"]["images"]) == 5  # the record is still there
    assert f"files/home/{world.images[1].file.name}" in archive.namelist()


def test_an_open_quiz_attempt_is_exported_without_answer_keys(client, world):
    quiz = add_quiz(world.course, cooldown=0, slug="kuis-kedua")
    course_services.quiz_attempt_start(user=world.sari, quiz=quiz)
    _archive, data = _zip(client, world.sari)
    open_attempt = [a for a in data["courses"]["quiz_attempts"] if not a["finished_at"]]
    assert len(open_attempt) == 1
    dumped = json.dumps(open_attempt)
    assert '"correct"' not in dumped and '"expected"' not in dumped
    assert "PENJELASAN" not in dumped


def test_an_instructors_course_images_stay_and_lessons_keep_working(
    client, world, media_urls, django_capture_on_commit_callbacks
):
    guru = UserFactory(username="guru", display_name="Bu Guru", email="guru@x.id")
    image = get_image_model()(
        title="Contoh kemasan", file=_png().file, uploaded_by_user=guru
    )
    image._set_image_file_metadata()
    image.save()
    course = world.course
    course.cover_image = image
    course.instructors.add(guru)
    course.save_revision(user=guru).publish()
    rendition = image.get_rendition("width-400")
    lesson = LessonPage.objects.descendant_of(course).live().first()
    lesson.locked, lesson.locked_by, lesson.locked_at = True, guru, timezone.now()
    lesson.save()
    page_type = ContentType.objects.get_for_model(lesson)
    EditingSession.objects.create(
        user=guru,
        content_type=page_type,
        object_id=str(lesson.pk),
        last_seen_at=timezone.now(),
    )
    FormState.objects.create(
        user=guru,
        data="title=Draf+Bu+Guru",
        content_type=page_type,
        object_id=str(lesson.pk),
        parent_object_id="",
        last_updated_at=timezone.now(),
    )
    PageSubscription.objects.create(user=guru, page=lesson, comment_notifications=True)
    APIToken.create_token(user=guru, name="Token Bu Guru")
    LogEntry.objects.log_actions(
        user_id=world.curator.pk, queryset=[guru], action_flag=CHANGE
    )
    assert _rows_with(["Bu Guru", "guru@x.id"])

    _delete_account(client, guru, django_capture_on_commit_callbacks)

    assert _rows_with(["Bu Guru", "guru@x.id"]) == []
    image.refresh_from_db()
    assert image.uploaded_by_user is None
    assert default_storage.exists(image.file.name)
    assert client.get(rendition.url).status_code == 200
    assert not course.instructors.through.objects.filter(user=guru).exists()
    assert client.get(course.url).status_code == 200
    lesson.refresh_from_db()
    assert not lesson.locked and lesson.locked_by is None
    for model in (EditingSession, FormState, PageSubscription, APIToken):
        assert not model.objects.filter(user=guru).exists(), model
    # editorial history stays, pointing at the anonymised account
    revision = Revision.objects.filter(object_id=str(course.pk)).latest("created_at")
    assert revision.user_id == guru.pk
    assert User.objects.get(pk=guru.pk).username.startswith("dihapus-")
    entry = LogEntry.objects.get(object_id=str(guru.pk))
    assert entry.object_repr == "Peserta"


# --- coverage: every model that holds personal data is some app's business --------

PERSONAL_FIELD_TYPES = (
    models.EmailField,
    PhoneNumberField,
    models.GenericIPAddressField,
)
PERSONAL_NAME_PARTS = (
    "phone",
    "whatsapp",
    "email",
    "legal_name",
    "ip_address",
    "username",
    "buyer_name",
)
# Models the walker flags that no handler needs to cover, each with the reason.
NOT_PERSONAL = {
    "wagtailimages.image": (
        "Wagtail's built-in image model: unused (WAGTAILIMAGES_IMAGE_MODEL is "
        "home.BerdayaImage), so its table stays empty."
    ),
}


def _holds_personal_data(model) -> bool:
    fields = [*model._meta.local_fields, *model._meta.local_many_to_many]
    for field in fields:
        related = getattr(field, "related_model", None)
        if field.is_relation and related is not None:
            if related._meta.label_lower == settings.AUTH_USER_MODEL.lower():
                return True
            continue
        if isinstance(field, PERSONAL_FIELD_TYPES):
            return True
        if isinstance(field, (models.CharField, models.TextField)) and any(
            part in field.name.lower() for part in PERSONAL_NAME_PARTS
        ):
            return True
    return False


def uncovered_models() -> list[str]:
    covered = personal_data.covered_models() | set(NOT_PERSONAL)
    return sorted(
        model._meta.label_lower
        for model in apps.get_models()
        if _holds_personal_data(model) and model._meta.label_lower not in covered
    )


def test_every_model_with_personal_data_is_covered_by_a_handler():
    assert uncovered_models() == []


def test_handlers_name_only_models_that_exist():
    installed = {model._meta.label_lower for model in apps.get_models()}
    assert personal_data.covered_models() <= installed
    for handler in personal_data.handlers():
        assert handler.kept is not None
        assert all(reason.strip() for reason in handler.kept.values())


def test_the_walker_catches_a_model_no_handler_covers(monkeypatch):
    monkeypatch.delitem(personal_data._handlers, "courses")
    assert {
        "courses.enrolment",
        "courses.quizattempt",
        "courses.assignmentsubmission",
        "courses.certificate",
    } <= set(uncovered_models())


def test_the_walker_catches_a_personal_field_without_a_user_link(monkeypatch):
    marketplace = next(
        h for h in personal_data.handlers() if h.app_label == "marketplace"
    )
    monkeypatch.setitem(
        personal_data._handlers,
        "marketplace",
        personal_data.PersonalDataHandler(
            app_label="marketplace",
            export=marketplace.export,
            erase=marketplace.erase,
            models=tuple(m for m in marketplace.models if m != "marketplace.Inquiry"),
            kept={
                k: v for k, v in marketplace.kept.items() if k != "marketplace.Inquiry"
            },
            order=marketplace.order,
        ),
    )
    # Inquiry has no link to a user, only buyer_name/phone/email.
    assert uncovered_models() == ["marketplace.inquiry"]


def test_handlers_run_marketplace_first_and_accounts_last():
    order = [handler.app_label for handler in personal_data.handlers()]
    assert order.index("marketplace") < order.index("home")
    assert order[-1] == "accounts"
