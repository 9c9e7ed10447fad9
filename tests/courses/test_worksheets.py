"""Course documents: instructors and reviewers upload and choose worksheets in
their own collection, and change, replace or delete only what they uploaded."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission

from courses import services
from courses.blocks import WorksheetBlock
from courses.models import LessonPage
from courses.services.catalogue import COURSE_WORKSHEETS_COLLECTION
from home.documents import FILE_USED_BY_LIVE_PAGE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Document = get_document_model()


def _pdf(text: str = "Lembar kerja") -> SimpleUploadedFile:
    body = f"%PDF-1.4\n% {text}\n%%EOF\n".encode()
    return SimpleUploadedFile("lembar-kerja.pdf", body, "application/pdf")


@pytest.fixture
def set_up(site_root):
    call_command("site_setup", stdout=io.StringIO())
    return Collection.objects.get(name=COURSE_WORKSHEETS_COLLECTION)


def _member(username: str, group: str) -> Client:
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def guru(set_up):
    return _member("guru", services.INSTRUCTORS_GROUP)


@pytest.fixture
def guru_lain(set_up):
    return _member("guru-lain", services.INSTRUCTORS_GROUP)


def _content(document) -> bytes:
    with document.file.open("rb") as handle:
        return handle.read()


def _upload(client, title: str) -> Document:
    response = client.post(
        reverse("wagtaildocs:add"), {"title": title, "file": _pdf(title)}
    )
    assert response.status_code == 302, response.content[:2000]
    return Document.objects.get(title=title)


def test_course_staff_hold_no_document_grant_on_the_root(set_up):
    root = Collection.get_first_root_node()
    for group in (services.INSTRUCTORS_GROUP, services.REVIEWERS_GROUP):
        assert not GroupCollectionPermission.objects.filter(
            collection=root,
            group__name=group,
            permission__content_type__app_label="wagtaildocs",
        ).exists()
        granted = set(
            GroupCollectionPermission.objects.filter(
                collection=set_up, group__name=group
            ).values_list("permission__codename", flat=True)
        )
        assert granted == {"add_document", "choose_document"}


def test_an_instructor_uploads_into_the_worksheets_and_edits_her_own(guru, set_up):
    document = _upload(guru, "Lembar HPP")
    assert document.collection == set_up
    assert document.uploaded_by_user == guru.user
    edit = reverse("wagtaildocs:edit", args=[document.pk])
    assert guru.get(edit).status_code == 200
    response = guru.post(edit, {"title": "Lembar HPP baru", "file": _pdf("versi 2")})
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Lembar HPP baru"


def test_nobody_replaces_or_deletes_a_colleagues_worksheet(guru, guru_lain, set_up):
    document = _upload(guru_lain, "Lembar BEP")
    original = document.file.name
    reviewer = _member("penilai", services.REVIEWERS_GROUP)
    for client in (guru, reviewer):
        edit = reverse("wagtaildocs:edit", args=[document.pk])
        assert client.get(edit).status_code in (302, 403)
        client.post(edit, {"title": "Diganti", "file": _pdf("palsu")})
        client.post(reverse("wagtaildocs:delete", args=[document.pk]))
        document.refresh_from_db()
        assert (document.title, document.file.name) == ("Lembar BEP", original)


def test_instructors_choose_course_worksheets_but_not_other_documents(
    guru, guru_lain, set_up
):
    _upload(guru_lain, "Lembar kas")
    Document.objects.create(
        title="Dokumen admin",
        file=_pdf("admin"),
        collection=Collection.get_first_root_node(),
    )
    html = guru.get(reverse("wagtaildocs_chooser:choose")).content.decode()
    assert "Lembar kas" in html
    assert "Dokumen admin" not in html


def test_a_worksheet_of_a_published_lesson_is_replaced_only_through_the_lesson(
    guru, set_up, course
):
    """Issue 15 item 10: a new file for a live lesson goes through a page
    revision, even for the instructor who uploaded it."""
    document = _upload(guru, "Lembar HPP")
    original = document.file.name
    lesson = LessonPage.objects.descendant_of(course).live().first()
    worksheet = WorksheetBlock().to_python(
        {"title": "Lembar HPP", "description": "", "file": document.pk}
    )
    lesson.body.append(("worksheet", worksheet))
    lesson.save_revision().publish()

    edit = reverse("wagtaildocs:edit", args=[document.pk])
    response = guru.post(edit, {"title": "Lembar HPP", "file": _pdf("versi 2")})
    assert response.status_code == 200
    assert response.context["form"].errors["file"] == [FILE_USED_BY_LIVE_PAGE]
    document.refresh_from_db()
    assert document.file.name == original
    assert b"versi 2" not in _content(document)
    # Her title fix is fine; so is a new file once no live page links it.
    response = guru.post(edit, {"title": "Lembar HPP (isian)"})
    assert response.status_code == 302
    lesson.unpublish()
    response = guru.post(edit, {"title": "Lembar HPP", "file": _pdf("versi 3")})
    assert response.status_code == 302
    document.refresh_from_db()
    assert b"versi 3" in _content(document)
