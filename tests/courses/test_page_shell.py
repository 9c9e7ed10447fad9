"""Lesson pages from a shell shared by every learner (home.page_shell): each
learner gets exactly the page a full render gives her, and never anything of
the learner who happened to build the shell."""

import re

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.urls import reverse

from courses import selectors, services
from courses.models import LessonProgress
from home import page_shell
from notices import services as notice_services
from notices.models import Notice
from tests.courses.conftest import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


def lessons_of(course, user):
    return [
        item.page for item in selectors.course_outline(course=course, user=user).lessons
    ]


def page(client, url, **extra) -> str:
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    # Each request gets a new mask of the same CSRF secret.
    return CSRF_INPUT.sub(
        'name="csrfmiddlewaretoken" value="-"', response.content.decode()
    )


@pytest.fixture
def shell_builds(monkeypatch):
    """How many times a shell was rendered whole."""
    built = []
    original = page_shell.ShellTemplateResponse.rendered_content.fget

    def counting(self):
        if self.shell_key is not None:
            built.append(self.shell_key)
        return original(self)

    monkeypatch.setattr(
        page_shell.ShellTemplateResponse, "rendered_content", property(counting)
    )
    return built


def full_render(monkeypatch):
    """Render every lesson in full (no shell), as before."""
    monkeypatch.setattr(
        "courses.views.pages._lesson_shell_key", lambda *args, **kwargs: None
    )


def two_learners(course):
    first = UserFactory(username="pertama", first_name="Sari", last_name="Pertama")
    second = UserFactory(username="kedua", first_name="Dewi", last_name="Kedua")
    for user in (first, second):
        services.enrolment_create(user=user, course=course)
    return first, second


def test_each_learner_gets_her_own_page(client, course, monkeypatch):
    first, second = two_learners(course)
    lessons = lessons_of(course, first)
    for lesson in lessons:
        services.lesson_open_record(user=first, lesson=lesson)
        services.progress_record(user=first, lesson=lesson)
    notice_services.notify(user=first, kind=Notice.Kind.REMINDER, key="belajar:1")
    lesson = lessons[0]
    client.force_login(first)
    page(client, lesson.url)  # her first opening: the shell is built for her
    from_shell = {}
    for user in (first, second):
        client.force_login(user)
        page(client, lesson.url)
        from_shell[user.username] = page(client, lesson.url)
    full_render(monkeypatch)
    for user in (first, second):
        client.force_login(user)
        assert page(client, lesson.url) == from_shell[user.username], user.username
    # What differs between them is theirs: the done mark, the form, the owner
    # of the offline queue.
    assert 'class="done-mark"' in from_shell["pertama"]
    assert 'class="done-mark"' not in from_shell["kedua"]
    assert "You finished this lesson." in from_shell["pertama"] or (
        "Anda sudah menyelesaikan" in from_shell["pertama"]
    )
    assert f'data-learner="{second.pk}"' in from_shell["kedua"]
    assert f'data-learner="{first.pk}"' not in from_shell["kedua"]
    # Her bell counts her notices (the reminder, the certificate); the other
    # learner has none.
    assert re.search(r'data-unread="[1-9]', from_shell["pertama"])
    assert 'data-unread="0"' in from_shell["kedua"]


def test_the_shell_is_built_once_for_everyone(client, course, shell_builds):
    first, second = two_learners(course)
    lesson = lessons_of(course, first)[0]
    for user in (first, second, first):
        client.force_login(user)
        page(client, lesson.url)
    assert len(shell_builds) == 3  # three responses from a shell...
    keys = [key for key in cache._cache if "shell:courses:lesson" in str(key)]
    assert len(keys) == 1  # ...and one shell


def test_her_progress_shows_at_once(client, course):
    first, _second = two_learners(course)
    lesson = lessons_of(course, first)[0]
    client.force_login(first)
    assert 'class="done-mark"' not in page(client, lesson.url)
    client.post(reverse("courses:lesson_complete", args=[lesson.pk]))
    assert LessonProgress.objects.filter(user=first, lesson=lesson).exists()
    html = page(client, lesson.url)
    assert 'class="done-mark"' in html


def test_a_published_change_reaches_the_shell(client, course):
    first, _second = two_learners(course)
    lesson = lessons_of(course, first)[0]
    client.force_login(first)
    page(client, lesson.url)
    lesson.title = "Judul yang baru"
    lesson.save_revision().publish()
    assert "Judul yang baru" in page(client, lesson.url)


def test_a_flash_message_is_hers_alone(client, course):
    """Enrolling says "You are enrolled" on the first lesson: that page is
    rendered in full, and the message never reaches the shell."""
    _first, second = two_learners(course)
    newcomer = UserFactory(username="ketiga")
    client.force_login(second)
    lesson = lessons_of(course, second)[0]
    page(client, lesson.url)  # the shell exists, built for another learner
    client.force_login(newcomer)
    response = client.post(reverse("courses:enrol", args=[course.pk]), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == lesson.url
    message = 'class="message message-success"'
    assert message in html
    assert message not in page(client, lesson.url)  # shown once
    client.force_login(second)
    assert message not in page(client, lesson.url)


def test_a_calculator_answer_is_rendered_for_her_only(client, catalogue):
    course = build_course(catalogue, slug="hitung", title="Hitung", calculators=True)
    first, second = two_learners(course)
    lesson = lessons_of(course, first)[0]
    client.force_login(first)
    query = "?kalkulator=hpp-1&chpp-1-material=100000&chpp-1-units=10"
    answered = page(client, lesson.url + query)
    assert 'data-practice-result="hpp-1"' in answered
    client.force_login(second)
    plain = page(client, lesson.url)
    client.force_login(first)
    assert page(client, lesson.url + query) == answered
    assert plain != answered


def test_editor_text_cannot_stand_for_a_personal_part(client, course):
    """A marker is only one with the token derived from SECRET_KEY."""
    fake = "<!--personal:0000000000000000:components/main_menu.html-->"
    assert page_shell.fill(fake, {}, None) == fake
    real = page_shell.marker("components/offline_owner.html")
    assert real != fake and "personal:" in real


def test_the_personal_tag_is_an_include_outside_a_shell():
    template = Template(
        '{% load personal %}[{% personal "courses/includes/lesson_done_mark.html" %}]'
    )
    assert template.render(Context({"is_done": False})) == "[]"
    assert "done-mark" in template.render(Context({"is_done": True}))
    shell = template.render(Context({"is_done": True, page_shell.SHELL_FLAG: True}))
    assert (
        shell == "[" + page_shell.marker("courses/includes/lesson_done_mark.html") + "]"
    )
