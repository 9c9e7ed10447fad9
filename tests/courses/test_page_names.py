"""Names a screen reader reads: each progress bar says what it measures, and
the quiz, its attempt and its result each have their own page title."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from accounts.models import Centre, User
from accounts.selectors import CENTRE_STAFF_GROUP
from courses import services

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(learner, course):
    services.enrolment_create(user=learner, course=course)
    return learner


def _progress_names(html: str) -> list[str]:
    return re.findall(r'<progress[^>]*aria-label="([^"]*)"', html)


def test_every_progress_bar_has_its_own_name(learner_client, enrolled, course):
    course_names = _progress_names(learner_client.get(course.url).content.decode())
    assert len(course_names) >= 2  # the course and each module
    assert len(set(course_names)) == len(course_names)
    # The course's bar, each module's bar (and the offline saving bar) each
    # say what they measure.
    titles = [course.title, *(m.title for m in course.get_children().specific())]
    assert all(any(title in name for name in course_names) for title in titles), (
        course_names,
        titles,
    )
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    [name] = _progress_names(dashboard)
    assert course.title in name


def _title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def test_quiz_page_attempt_and_result_have_different_titles(
    learner_client, enrolled, quiz
):
    titles = {_title(learner_client.get(quiz.url).content.decode())}
    url = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))["Location"]
    titles.add(_title(learner_client.get(url).content.decode()))
    attempt_id = int(re.search(r"/(\d+)/$", url).group(1))
    result = learner_client.post(
        reverse("courses:quiz_attempt_submit", args=[attempt_id]), {}, follow=True
    )
    titles.add(_title(result.content.decode()))
    assert len(titles) == 3, titles
    assert all(quiz.title in title for title in titles)


def test_staff_see_their_centre_in_the_menu_and_learners_do_not(learner_client, db):
    assert reverse("centres:staff_home") not in learner_client.get("/").content.decode()
    centre = Centre.objects.create(name="Balai A", slug="balai-a", city="Bekasi")
    staff = User.objects.create_user(username="staf-a", centre=centre)
    staff.groups.add(Group.objects.get(name=CENTRE_STAFF_GROUP))
    client = Client()
    client.force_login(staff)
    assert reverse("centres:staff_home") in client.get("/").content.decode()
