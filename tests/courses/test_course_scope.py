"""People pickers and course scope: only instructors are offered as instructors,
the review queue needs the role, an instructor writes only her own courses, and
the cohort and centre choosers are for people with rights on them."""

import re

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from wagtail.models import Page

from accounts.models import Centre, Cohort
from accounts.selectors import CENTRE_STAFF_GROUP
from courses import services
from courses.models import AssignmentSubmission, LessonPage, ModulePage
from courses.wagtail_hooks import NOT_YOUR_COURSE
from tests.courses.conftest import add_assignment, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _instructor(username: str):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    return user


def _teach(course, user) -> None:
    course.instructors.add(user)
    course.save_revision().publish()


@pytest.fixture
def guru(course):
    user = _instructor("guru")
    _teach(course, user)
    return user


@pytest.fixture
def other_course(catalogue):
    course = build_course(catalogue, slug="lain", title="Kursus Lain", lessons=1)
    _teach(course, _instructor("guru-lain"))
    return course


def _messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


# --- the instructors picker -----------------------------------------------------


def test_the_instructors_field_offers_only_the_instructor_role(course, learner):
    teacher = _instructor("bu-guru")
    admin = UserFactory(username="admin-kursus", is_superuser=True, is_staff=True)
    response = _client(admin).get(reverse("wagtailadmin_pages:edit", args=[course.pk]))
    html = response.content.decode()
    select = re.search(r'<select name="instructors".*?</select>', html, re.S).group()
    offered = set(re.findall(r'value="(\d+)"', select))
    assert str(teacher.pk) in offered
    assert str(learner.pk) not in offered


def test_a_learner_cannot_be_saved_as_instructor(course, learner):
    admin = UserFactory(username="admin-kursus", is_superuser=True, is_staff=True)
    form_class = course.get_edit_handler().get_form_class()
    form = form_class(
        instance=course,
        for_user=admin,
        data={"instructors": [learner.pk]},
        parent_page=course.get_parent(),
    )
    form.is_valid()
    assert "instructors" in form.errors


# --- the review queue -------------------------------------------------------------


def test_a_learner_listed_on_a_course_by_mistake_sees_no_ones_work(
    course, learner, client
):
    assignment = add_assignment(course)
    services.enrolment_create(user=learner, course=course)
    submission = AssignmentSubmission.objects.create(
        user=learner, assignment=assignment, course=course, text="foto"
    )
    classmate = UserFactory(username="teman")
    _teach(course, classmate)  # an editor's slip: no instructor role

    client = _client(classmate)
    assert client.get(reverse("courses:review_queue")).status_code == 404
    url = reverse("courses:review_submission", args=[submission.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"decision": "accept"}).status_code == 404
    submission.refresh_from_db()
    assert submission.status == AssignmentSubmission.Status.SUBMITTED


# --- course scope in the page editor ----------------------------------------------


def _lesson_of(course) -> LessonPage:
    return LessonPage.objects.descendant_of(course).order_by("path").first()


def test_an_instructor_edits_her_own_course(guru, course):
    lesson = _lesson_of(course)
    response = _client(guru).get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert response.status_code == 200


def test_an_instructor_cannot_save_a_draft_of_another_course(guru, other_course):
    lesson = _lesson_of(other_course)
    client = _client(guru)
    url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    response = client.get(url)
    assert response.status_code == 302
    assert _messages(response) == [str(NOT_YOUR_COURSE)]
    revisions = lesson.revisions.count()
    client.post(url, {"title": "Diubah orang lain", "slug": lesson.slug})
    lesson.refresh_from_db()
    assert lesson.revisions.count() == revisions
    assert lesson.get_latest_revision_as_object().title != "Diubah orang lain"


def test_an_instructor_cannot_add_to_or_delete_from_another_course(guru, other_course):
    module = ModulePage.objects.child_of(other_course).first()
    client = _client(guru)
    add = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    assert client.get(add).status_code == 302
    client.post(add, {"title": "Titipan", "slug": "titipan"})
    assert not LessonPage.objects.filter(slug="titipan").exists()

    draft = LessonPage(title="Draf guru lain", slug="draf", body=[], live=False)
    module.add_child(instance=draft)
    delete = reverse("wagtailadmin_pages:delete", args=[draft.pk])
    assert client.post(delete).status_code == 302
    assert LessonPage.objects.filter(pk=draft.pk).exists()


def test_an_instructor_cannot_move_her_page_into_another_course(
    guru, course, other_course
):
    draft = LessonPage(title="Draf saya", slug="draf-saya", body=[], live=False)
    ModulePage.objects.child_of(course).first().add_child(instance=draft)
    target = ModulePage.objects.child_of(other_course).first()
    response = _client(guru).post(
        reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, target.pk])
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=draft.pk).get_parent().specific.get_parent().pk == (
        course.pk
    )


# --- choosers ---------------------------------------------------------------------


@pytest.fixture
def cohort():
    centre = Centre.objects.create(name="Balai Rahasia", slug="rahasia", city="Bogor")
    return Cohort.objects.create(centre=centre, name="Angkatan Rahasia")


COHORT_CHOOSER = "wagtailsnippetchoosers_accounts_cohort:choose"
CENTRE_CHOOSER = "wagtailsnippetchoosers_accounts_centre:choose"


def _refused(response) -> bool:
    """Wagtail's admin answers a refusal with a redirect to its dashboard."""
    return response.status_code in (302, 403) and "Rahasia" not in (
        response.content.decode()
    )


def test_instructors_get_neither_the_cohort_nor_the_centre_chooser(guru, cohort):
    client = _client(guru)
    assert _refused(client.get(reverse(COHORT_CHOOSER)))
    assert _refused(client.get(reverse(CENTRE_CHOOSER)))
    results = reverse("wagtailsnippetchoosers_accounts_cohort:choose_results")
    assert _refused(client.get(results, {"q": "Rahasia"}))
    chosen = reverse("wagtailsnippetchoosers_accounts_cohort:chosen", args=[cohort.pk])
    assert _refused(client.get(chosen))


def test_curators_choose_a_centre_but_see_no_cohorts(cohort):
    curator = UserFactory(username="kurator")
    curator.groups.add(Group.objects.get(name="Curators"))
    client = _client(curator)
    assert _refused(client.get(reverse(COHORT_CHOOSER)))
    response = client.get(reverse(CENTRE_CHOOSER))
    assert response.status_code == 200
    assert "Balai Rahasia" in response.content.decode()


def test_administrators_keep_both_choosers(cohort):
    admin = UserFactory(username="admin-balai", is_superuser=True, is_staff=True)
    response = _client(admin).get(reverse(COHORT_CHOOSER))
    assert response.status_code == 200
    assert "Angkatan Rahasia" in response.content.decode()


def test_centre_staff_never_reach_the_admin_choosers(cohort):
    staff = UserFactory(username="staf", centre=cohort.centre)
    staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    assert _refused(_client(staff).get(reverse(COHORT_CHOOSER)))
