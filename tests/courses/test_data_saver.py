"""'Hemat kuota': a learner on prepaid data chooses that lesson pictures wait
until she taps them (docs/offline.md)."""

import re

import pytest
from django.core.files.base import ContentFile
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.images import get_image_model

from accounts.models import User
from accounts.selectors import data_saver_for
from courses import selectors, services
from tests.factories import UserFactory
from tests.images import png_bytes

pytestmark = pytest.mark.django_db

SWITCH = reverse("accounts:data_saver")
DASHBOARD = reverse("courses:dashboard")


@pytest.fixture
def picture():
    return get_image_model().objects.create(
        title="Etalase", file=ContentFile(png_bytes((1200, 800)), name="etalase.png")
    )


@pytest.fixture
def lesson(learner, course, lessons, picture):
    """A lesson with a picture, of a course the learner is enrolled in."""
    services.enrolment_create(user=learner, course=course)
    lesson = lessons[0]
    lesson.body = [
        *list(lesson.body.raw_data),
        {
            "type": "image",
            "value": {
                "image": picture.pk,
                "alt": "Etalase warung yang rapi",
                "caption": "Etalase Bu Sari",
            },
        },
    ]
    lesson.save_revision().publish()
    return lesson


def saver_on(user: User) -> None:
    User.objects.filter(pk=user.pk).update(data_saver=True)


def body_of(html: str) -> str:
    return html.split("data-read-source", 1)[1].split("</article>", 1)[0]


def placeholder(html: str) -> str:
    found = re.search(r"<a [^>]*data-picture-tap[^>]*>.*?</a>", html, re.S)
    assert found, "no placeholder"
    return found.group(0)


# --- the choice ----------------------------------------------------------------


def test_the_switch_shows_on_belajar_saya_and_the_profile(learner_client):
    for url in (DASHBOARD, reverse("accounts:profile")):
        html = learner_client.get(url).content.decode()
        assert f'action="{SWITCH}"' in html, url
        assert 'name="data_saver"' in html
        assert 'name="csrfmiddlewaretoken"' in html
        assert "checked" not in html.split('name="data_saver"', 1)[1].split(">")[0]


def test_turning_it_on_and_off_is_saved_and_said(learner_client, learner):
    response = learner_client.post(
        SWITCH, {"data_saver": "on", "next": DASHBOARD}, follow=True
    )
    learner.refresh_from_db()
    assert learner.data_saver
    assert response.redirect_chain[-1][0] == DASHBOARD
    html = response.content.decode()
    with override("id"):
        assert gettext("Saved. Pictures in lessons now wait until you tap them.") in (
            html
        )
    box = html.split('name="data_saver"', 1)[1].split(">")[0]
    assert "checked" in box

    response = learner_client.post(SWITCH, {"next": DASHBOARD}, follow=True)
    learner.refresh_from_db()
    assert not learner.data_saver
    with override("id"):
        assert gettext("Saved. Pictures in lessons show at once.") in (
            response.content.decode()
        )


def test_the_switch_never_sends_her_to_another_site(learner_client, learner):
    response = learner_client.post(
        SWITCH, {"data_saver": "on", "next": "https://jahat.example/"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    learner.refresh_from_db()
    assert learner.data_saver


def test_signed_out_the_switch_is_refused(client):
    response = client.post(SWITCH, {"data_saver": "on"})
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_the_switch_needs_the_csrf_token_and_a_post(learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert client.post(SWITCH, {"data_saver": "on"}).status_code == 403
    assert client.get(SWITCH).status_code == 405
    learner.refresh_from_db()
    assert not learner.data_saver


def test_the_browsers_save_data_counts_as_the_choice(learner):
    factory = RequestFactory()
    request = factory.get("/")
    request.user = learner
    assert not data_saver_for(request)
    assert data_saver_for(factory.get("/", headers={"Save-Data": "on"}))
    assert not data_saver_for(factory.get("/", headers={"Save-Data": "off"}))
    saver_on(learner)
    learner.refresh_from_db()
    assert data_saver_for(request)


def test_belajar_saya_says_when_the_browser_saves_data(learner_client):
    with override("id"):
        note = gettext(
            "Your browser is saving data now, so pictures wait for your tap anyway."
        )
    assert note not in learner_client.get(DASHBOARD).content.decode()
    html = learner_client.get(DASHBOARD, headers={"Save-Data": "on"}).content
    assert note in html.decode()


# --- lesson pages ---------------------------------------------------------------


def test_with_the_saver_a_lesson_downloads_no_picture_until_tapped(
    learner_client, learner, lesson, picture
):
    saver_on(learner)
    html = learner_client.get(lesson.url).content.decode()
    body = body_of(html)
    assert "<img" not in body and "<picture" not in body
    assert not re.search(r"\ssrcset=", body)
    link = placeholder(body)
    # Without the script, the link opens the picture itself (a phone-size WebP).
    webp = picture.get_rendition("format-webp|width-720")
    assert f'href="{webp.url}"' in link
    # Its size, in KB, is the one a phone would load (AVIF, 720 px wide).
    avif = picture.get_rendition("format-avif|width-720")
    kilobytes = max(1, round(avif.file.size / 1024))
    with override("id"):
        assert gettext("Show picture") in link
        assert gettext("about %(size)s KB") % {"size": kilobytes} in link
    assert "Etalase warung yang rapi" in link  # what the picture shows
    assert "Etalase Bu Sari" in body  # the caption stays
    # What the tap loads: the same sources the page shows without the saver.
    assert 'data-source-1="image/avif ' in link and f"{avif.url} 720w" in link
    assert "js/picture-tap.js" in html


def test_without_the_saver_a_lesson_shows_its_pictures(learner_client, lesson, picture):
    html = learner_client.get(lesson.url).content.decode()
    body = body_of(html)
    assert "<picture>" in body and "data-picture-tap" not in body
    assert picture.get_rendition("format-avif|width-720").url in body
    assert 'alt="Etalase warung yang rapi"' in body
    assert "js/picture-tap.js" not in html


def test_save_data_header_keeps_pictures_back_too(learner_client, lesson):
    response = learner_client.get(lesson.url, headers={"Save-Data": "on"})
    assert "<picture" not in body_of(response.content.decode())
    placeholder(response.content.decode())
    assert "Save-Data" in response["Vary"]
    assert response["Cache-Control"] == "private, no-store"


def test_the_kept_body_of_one_choice_never_shows_for_the_other(
    learner_client, learner, lesson
):
    """Bodies are rendered once and kept: each choice has its own copy."""
    other = UserFactory()
    services.enrolment_create(user=other, course=selectors.course_for_lesson(lesson))
    saver_on(other)
    other_client = Client()
    other_client.force_login(other)
    for _round in range(2):  # the second round is served from the cache
        full = body_of(learner_client.get(lesson.url).content.decode())
        saved = body_of(other_client.get(lesson.url).content.decode())
        assert "<picture>" in full and "data-picture-tap" not in full
        assert "<picture" not in saved and "data-picture-tap" in saved
    kept = selectors.lesson_body(lesson, data_saver=True)
    assert any("data-picture-tap" in (part.html or "") for part in kept)
    assert not any(
        "data-picture-tap" in (part.html or "")
        for part in selectors.lesson_body(lesson)
    )


def test_a_preview_follows_the_editors_choice(lesson):
    parts = selectors.lesson_body(lesson, preview=True, data_saver=True)
    assert any("data-picture-tap" in (part.html or "") for part in parts)


# --- "Save for offline" ----------------------------------------------------------


def test_saving_for_offline_starts_without_pictures_when_the_saver_is_on(
    learner_client, learner, lesson, course
):
    box = re.compile(r"<section class=\"offline-save\"[^>]*>", re.S)
    assert "data-saver" not in box.search(
        learner_client.get(course.url).content.decode()
    ).group(0)
    saver_on(learner)
    assert "data-saver" in box.search(
        learner_client.get(course.url).content.decode()
    ).group(0)


def test_with_the_saver_a_course_page_leaves_out_its_cover(
    learner_client, learner, lesson, course, picture
):
    course.cover_image = picture
    course.save_revision().publish()
    assert "<picture" in learner_client.get(course.url).content.decode()
    saver_on(learner)
    assert "<picture" not in learner_client.get(course.url).content.decode()
