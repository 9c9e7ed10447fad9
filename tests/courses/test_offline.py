"""Learning without a signal: the list of files to save, and the replay of
steps a phone queued offline (courses.views.offline, courses.services.offline)."""

import datetime as dt
import json
import uuid

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, override
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses import services
from courses.models import (
    Enrolment,
    LessonProgress,
    LessonVisit,
    OfflineCopy,
    OfflineStep,
)
from courses.personal_data import erase_personal_data, export_personal_data
from tests.courses.conftest import build_course
from tests.factories import UserFactory
from tests.images import png_bytes

pytestmark = pytest.mark.django_db

SYNC = reverse("courses:offline_sync")
FIXED_ID = "0b6e4f00-0000-4000-8000-000000000001"


def step(kind, lesson, at=None, **extra):
    return {
        "id": str(uuid.uuid4()),
        "type": kind,
        "lesson": lesson.pk,
        "at": (at or timezone.now()).isoformat(),
        **extra,
    }


def send(client, steps):
    return client.post(
        SYNC, data=json.dumps({"steps": steps}), content_type="application/json"
    )


@pytest.fixture
def enrolled(learner, course):
    """Enrolled a day ago: offline steps of the last hours count as taken."""
    enrolment = services.enrolment_create(user=learner, course=course)
    Enrolment.objects.filter(pk=enrolment.pk).update(
        created_at=timezone.now() - dt.timedelta(days=1)
    )
    enrolment.refresh_from_db()
    return enrolment


def save_for_offline(client, lesson):
    """What "Save for offline" does for one lesson page (offline-course.js)."""
    response = client.get(lesson.url, headers={"X-Berdaya-Offline": "1"})
    assert response.status_code == 200
    return response


@pytest.fixture
def saved(learner_client, learner, enrolled, lessons):
    """Her phone saved the course's lessons just after she enrolled (a day
    ago): offline steps of the last hours are then about copies she holds."""
    for lesson in lessons:
        save_for_offline(learner_client, lesson)
    OfflineCopy.objects.filter(user=learner).update(served_at=enrolled.created_at)
    return enrolled


def statuses(response):
    return [result["status"] for result in response.json()["results"]]


# --- the replay -------------------------------------------------------------


def test_opened_then_done_offline_is_stored_once_however_often_replayed(
    learner_client, learner, enrolled, saved, lessons
):
    opened_at = timezone.now() - dt.timedelta(minutes=30)
    queue = [
        # Sent out of order: the server applies "opened" first by its time.
        step("done", lessons[0], opened_at + dt.timedelta(minutes=5)),
        step("opened", lessons[0], opened_at),
    ]
    first = send(learner_client, queue)
    assert first.status_code == 200
    assert statuses(first) == ["applied", "applied"]
    for _ in range(2):
        again = send(learner_client, queue)
        assert statuses(again) == ["already", "already"]
    assert LessonProgress.objects.filter(user=learner).count() == 1
    assert LessonVisit.objects.filter(user=learner).count() == 1
    assert OfflineStep.objects.filter(user=learner).count() == 2
    visit = LessonVisit.objects.get(user=learner)
    assert abs(visit.first_opened_at - opened_at) < dt.timedelta(seconds=1)
    done = LessonProgress.objects.get(user=learner)
    assert abs(done.completed_at - (opened_at + dt.timedelta(minutes=5))) < (
        dt.timedelta(seconds=1)
    )


def test_done_without_opening_is_refused_by_the_evidence_rule(
    learner_client, learner, enrolled, lessons
):
    response = send(learner_client, [step("done", lessons[1])])
    result = response.json()["results"][0]
    assert result["status"] == "refused"
    with override("id"):
        assert result["msg"] == gettext(
            "Open and read the lesson first, then mark it as done."
        )
    assert not LessonProgress.objects.filter(user=learner).exists()
    # A lesson opened online earlier counts: "done" offline is then accepted.
    learner_client.get(lessons[2].url)
    assert statuses(send(learner_client, [step("done", lessons[2])])) == ["applied"]
    assert LessonProgress.objects.filter(user=learner, lesson=lessons[2]).exists()


def test_offline_time_is_clamped_to_now_and_to_the_saved_copy(
    learner_client, learner, enrolled, saved, lessons
):
    future = timezone.now() + dt.timedelta(days=3)
    send(learner_client, [step("opened", lessons[0], future)])
    first = LessonVisit.objects.get(user=learner, lesson=lessons[0])
    assert first.first_opened_at <= timezone.now()
    stored = OfflineStep.objects.get(user=learner, lesson=lessons[0])
    assert stored.client_at == future  # what the phone said is kept apart
    assert stored.counted_at <= timezone.now()
    # A phone clock a little behind the server's: the step counts, from the
    # moment the copy reached her phone, never earlier.
    copied_at = OfflineCopy.objects.get(user=learner, lesson=lessons[1]).served_at
    behind = copied_at - dt.timedelta(minutes=2)
    assert statuses(send(learner_client, [step("opened", lessons[1], behind)])) == [
        "applied"
    ]
    second = LessonVisit.objects.get(user=learner, lesson=lessons[1])
    assert second.first_opened_at == copied_at


def test_an_earlier_offline_opening_moves_the_first_visit_back_not_forward(
    learner_client, learner, enrolled, saved, lessons
):
    learner_client.get(lessons[0].url)
    online = LessonVisit.objects.get(user=learner, lesson=lessons[0]).first_opened_at
    send(learner_client, [step("opened", lessons[0], online + dt.timedelta(hours=1))])
    assert LessonVisit.objects.get(user=learner).first_opened_at == online
    earlier = max(enrolled.created_at, online - dt.timedelta(seconds=1))
    send(learner_client, [step("opened", lessons[0], earlier)])
    assert LessonVisit.objects.get(user=learner).first_opened_at == earlier


def test_a_script_cannot_open_and_finish_lessons_it_never_fetched(
    learner_client, learner, enrolled, lessons
):
    """A learner's script posts "opened" then "done" for every lesson without
    fetching one: nothing counts, and the phone gets a reason to show."""
    script = [
        item
        for lesson in lessons
        for item in (step("opened", lesson), step("done", lesson))
    ]
    response = send(learner_client, script)
    assert response.status_code == 200
    assert set(statuses(response)) == {"refused"}
    with override("id"):
        reason = gettext(
            "This lesson was not saved on your phone for learning without a "
            "signal, so this step does not count. Open the lesson with a signal."
        )
    assert reason in {result["msg"] for result in response.json()["results"]}
    assert not LessonVisit.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert not OfflineStep.objects.filter(user=learner).exists()
    # Once her phone has fetched the lessons to keep, the same steps count.
    for lesson in lessons:
        save_for_offline(learner_client, lesson)
    accepted = send(learner_client, script)
    assert set(statuses(accepted)) == {"applied"}
    assert LessonVisit.objects.filter(user=learner).count() == len(lessons)
    assert LessonProgress.objects.filter(user=learner).count() == len(lessons)
    # Sent again, an accepted step changes nothing.
    assert set(statuses(send(learner_client, script))) == {"already"}
    assert OfflineStep.objects.filter(user=learner).count() == 2 * len(lessons)


def test_an_opening_claimed_before_the_copy_was_saved_is_refused(
    learner_client, learner, enrolled, lessons
):
    save_for_offline(learner_client, lessons[0])
    copied_at = OfflineCopy.objects.get(user=learner, lesson=lessons[0]).served_at
    before = copied_at - dt.timedelta(hours=1)
    response = send(
        learner_client,
        [step("opened", lessons[0], before), step("done", lessons[0], before)],
    )
    assert statuses(response) == ["refused", "refused"]
    with override("id"):
        assert response.json()["results"][0]["msg"] == gettext(
            "Your phone says you opened this lesson before it was saved on the "
            "phone. Check the phone's date and time, then open the lesson with "
            "a signal."
        )
    assert not LessonVisit.objects.filter(user=learner).exists()
    assert not LessonProgress.objects.filter(user=learner).exists()
    assert not OfflineStep.objects.filter(user=learner).exists()


def test_saving_again_does_not_move_the_copy_later(
    learner_client, learner, enrolled, lessons
):
    save_for_offline(learner_client, lessons[0])
    copy = OfflineCopy.objects.get(user=learner, lesson=lessons[0])
    OfflineCopy.objects.filter(pk=copy.pk).update(
        served_at=copy.served_at - dt.timedelta(hours=2)
    )
    save_for_offline(learner_client, lessons[0])
    assert OfflineCopy.objects.filter(user=learner).count() == 1
    an_hour_ago = timezone.now() - dt.timedelta(hours=1)
    assert statuses(
        send(learner_client, [step("opened", lessons[0], an_hour_ago)])
    ) == ["applied"]


def test_a_lesson_opened_online_needs_no_saved_copy(
    learner_client, learner, enrolled, lessons
):
    learner_client.get(lessons[0].url)
    online = LessonVisit.objects.get(user=learner).first_opened_at
    response = send(
        learner_client,
        [step("opened", lessons[0]), step("opened", lessons[1])],
    )
    assert statuses(response) == ["applied", "refused"]
    # An opening claimed before the online visit, without a copy, does not
    # move the visit back.
    earlier = online - dt.timedelta(minutes=30)
    assert statuses(send(learner_client, [step("opened", lessons[0], earlier)])) == [
        "applied"
    ]
    assert LessonVisit.objects.get(user=learner).first_opened_at == online
    assert not LessonVisit.objects.filter(user=learner, lesson=lessons[1]).exists()


def test_another_users_queue_is_refused_and_changes_nothing(
    learner_client, learner, course, enrolled, saved, lessons
):
    queue = [step("opened", lessons[0]), step("done", lessons[0])]
    assert statuses(send(learner_client, queue)) == ["applied", "applied"]
    other = UserFactory()
    services.enrolment_create(user=other, course=course)
    other_client = Client()
    other_client.force_login(other)
    replay = send(other_client, queue)
    assert statuses(replay) == ["not_yours", "not_yours"]
    assert not LessonVisit.objects.filter(user=other).exists()
    assert not LessonProgress.objects.filter(user=other).exists()
    assert OfflineStep.objects.filter(user=other).count() == 0
    # A step the phone says another account took is refused before anything.
    fresh = step("opened", lessons[1], learner=learner.pk)
    assert statuses(send(other_client, [fresh])) == ["not_yours"]
    assert not OfflineStep.objects.filter(client_id=fresh["id"]).exists()


def test_signed_out_replay_is_403_and_stores_nothing(client, enrolled, lessons):
    response = send(client, [step("opened", lessons[0])])
    assert response.status_code == 403
    assert "error" in response.json()
    assert not OfflineStep.objects.exists()
    assert client.get(SYNC).status_code == 403


def test_not_enrolled_step_is_refused(learner_client, learner, lessons):
    response = send(learner_client, [step("opened", lessons[0])])
    assert statuses(response) == ["refused"]
    assert not LessonVisit.objects.filter(user=learner).exists()


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"steps": "x"}),
        json.dumps({"steps": [{"id": "abc", "type": "opened", "lesson": 1}]}),
        json.dumps({"steps": [{"id": FIXED_ID, "type": "read", "lesson": 1}]}),
        json.dumps(
            {
                "steps": [
                    {
                        "id": FIXED_ID,
                        "type": "opened",
                        "lesson": "1",
                        "at": "2026-01-01T10:00:00+07:00",
                    }
                ]
            }
        ),
        json.dumps(
            {
                "steps": [
                    {
                        "id": FIXED_ID,
                        "type": "opened",
                        "lesson": 1,
                        "at": "2026-01-01T10:00:00",  # no time zone
                    }
                ]
            }
        ),
    ],
    ids=[
        "not-json",
        "a-list",
        "steps-not-a-list",
        "bad-id",
        "bad-type",
        "lesson-as-text",
        "time-without-zone",
    ],
)
def test_bad_input_is_400_with_a_message_and_nothing_stored(
    learner_client, enrolled, lessons, body
):
    response = learner_client.post(SYNC, data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["error"]
    assert not OfflineStep.objects.exists()
    assert not LessonVisit.objects.exists()


def test_one_bad_step_refuses_the_whole_queue(learner_client, enrolled, lessons):
    good = step("opened", lessons[0])
    bad = {**step("opened", lessons[1]), "at": "yesterday"}
    response = send(learner_client, [good, bad])
    assert response.status_code == 400
    assert "2" in response.json()["error"]
    assert not OfflineStep.objects.exists()
    assert not LessonVisit.objects.exists()


def test_a_repeated_id_in_one_queue_is_bad_input(learner_client, enrolled, lessons):
    same = step("opened", lessons[0])
    assert send(learner_client, [same, dict(same)]).status_code == 400
    assert not OfflineStep.objects.exists()


def test_sync_needs_the_csrf_token(learner, saved, lessons):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    assert send(client, [step("opened", lessons[0])]).status_code == 403
    assert not OfflineStep.objects.exists()
    client.get(SYNC)  # sets the cookie, as the phone does before sending
    token = client.cookies["csrftoken"].value
    response = client.post(
        SYNC,
        data=json.dumps({"steps": [step("opened", lessons[0])]}),
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 200
    assert OfflineStep.objects.count() == 1


def test_sync_answers_are_private(learner_client, enrolled, lessons):
    response = send(learner_client, [step("opened", lessons[0])])
    assert response["Cache-Control"] == "private, no-store"


# --- what "Save for offline" stores ----------------------------------------


def test_bundle_lists_course_lessons_images_and_audio_with_sizes(
    learner_client, learner, course, enrolled, lessons
):
    image = get_image_model().objects.create(
        title="Foto", file=ContentFile(png_bytes((1200, 800)), name="foto.png")
    )
    audio = get_document_model().objects.create(
        title="Suara", file=ContentFile(b"ID3" + b"\0" * 5000, name="suara.mp3")
    )
    lesson = lessons[0]
    lesson.body = [
        *list(lesson.body.raw_data),
        {"type": "image", "value": {"image": image.pk, "alt": "", "caption": ""}},
        {
            "type": "audio",
            "value": {"title": "Dengar", "file": audio.pk, "transcript": ""},
        },
    ]
    lesson.save_revision().publish()
    response = learner_client.get(reverse("courses:offline_bundle", args=[course.pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    urls = [item["url"] for item in data["files"]]
    assert urls[0] == course.url
    assert all(lesson.url in urls for lesson in lessons)
    kinds = {item["kind"] for item in data["files"]}
    assert kinds == {"page", "image", "audio"}
    picture = next(item for item in data["files"] if item["kind"] == "image")
    assert picture["url"].endswith(".avif")  # the phone-size rendition
    assert 0 < picture["bytes"] < len(png_bytes((1200, 800)))
    sound = next(item for item in data["files"] if item["kind"] == "audio")
    assert sound["bytes"] == 5003
    assert data["total_bytes"] == sum(item["bytes"] for item in data["files"])
    # The lesson page shows the same rendition the bundle lists.
    assert picture["url"] in learner_client.get(lesson.url).content.decode()
    # Quizzes and assignments stay online: never listed.
    assert not any("kuis" in url for url in urls)


def test_bundle_is_for_enrolled_learners_only(client, learner, course, lessons):
    url = reverse("courses:offline_bundle", args=[course.pk])
    assert client.get(url).status_code == 403
    client.force_login(learner)
    assert client.get(url).status_code == 403
    services.enrolment_create(user=learner, course=course)
    assert client.get(url).status_code == 200


def test_saving_a_lesson_is_not_reading_it(learner_client, learner, enrolled, lessons):
    response = learner_client.get(lessons[0].url, headers={"X-Berdaya-Offline": "1"})
    assert response.status_code == 200
    assert b"data-offline-copy" in response.content
    assert not LessonVisit.objects.filter(user=learner).exists()
    # What the server sent to keep is recorded: offline steps need it.
    assert OfflineCopy.objects.filter(user=learner, lesson=lessons[0]).count() == 1
    # Opened for real, it is recorded, and the page is not a stored copy.
    response = learner_client.get(lessons[0].url)
    assert b"data-offline-copy" not in response.content
    assert LessonVisit.objects.filter(user=learner).count() == 1


def test_course_page_offers_saving_only_to_enrolled_learners(
    learner_client, course, lessons, learner
):
    marker = b"data-offline-course"
    assert marker not in learner_client.get(course.url).content
    services.enrolment_create(user=learner, course=course)
    assert marker in learner_client.get(course.url).content


def test_lesson_says_which_lesson_of_how_many(learner_client, enrolled, lessons):
    html = learner_client.get(lessons[2].url).content.decode()
    with override("id"):
        expected = gettext("Lesson %(number)s of %(total)s") % {
            "number": 3,
            "total": len(lessons),
        }
    assert expected in html


# --- little things a learner expects (issue 14 item 7) ------------------------


def test_home_shows_continue_learning_for_a_signed_in_learner(
    client, learner, course, lessons, site_root
):
    home = site_root.url
    assert b"data-resume-course" not in client.get(home).content
    client.force_login(learner)
    assert b"data-resume-course" not in client.get(home).content  # not enrolled
    services.enrolment_create(user=learner, course=course)
    services.lesson_open_record(user=learner, lesson=lessons[0])
    services.progress_record(user=learner, lesson=lessons[0])
    response = client.get(home)
    html = response.content.decode()
    assert f'data-resume-course="{course.pk}"' in html
    assert f'href="{lessons[1].url}"' in html  # the first lesson not done
    assert response["Cache-Control"] == "private, no-store"
    for lesson in lessons[1:]:
        services.lesson_open_record(user=learner, lesson=lesson)
        services.progress_record(user=learner, lesson=lesson)
    assert b"data-resume-course" not in client.get(home).content  # all done


def test_catalogue_lists_basic_courses_first(client, catalogue, course):
    advanced = build_course(
        catalogue,
        slug="lanjut",
        title="Aaa Lanjutan",
        modules=1,
        lessons=1,
        level="intermediate",
        sort_order=0,
    )
    basic = build_course(
        catalogue,
        slug="dasar-2",
        title="Zzz Dasar",
        modules=1,
        lessons=1,
        level="basic",
        sort_order=9,
    )
    html = client.get(catalogue.url).content.decode()
    positions = [html.index(page.title) for page in (course, basic, advanced)]
    assert positions == sorted(positions)


def test_offline_steps_are_exported_and_erased_with_her_data(
    learner_client, learner, enrolled, saved, lessons
):
    sent = step("opened", lessons[0])
    send(learner_client, [sent])
    records = export_personal_data(learner).records["offline_steps"]
    assert [row["id"] for row in records] == [sent["id"]]
    assert records[0]["lesson"] == lessons[0].title
    copies = export_personal_data(learner).records["lessons_saved_for_offline"]
    assert [row["lesson"] for row in copies] == [lesson.title for lesson in lessons]
    erase_personal_data(learner)
    assert not OfflineStep.objects.filter(user=learner).exists()
    assert not OfflineCopy.objects.filter(user=learner).exists()
