"""Work sent after the session ended is not lost in silence: sign-in says why,
and afterwards she is back on her page (not a blank 405) with a message."""

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses import services
from courses.models import LessonPage
from tests.courses.conftest import add_assignment

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(course):
    return LessonPage.objects.descendant_of(course).live().order_by("path").first()


def _messages(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_marking_done_after_the_session_ended_returns_to_the_lesson(
    lesson, learner, course
):
    services.enrolment_create(user=learner, course=course)
    client = Client()  # her session has ended: she is anonymous now
    page = lesson.url
    response = client.post(
        reverse("courses:lesson_complete", args=[lesson.pk]),
        HTTP_REFERER=f"http://testserver{page}",
    )
    assert response.status_code == 302
    assert (
        response["Location"]
        == f"{reverse('account_login')}?next={page.replace('/', '%2F')}"
    )
    assert _messages(response)  # the sign-in page says why she is there

    signed_in = client.post(
        response["Location"], {"login": "learner", "password": "pw-learner-123"}
    )
    assert signed_in.status_code == 302
    assert signed_in["Location"] == page
    back = client.get(page)
    assert back.status_code == 200
    with translation.override("id"):
        expected = gettext("Your session had ended. Please send it again.")
    assert expected in [str(m) for m in back.context["messages"]]
    # Only once.
    again = client.get(page)
    assert expected not in [str(m) for m in again.context["messages"]]


def test_a_referer_from_another_site_is_not_followed(lesson):
    response = Client().post(
        reverse("courses:lesson_complete", args=[lesson.pk]),
        HTTP_REFERER="https://elsewhere.example/phish/",
    )
    assert response.status_code == 302
    assert "elsewhere" not in response["Location"]
    assert "next=/belajar/pelajaran/" in response["Location"]  # Django's own next


def test_keepalive_renews_a_live_session_and_says_when_it_ended(learner_client):
    assert learner_client.post(reverse("accounts:session_keepalive")).status_code == 204
    assert learner_client.get(reverse("accounts:session_keepalive")).status_code == 405
    assert Client().post(reverse("accounts:session_keepalive")).status_code == 401


def test_signed_in_pages_carry_the_warning_and_the_idle_time(learner_client, settings):
    html = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert 'id="session-warning"' in html
    assert f'data-idle-seconds="{settings.SESSION_COOKIE_AGE}"' in html
    assert reverse("accounts:session_keepalive") in html
    assert 'id="session-warning"' not in Client().get("/").content.decode()


def test_assignment_answers_are_kept_as_drafts(learner_client, learner, course):
    services.enrolment_create(user=learner, course=course)
    assignment = add_assignment(course, requires_text=True)
    html = learner_client.get(assignment.url).content.decode()
    assert f'data-draft="assignment-{assignment.pk}"' in html
    assert "js/forms.js" in html
