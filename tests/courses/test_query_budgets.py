"""Learning pages: at most 8 queries, whatever the size of the catalogue and
the course, with cached content that changes as soon as an editor publishes."""

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images import get_image_model

from accounts.models import User
from courses import selectors, services
from courses.models import LessonPage
from tests.courses.conftest import (
    add_assignment,
    add_page,
    add_quiz,
    build_course,
    finish_lessons,
)
from tests.images import png_bytes

pytestmark = pytest.mark.django_db

BUDGET = 8


def queries(client, url, **extra) -> int:
    client.get(url, **extra)  # warm: the first request fills the caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **extra)
    assert response.status_code == 200, url
    return len(ctx.captured_queries)


def small_and_big(catalogue):
    small = build_course(catalogue, slug="kecil", title="Kecil", modules=1, lessons=2)
    big = build_course(catalogue, slug="besar", title="Besar", modules=5, lessons=8)
    for n in range(8):
        build_course(catalogue, slug=f"lain-{n}", title=f"Lain {n}", lessons=1)
    return small, big


def lesson_of(course, user, index=-1) -> LessonPage:
    return selectors.course_outline(course=course, user=user).lessons[index].page


def test_lesson_and_course_pages_signed_in(client, catalogue, learner):
    small, big = small_and_big(catalogue)
    for course in (small, big):
        services.enrolment_create(user=learner, course=course)
    outline = selectors.course_outline(course=big, user=learner)
    finish_lessons(learner, [item.page for item in outline.lessons[:20]])
    client.force_login(learner)
    counts = {
        "lesson small": queries(client, lesson_of(small, learner).url),
        "lesson big": queries(client, lesson_of(big, learner).url),
        "course small": queries(client, small.url),
        "course big": queries(client, big.url),
        "catalogue": queries(client, catalogue.url),
        "home": queries(client, "/"),
        "dashboard": queries(client, reverse("courses:dashboard")),
    }
    assert max(counts.values()) <= BUDGET, counts
    assert counts["lesson small"] == counts["lesson big"], counts
    assert counts["course small"] == counts["course big"], counts


def test_a_lesson_in_steady_use_runs_no_query(client, catalogue, learner, settings):
    """Her session and user kept in the cache (accounts.sessions), her records
    in the course too (courses.selectors.learner): reading on, page after
    page, asks the database nothing."""
    settings.BERDAYA_SESSION_CACHE_SECONDS = 60
    small, big = small_and_big(catalogue)
    services.enrolment_create(user=learner, course=big)
    client.force_login(learner)
    first, second = lesson_of(big, learner, 0).url, lesson_of(big, learner, 1).url
    client.get(first)  # records the visit and writes the session's refresh time
    client.get(second)
    cache.clear()  # ... seconds later: the tombstone of that write is gone
    assert queries(client, first) == 0
    assert queries(client, second) == 0
    settings.BERDAYA_SESSION_CACHE_SECONDS = 0
    assert queries(client, first) == 1  # the session with its user


def test_lesson_with_pictures_costs_the_same_with_the_data_saver(
    client, catalogue, learner
):
    """Pictures kept back ("Hemat kuota") come from the kept body too: no
    rendition query on any request after the first."""
    image = get_image_model().objects.create(
        title="Foto", file=ContentFile(png_bytes((800, 600)), name="foto.png")
    )
    course = build_course(catalogue, slug="foto", title="Foto", lessons=1)
    services.enrolment_create(user=learner, course=course)
    lesson = lesson_of(course, learner, 0)
    lesson.body = [
        *list(lesson.body.raw_data),
        *[
            {"type": "image", "value": {"image": image.pk, "alt": "", "caption": ""}}
            for _n in range(3)
        ],
    ]
    lesson.save_revision().publish()
    client.force_login(learner)
    client.get(lesson.url)  # the first opening records the visit
    full = queries(client, lesson.url)
    saver = queries(client, lesson.url, headers={"Save-Data": "on"})
    User.objects.filter(pk=learner.pk).update(data_saver=True)
    chosen = queries(client, lesson.url)
    assert full <= BUDGET
    assert saver == full
    assert chosen == full


def test_pages_anonymous(client, catalogue):
    few = build_course(catalogue, slug="satu", title="Satu", lessons=1)
    counts_few = {
        "course": queries(client, few.url),
        "catalogue": queries(client, catalogue.url),
        "home": queries(client, "/"),
    }
    small_and_big(catalogue)
    counts_many = {
        "course": queries(client, few.url),
        "catalogue": queries(client, catalogue.url),
        "home": queries(client, "/"),
    }
    assert max(counts_many.values()) <= BUDGET, counts_many
    assert counts_few == counts_many


def test_learner_dashboard_does_not_grow_with_courses(client, catalogue, learner):
    client.force_login(learner)
    first = build_course(catalogue, slug="pertama", title="Pertama", lessons=1)
    services.enrolment_create(user=learner, course=first)
    add_quiz(first)
    add_assignment(first)
    one = queries(client, reverse("courses:dashboard"))
    for n in range(4):
        extra = build_course(catalogue, slug=f"tambah-{n}", title=f"Tambah {n}")
        add_quiz(extra)
        add_assignment(extra)
        services.enrolment_create(user=learner, course=extra)
    five = queries(client, reverse("courses:dashboard"))
    assert one <= BUDGET
    # The outline of each course comes from the cache and the learner's own
    # state (lessons done, quiz results, submissions) is read for all her
    # courses at once: five courses cost what one does.
    assert five == one, (one, five)


def test_certificate_check_page(client, catalogue, learner, course, lessons):
    services.enrolment_create(user=learner, course=course)
    finish_lessons(learner, lessons)
    certificate = learner.certificates.get()
    url = reverse("certificate_verify", args=[certificate.code])
    assert queries(client, url) <= BUDGET


def test_a_published_title_shows_on_the_next_request(client, catalogue, learner):
    course = build_course(catalogue, slug="baru", title="Baru", lessons=2)
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    lesson = lesson_of(course, learner, 0)
    neighbour = lesson_of(course, learner, 1)
    assert "Pelajaran 1.2" in client.get(course.url).content.decode()
    assert ">Baru</a>" in client.get(lesson.url).content.decode()  # its course

    neighbour.title = "Judul yang baru terbit"
    neighbour.save_revision().publish()
    assert "Judul yang baru terbit" in client.get(course.url).content.decode()
    course.title = "Kursus berganti nama"
    course.save_revision().publish()
    assert ">Kursus berganti nama</a>" in client.get(lesson.url).content.decode()

    # A new lesson appears in the outline; an unpublished one leaves it.
    module = lesson.get_parent()
    added = add_page(module, LessonPage(title="Pelajaran tambahan", slug="tambahan"))
    assert "Pelajaran tambahan" in client.get(course.url).content.decode()
    added.unpublish()
    assert "Pelajaran tambahan" not in client.get(course.url).content.decode()
    assert client.get(added.url).status_code == 404

    # A moved lesson is served at its new address; the old one redirects
    # there (Wagtail's automatic redirect), it does not serve the cached page.
    old_url = neighbour.url
    other = build_course(catalogue, slug="lain", title="Lain", lessons=1)
    target = other.get_children().first()
    client.get(old_url)
    neighbour.move(target, pos="last-child")
    neighbour.refresh_from_db()
    assert neighbour.url != old_url
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, neighbour.url)
    # Now a lesson of the other course, which she has not enrolled in.
    gated = client.get(neighbour.url)
    assert (gated.status_code, gated["Location"]) == (302, other.url)


def test_a_deleted_page_is_gone_from_the_menu_and_the_route(client, catalogue):
    course = build_course(catalogue, slug="hapus", title="Hapus", lessons=1)
    assert client.get(course.url).status_code == 200
    assert 'href="/kursus/"' in client.get("/").content.decode()
    course_url = course.url
    course.delete()
    assert client.get(course_url).status_code == 404
    catalogue.unpublish()
    assert 'href="/kursus/"' not in client.get("/").content.decode()
