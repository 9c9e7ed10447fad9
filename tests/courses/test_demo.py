import pytest
from django.core.management import call_command

from courses.models import CoursePage, LessonPage, ModulePage

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_five_real_courses(client):
    call_command("seed_demo")
    courses = {c.slug: c for c in CoursePage.objects.live()}
    assert set(courses) == {
        "perencanaan-usaha",
        "mengelola-keuangan-usaha",
        "kemasan-dan-merek",
        "pemasaran-online",
        "jualan-aman-dan-legal",
    }
    # Issue 17: the pricing-per-channel lesson sits with HPP and price.
    channel = LessonPage.objects.get(slug="harga-per-saluran")
    assert channel.get_parent().slug == "hpp-dan-harga-jual"
    # Lesson pictures are drawings of what their alt text says (stored with
    # that alt), not labelled boxes.
    pictures = [
        block.value
        for lesson in LessonPage.objects.all()
        for block in lesson.body
        if block.block_type == "image"
    ]
    assert len(pictures) >= 9
    for value in pictures:
        assert value["image"].title.startswith("Gambar: ")
        assert value["image"].default_alt_text == value["alt"][:255]
        assert value["alt"].startswith(("Gambar: ", "Gambar sederhana: "))
    for course in courses.values():
        modules = ModulePage.objects.child_of(course).live()
        assert modules.count() >= 3
        for module in modules:
            assert LessonPage.objects.child_of(module).live().count() >= 2
    finance_blocks = {
        block.block_type
        for lesson in LessonPage.objects.descendant_of(
            courses["mengelola-keuangan-usaha"]
        )
        for block in lesson.body
    }
    assert {"hpp_calculator", "bep_calculator", "cashbook"} <= finance_blocks
    # Real content, not filler.
    text = " ".join(
        str(block.value)
        for lesson in LessonPage.objects.all()
        for block in lesson.body
        if block.block_type == "text"
    ).lower()
    assert "lorem" not in text
    assert (
        "p-irt" in text
        or "p-irt" in str(list(LessonPage.objects.values_list("title"))).lower()
    )
    # Every lesson renders for an enrolled learner.
    from courses import services
    from tests.factories import UserFactory

    learner = UserFactory()
    client.force_login(learner)
    for course in courses.values():
        services.enrolment_create(user=learner, course=course)
    # Issue 17: every lesson page, with its read-aloud control, pictures'
    # markup and calculators, stays within the 50 KB page budget.
    from tests.weights import page_bytes_on_wire

    for lesson in LessonPage.objects.live():
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url
        assert b"data-read-aloud" in response.content, lesson.url
        assert page_bytes_on_wire(response) < 50 * 1024, lesson.url

    # Quizzes: a quiz per core course, drawn from a bigger pool, with a
    # numeric question whose values change per attempt.
    from courses.models import (
        AssignmentPage,
        AssignmentSubmission,
        Certificate,
        QuizAttempt,
        QuizPage,
    )

    for course in courses.values():
        quiz = QuizPage.objects.descendant_of(course).live().get()
        kinds = [block.block_type for block in quiz.questions]
        assert len(kinds) >= 6 and len(kinds) > quiz.questions_per_attempt
        # Issue 11: pools of three times the draw, the safe attempt policy,
        # and every question names a lesson of its own course.
        assert not quiz.pool_is_small
        assert quiz.has_cooldown and quiz.max_attempts_per_day == 3
        course_lessons = set(
            LessonPage.objects.descendant_of(course).values_list("pk", flat=True)
        )
        assert {block.value["lesson"].pk for block in quiz.questions} <= (
            course_lessons
        )
        assert any(
            block.block_type == "numeric" and block.value["variables"]
            for block in quiz.questions
        )
        assert client.get(quiz.url).status_code == 200
    assignment = AssignmentPage.objects.descendant_of(
        courses["kemasan-dan-merek"]
    ).get()
    assert assignment.requires_photo and assignment.rubric_items
    graduate = Certificate.objects.get(user__username="lulusan")
    assert graduate.is_valid and graduate.course.counts_for_showcase

    def counts():
        return [
            model.objects.count()
            for model in (
                CoursePage,
                LessonPage,
                QuizPage,
                AssignmentPage,
                QuizAttempt,
                AssignmentSubmission,
                Certificate,
            )
        ]

    before = counts()
    call_command("seed_demo")
    assert counts() == before
