import json
import threading

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.db import close_old_connections, connection
from django.urls import reverse
from wagtail.rich_text import RichText

from courses import selectors, services
from courses.models import (
    BusinessPlan,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    LessonVisit,
)
from tests.courses.conftest import build_course, finish_lessons
from tests.factories import UserFactory
from tests.weights import page_bytes_on_wire

pytestmark = pytest.mark.django_db


def enrol(client, course):
    return client.post(reverse("courses:enrol", args=[course.pk]))


def test_catalogue_lists_courses_with_topic_filter_and_duration(
    client, course, catalogue
):
    other = build_course(catalogue, slug="merek", title="Merek Saya", lessons=1)
    from courses.models import Topic

    other.topic = Topic.objects.get(slug="kemasan-merek")
    other.save_revision().publish()
    html = client.get(catalogue.url).content.decode()
    assert "Keuangan" in html and "Merek Saya" in html
    assert "20 menit" in html  # 4 lessons x 5 minutes
    filtered = client.get(catalogue.url, {"topik": "kemasan-merek"}).content.decode()
    assert "Merek Saya" in filtered
    assert "Ringkasan Keuangan" not in filtered
    # An unknown topic is ignored, not an error.
    assert client.get(catalogue.url, {"topik": "x' OR 1=1"}).status_code == 200


def test_catalogue_search_finds_courses_and_lessons(client, course, catalogue):
    response = client.get(catalogue.url, {"q": "Keuangan"})
    assert response.status_code == 200
    assert "Ringkasan Keuangan" in response.content.decode()


def test_catalogue_shows_progress_when_signed_in(
    learner_client, learner, course, lessons, catalogue
):
    services.enrolment_create(user=learner, course=course)
    finish_lessons(learner, lessons[:1])
    html = learner_client.get(catalogue.url).content.decode()
    assert "1 dari 4 pelajaran selesai (25%)" in html


def test_anonymous_visitor_sees_course_but_not_lessons(client, course, lessons):
    response = client.get(course.url)
    assert response.status_code == 200
    assert "Pelajaran 1.1" in response.content.decode()
    lesson = client.get(lessons[0].url)
    assert lesson.status_code == 302
    assert "/akun/login/" in lesson.url


def test_one_tap_enrolment_opens_the_first_lesson(
    learner_client, learner, course, lessons
):
    response = enrol(learner_client, course)
    assert response.status_code == 302
    assert response.url == lessons[0].url
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1
    # Enrolling again changes nothing.
    enrol(learner_client, course)
    assert Enrolment.objects.filter(user=learner, course=course).count() == 1


def test_enrolment_is_a_post(learner_client, course):
    response = learner_client.get(reverse("courses:enrol", args=[course.pk]))
    assert response.status_code == 405


def test_not_enrolled_learner_is_sent_to_the_course_page(
    learner_client, course, lessons
):
    response = learner_client.get(lessons[0].url)
    assert response.status_code == 302
    assert response.url == course.url


def test_mark_done_is_idempotent_and_goes_to_the_next_lesson(
    learner_client, learner, course, lessons
):
    enrol(learner_client, course)
    assert learner_client.get(lessons[0].url).status_code == 200
    url = reverse("courses:lesson_complete", args=[lessons[0].pk])
    first = learner_client.post(url)
    second = learner_client.post(url)
    assert first.status_code == second.status_code == 302
    assert first.url == lessons[1].url
    assert LessonProgress.objects.filter(user=learner).count() == 1
    outline = selectors.course_outline(course=course, user=learner)
    assert outline.progress.done == 1
    assert outline.next_lesson.page.pk == lessons[1].pk


def test_mark_done_requires_enrolment(learner_client, learner, lessons):
    response = learner_client.post(
        reverse("courses:lesson_complete", args=[lessons[0].pk])
    )
    assert response.status_code == 302
    assert not LessonProgress.objects.filter(user=learner).exists()


def test_finishing_all_lessons_completes_the_enrolment(
    learner_client, learner, course, lessons
):
    enrol(learner_client, course)
    for lesson in lessons:
        learner_client.get(lesson.url)
        learner_client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.completed_at is not None
    html = learner_client.get(course.url).content.decode()
    assert "4 dari 4 pelajaran selesai (100%)" in html


def test_continue_learning_resumes_at_first_unfinished_lesson(
    learner_client, learner, course, lessons
):
    enrol(learner_client, course)
    finish_lessons(learner, [lessons[0], lessons[2]])
    html = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "Lanjutkan belajar" in html
    assert f'href="{lessons[1].url}"' in html


def test_prerequisites_are_enforced_with_a_helpful_message(
    learner_client, learner, course, catalogue
):
    advanced = build_course(catalogue, slug="lanjut", title="Lanjutan", lessons=1)
    advanced.prerequisites.add(course)
    advanced.save_revision().publish()
    advanced = CoursePage.objects.get(pk=advanced.pk)
    response = learner_client.post(
        reverse("courses:enrol", args=[advanced.pk]), follow=True
    )
    assert "Selesaikan dulu kursus ini: Keuangan." in response.content.decode()
    assert not Enrolment.objects.filter(user=learner, course=advanced).exists()
    services.enrolment_create(user=learner, course=course)
    outline = selectors.course_outline(course=course, user=learner)
    finish_lessons(learner, [item.page for item in outline.lessons])
    enrol(learner_client, advanced)
    assert Enrolment.objects.filter(user=learner, course=advanced).exists()


def test_cohort_only_course_refuses_other_learners(learner_client, learner, catalogue):
    from accounts.models import Centre, Cohort

    closed = build_course(
        catalogue,
        slug="tertutup",
        title="Tertutup",
        lessons=1,
        enrolment_mode="cohorts",
    )
    response = learner_client.post(
        reverse("courses:enrol", args=[closed.pk]), follow=True
    )
    assert "hanya untuk angkatan tertentu" in response.content.decode()
    centre = Centre.objects.create(name="Balai A", slug="balai-a", city="Kota A")
    cohort = Cohort.objects.create(centre=centre, name="Angkatan 1")
    cohort.courses.add(closed)
    cohort.save()
    learner.cohort = cohort
    learner.save()
    enrol(learner_client, closed)
    assert Enrolment.objects.filter(user=learner, course=closed).exists()


def test_unpublished_lesson_is_404_for_learners(
    learner_client, learner, course, lessons
):
    enrol(learner_client, course)
    lessons[1].unpublish()
    assert learner_client.get(lessons[1].url).status_code == 404
    response = learner_client.post(
        reverse("courses:lesson_complete", args=[lessons[1].pk])
    )
    assert response.status_code == 404


def test_learners_never_see_each_others_progress_or_plan(client, course, lessons):
    alice, bob = UserFactory(display_name="Alice"), UserFactory(display_name="Bob")
    services.enrolment_create(user=alice, course=course)
    finish_lessons(alice, lessons[:1])
    services.business_plan_save(user=alice, data={"business_name": "Keripik Alice"})
    client.force_login(bob)
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert "Keuangan" not in dashboard
    assert "Keripik Alice" not in dashboard
    plan_page = client.get(reverse("courses:business_plan")).content.decode()
    assert "Keripik Alice" not in plan_page
    # Bob has no plan of his own: the PDF is not Alice's.
    pdf = client.get(reverse("courses:business_plan_pdf"))
    assert pdf.status_code == 302


def test_dashboard_and_plan_need_sign_in_and_are_private(learner):
    from django.test import Client

    assert Client().get(reverse("courses:dashboard")).status_code == 302
    assert Client().get(reverse("courses:business_plan")).status_code == 302
    learner_client = Client()
    learner_client.force_login(learner)
    response = learner_client.get(reverse("courses:dashboard"))
    assert "no-store" in response["Cache-Control"]


def test_business_plan_saved_edited_and_downloaded(learner_client, learner):
    url = reverse("courses:business_plan")
    learner_client.post(
        url, {"business_name": "Keripik Rina", "product": "Keripik 200 g"}
    )
    learner_client.post(url, {"business_name": "Keripik Rina", "price": "Rp 12.000"})
    plan = BusinessPlan.objects.get(user=learner)
    assert plan.price == "Rp 12.000"
    assert plan.product == ""
    pdf = learner_client.get(reverse("courses:business_plan_pdf"))
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    data = b"".join(pdf.streaming_content)
    assert data.startswith(b"%PDF")


def test_business_plan_refuses_too_long_text(learner_client, learner):
    response = learner_client.post(
        reverse("courses:business_plan"), {"business_name": "x" * 500}
    )
    assert response.status_code == 200
    assert not BusinessPlan.objects.filter(user=learner).exists()


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_mark_done_creates_one_row(course, lessons):
    user = UserFactory()
    services.enrolment_create(user=user, course=course)
    services.lesson_open_record(user=user, lesson=lessons[0])
    errors = []
    barrier = threading.Barrier(6)

    def worker():
        try:
            barrier.wait()
            services.progress_record(user=user, lesson=lessons[0])
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LessonProgress.objects.filter(user=user, lesson=lessons[0]).count() == 1


def test_lesson_page_queries_do_not_grow_with_lessons(
    client, catalogue, django_assert_max_num_queries
):
    def count_for(course):
        user = UserFactory()
        services.enrolment_create(user=user, course=course)
        client.force_login(user)
        lesson = selectors.course_outline(course=course, user=user).lessons[0].page
        from django.test.utils import CaptureQueriesContext

        client.get(lesson.url)  # warm caches (site root, locale)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(lesson.url).status_code == 200
        return len(ctx.captured_queries)

    small = build_course(catalogue, slug="kecil", title="Kecil", modules=1, lessons=2)
    large = build_course(catalogue, slug="besar", title="Besar", modules=4, lessons=6)
    assert count_for(small) == count_for(large)


def test_lesson_page_at_360px_stays_within_budget(
    learner_client, learner, course, lessons
):
    import re

    enrol(learner_client, course)
    response = learner_client.get(lessons[0].url)
    html = response.content.decode()
    total = page_bytes_on_wire(response)
    assert total < 50 * 1024, total
    assert 'name="viewport" content="width=device-width' in html
    # Nothing from another host (canonical and hreflang links name our own).
    own = settings.SITE_BASE_URL.rstrip("/") + "/"
    external = re.findall(r'(?:href|src)="((?:https?:)?//[^"]+)"', html)
    assert [url for url in external if not url.startswith(own)] == []


def test_instructor_cannot_publish_but_reviewer_can(client, catalogue, course):
    from wagtail.models import Page

    instructor = UserFactory(username="guru")
    instructor.groups.add(Group.objects.get(name="Instructors"))
    course.instructors.add(instructor)
    course.save_revision().publish()
    reviewer = UserFactory(username="penilai")
    reviewer.groups.add(Group.objects.get(name="Curriculum reviewers"))
    module = Page.objects.child_of(course).first().specific
    perms = module.permissions_for_user(instructor)
    assert perms.can_edit() and perms.can_add_subpage()
    assert not perms.can_publish()
    # Reviewers publish only by approving in the workflow.
    assert not module.permissions_for_user(reviewer).can_publish()
    assert course.get_workflow().name == "Course review"

    client.force_login(instructor)
    add_url = reverse(
        "wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk]
    )
    data = {
        "title": "Pelajaran baru",
        "slug": "pelajaran-baru",
        "summary": "",
        "minutes": "5",
        "body-count": "1",
        "body-0-type": "text",
        "body-0-value": json.dumps(
            {
                "blocks": [
                    {
                        "key": "a",
                        "text": "Isi pelajaran.",
                        "type": "unstyled",
                        "depth": 0,
                        "inlineStyleRanges": [],
                        "entityRanges": [],
                    }
                ],
                "entityMap": {},
            }
        ),
        "body-0-deleted": "",
        "body-0-order": "0",
        "body-0-id": "b1",
        "action-publish": "action-publish",
    }
    client.post(add_url, data)
    from courses.models import LessonPage

    draft = LessonPage.objects.filter(slug="pelajaran-baru").first()
    assert draft is not None, "the instructor can create the lesson"
    assert not draft.live, "but publishing directly is refused"

    data.pop("action-publish")
    data["action-submit"] = "1"
    client.post(reverse("wagtailadmin_pages:edit", args=[draft.pk]), data)
    draft.refresh_from_db()
    assert draft.current_workflow_state is not None
    assert not draft.live

    client.force_login(reviewer)
    state = draft.current_workflow_state
    task_state = state.current_task_state
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft.pk, "approve", task_state.pk],
        ),
        {"comment": "Bagus"},
    )
    assert response.status_code in (200, 302)
    draft.refresh_from_db()
    assert draft.live


# --- lesson evidence: "Mark as done" needs the lesson opened ------------------


def test_opening_a_lesson_records_the_first_visit_once(
    learner_client, learner, course, lessons
):
    enrol(learner_client, course)
    assert not LessonVisit.objects.filter(user=learner).exists()
    assert learner_client.get(lessons[1].url).status_code == 200
    visit = LessonVisit.objects.get(user=learner, lesson=lessons[1])
    assert visit.course_id == course.pk
    learner_client.get(lessons[1].url)
    assert LessonVisit.objects.filter(user=learner).count() == 1
    visit.refresh_from_db()
    assert visit.first_opened_at == LessonVisit.objects.get(pk=visit.pk).first_opened_at
    # Opening is activity: the course shows as active for the centre.
    enrolment = Enrolment.objects.get(user=learner, course=course)
    assert enrolment.last_activity_at >= visit.first_opened_at


def test_practice_fragments_previews_and_editors_record_no_visit(
    client, learner_client, learner, course, lessons, rf
):
    enrol(learner_client, course)
    # The practice calculator's htmx fragment is not the lesson page.
    fragment = learner_client.get(
        lessons[0].url,
        {"hpp-1-bahan": "10000"},
        headers={"X-Berdaya-Fragment": "hpp-1"},
    )
    assert fragment.status_code == 200
    assert "<h1>" not in fragment.content.decode()
    assert not LessonVisit.objects.filter(user=learner).exists()
    # A preview (the editor's phone preview) shows the lesson and records
    # nothing, even in the session of a learner who is enrolled.
    session = learner_client.cookies[settings.SESSION_COOKIE_NAME].value
    request = rf.get(
        lessons[0].url, HTTP_COOKIE=f"{settings.SESSION_COOKIE_NAME}={session}"
    )
    preview = lessons[0].make_preview_request(original_request=request)
    assert preview.status_code == 200
    assert lessons[0].title in preview.content.decode()
    assert not LessonVisit.objects.filter(user=learner).exists()
    # An instructor who is not enrolled reads the lesson without a record.
    instructor = UserFactory(username="guru-lihat")
    instructor.groups.add(Group.objects.get(name=services.INSTRUCTORS_GROUP))
    client.force_login(instructor)
    assert client.get(lessons[0].url).status_code == 200
    assert not LessonVisit.objects.exists()


def test_opening_needs_enrolment_in_the_service(learner, lessons):
    with pytest.raises(services.PermissionDenied):
        services.lesson_open_record(user=learner, lesson=lessons[0])
    assert not LessonVisit.objects.exists()


@pytest.mark.concurrency
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_openings_create_one_visit(course, lessons):
    user = UserFactory()
    services.enrolment_create(user=user, course=course)
    errors, visits = [], []
    barrier = threading.Barrier(6)

    def worker():
        try:
            barrier.wait()
            visits.append(services.lesson_open_record(user=user, lesson=lessons[0]).pk)
        except Exception as exc:
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LessonVisit.objects.filter(user=user, lesson=lessons[0]).count() == 1
    assert len(set(visits)) == 1


def test_lesson_body_is_rendered_once_per_publish(client, site_root):
    """The body's HTML is kept until the lesson is published again; a
    preview shows the draft, never the kept HTML."""
    catalogue = services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus."
    )
    course = build_course(catalogue, slug="kas", title="Kas", modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).live().first()
    learner = UserFactory()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    first = client.get(lesson.url).content.decode()
    new_text = "Catat uang masuk setiap hari."
    lesson.body = [("text", RichText(f"<p>{new_text}</p>"))]
    revision = lesson.save_revision()
    assert new_text not in client.get(lesson.url).content.decode()
    draft = selectors.lesson_body(lesson, preview=True)
    assert new_text in draft[0].html
    revision.publish()
    published = client.get(lesson.url).content.decode()
    assert new_text in published
    assert first != published
