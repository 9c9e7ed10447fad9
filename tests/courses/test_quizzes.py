import random
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import quizzes, selectors, services
from courses.blocks import NumericBlock, SingleChoiceBlock
from courses.models import LessonPage, QuizAttempt
from courses.views.quizzes import _wait_display
from tests.courses.conftest import (
    add_quiz,
    correct_answers,
    quick_retake_quiz,
    quiz_questions,
    wrong_answers,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(learner, course):
    services.enrolment_create(user=learner, course=course)
    return learner


def start(user, quiz, seed=1):
    return services.quiz_attempt_start(user=user, quiz=quiz, rng=random.Random(seed))


def submit_url(attempt):
    return reverse("courses:quiz_attempt_submit", args=[attempt.pk])


# --- the formula evaluator -------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "values", "expected"),
    [
        ("(a + b + c) / n", {"a": 60000, "b": 20000, "c": 10000, "n": 20}, "4500"),
        ("h * (100 + m) / 100", {"h": 2500, "m": 30}, "3250"),
        ("ceil(f / (p - v))", {"f": 250000, "p": 30000, "v": 10000}, "13"),
        ("round(10 / 3, 2)", {}, "3.33"),
        ("-a + 2.5", {"a": 1}, "1.5"),
    ],
)
def test_formula_evaluates_with_exact_decimals(formula, values, expected):
    assert quizzes.formula_evaluate(formula, values) == Decimal(expected)


@pytest.mark.parametrize(
    "formula",
    [
        "__import__('os').system('echo hi')",
        "a ** 99999",
        "a.__class__",
        "(lambda: 1)()",
        "open('x')",
        "[1, 2]",
        "a if a else b",
        "'text'",
        "True + 1",
        "round(a, ndigits=2)",
        "1 // 2",
        "a % 2",
        "x" * 300,
    ],
)
def test_formula_refuses_anything_but_arithmetic(formula):
    with pytest.raises(quizzes.FormulaError):
        quizzes.formula_evaluate(formula, {"a": 1, "b": 2})


def test_formula_division_by_zero_is_an_error_not_a_crash():
    with pytest.raises(quizzes.FormulaError):
        quizzes.formula_evaluate("a / (b - 2)", {"a": 1, "b": 2})


def test_numeric_block_refuses_unknown_names_and_bad_formulas():
    block = NumericBlock()
    value = block.to_python(
        {
            "text": "Berapa?",
            "explanation": "",
            "variables": [{"name": "a", "min": 1, "max": 5, "step": 1}],
            "formula": "a + b",
            "tolerance": "0",
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)
    value["formula"] = "__import__('os')"
    with pytest.raises(ValidationError):
        block.clean(value)
    value["formula"] = "a * 2"
    assert block.clean(value)["formula"] == "a * 2"


def test_placeholders_are_filled_without_str_format():
    assert quizzes.text_fill("Rp {a} dan {a.__class__}", {"a": 60000}) == (
        "Rp 60.000 dan {a.__class__}"
    )


# --- attempts ---------------------------------------------------------------


def test_answer_keys_are_absent_from_the_quiz_html_before_submitting(
    learner_client, enrolled, quiz
):
    page = learner_client.get(quiz.url)
    assert page.status_code == 200
    response = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))
    assert response.status_code == 302
    attempt = QuizAttempt.objects.get(user=enrolled)
    html = learner_client.get(response["Location"]).content.decode()
    for text in (page.content.decode(), html):
        assert "PENJELASAN" not in text  # no explanation before submitting
        assert "correct" not in text.lower().replace("choose all correct answers", "")
        assert "✓" not in text and "✗" not in text
    for question in attempt.questions:
        if question["type"] == "numeric":
            expected = quizzes.number_display(Decimal(question["expected"]))
            assert f">{expected}<" not in html
            # As a number of its own: "4400" may appear inside "14400" (the
            # session timer's seconds) without telling anything.
            standalone = rf"(?<![\d.,]){re.escape(question['expected'])}(?![\d.,])"
            assert not re.search(standalone, html)
    # Every question of the attempt is shown, with opaque option keys.
    assert html.count('class="question"') == len(attempt.questions)
    assert "Harga pokok produksi" in html


def test_a_reload_shows_the_same_attempt(learner_client, enrolled, quiz):
    url = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))["Location"]

    def form_html(response):
        html = response.content.decode()
        html = html[html.index('class="quiz-form"') :]
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)

    first = form_html(learner_client.get(url))
    again = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))
    assert again["Location"] == url
    assert form_html(learner_client.get(url)) == first
    assert QuizAttempt.objects.filter(user=enrolled).count() == 1


def test_every_question_type_is_graded_on_the_server(learner_client, enrolled, quiz):
    attempt = start(enrolled, quiz)
    response = learner_client.post(submit_url(attempt), correct_answers(attempt))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 100 and attempt.passed
    assert attempt.finished_at is not None
    assert set(attempt.results) == {q["id"] for q in attempt.questions}
    result = learner_client.get(response["Location"]).content.decode()
    assert "Lulus" in result and "100%" in result
    assert "PENJELASAN" not in result  # explanations only for wrong answers

    attempt.finished_at = timezone.now() - timedelta(hours=1)
    attempt.save()
    second = start(enrolled, quiz, seed=2)
    learner_client.post(submit_url(second), wrong_answers(second))
    second.refresh_from_db()
    assert second.score == 0 and not second.passed
    assert all(ok is False for ok in second.results.values())


def test_partial_and_multiple_choice_needs_exactly_the_right_set(enrolled, quiz):
    attempt = start(enrolled, quiz)
    answers = correct_answers(attempt)
    multiple = next(q for q in attempt.questions if q["type"] == "multiple")
    answers[f"q-{multiple['id']}"] = multiple["correct"][:1]  # one of two
    attempt = services.quiz_attempt_submit(user=enrolled, attempt=attempt, data=answers)
    assert attempt.results[multiple["id"]] is False
    assert attempt.score == 80  # 4 of 5


def test_numeric_values_change_per_attempt_and_are_graded_against_them(
    enrolled, course
):
    quiz = quick_retake_quiz(course)
    seen = set()
    for seed in range(6):
        attempt = start(enrolled, quiz, seed=seed)
        numeric = next(q for q in attempt.questions if q["type"] == "numeric")
        values = numeric["values"]
        assert Decimal(numeric["expected"]) == Decimal(values["a"]) / values["n"]
        assert quizzes.number_display(values["a"]) in numeric["text"]
        seen.add((values["a"], values["n"]))
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            finished_at=timezone.now() - timedelta(days=1)
        )
    assert len(seen) > 1


def test_numeric_answer_tolerance_and_formats(enrolled, quiz):
    attempt = start(enrolled, quiz)
    numeric = next(q for q in attempt.questions if q["type"] == "numeric")
    expected = Decimal(numeric["expected"])
    assert quizzes.question_grade(numeric, str(expected + 1))
    assert quizzes.question_grade(numeric, str(expected - 1))
    assert not quizzes.question_grade(numeric, str(expected + 2))
    whole = int(expected)
    assert quizzes.question_grade(numeric, f"Rp {quizzes.number_display(whole)}")
    assert not quizzes.question_grade(numeric, "seribu")
    assert not quizzes.question_grade(numeric, "1e9")


def test_an_answer_from_another_attempts_values_is_wrong(enrolled, course):
    quiz = quick_retake_quiz(course)
    attempts = []
    for seed in range(10):
        attempt = start(enrolled, quiz, seed=seed)
        attempts.append(attempt)
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            finished_at=timezone.now() - timedelta(days=1)
        )
    numerics = [
        next(q for q in a.questions if q["type"] == "numeric") for a in attempts
    ]
    first = numerics[0]
    other = next(
        q
        for q in numerics
        if abs(Decimal(q["expected"]) - Decimal(first["expected"])) > 1
    )
    assert not quizzes.question_grade(first, other["expected"])


def test_order_of_questions_and_options_is_shuffled_per_attempt(enrolled, course):
    quiz = quick_retake_quiz(course, per_attempt=3, slug="kuis-acak")
    orders = set()
    chosen = set()
    for seed in range(8):
        attempt = start(enrolled, quiz, seed=seed)
        assert len(attempt.questions) == 3  # drawn from a pool of five
        chosen.add(tuple(sorted(q["id"] for q in attempt.questions)))
        single = next((q for q in attempt.questions if q["type"] == "single"), None)
        if single:
            orders.add(tuple(o["text"] for o in single["options"]))
        services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
    assert len(chosen) > 1
    assert len(orders) > 1


def test_option_keys_are_new_each_attempt(enrolled, course):
    quiz = add_quiz(course, cooldown=0, slug="kuis-kunci")
    first = start(enrolled, quiz, seed=1)
    services.quiz_attempt_submit(user=enrolled, attempt=first, data={})
    second = start(enrolled, quiz, seed=1)
    keys = lambda a: {o["key"] for q in a.questions for o in q["options"]}  # noqa: E731
    assert not keys(first) & keys(second)


def test_cooldown_between_attempts(learner_client, enrolled, quiz):
    attempt = start(enrolled, quiz)
    services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
    with pytest.raises(services.QuizNotReady):
        start(enrolled, quiz)
    response = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))
    assert response["Location"] == quiz.url
    assert QuizAttempt.objects.filter(user=enrolled).count() == 1
    QuizAttempt.objects.filter(pk=attempt.pk).update(
        finished_at=timezone.now() - timedelta(minutes=quiz.cooldown_step_list[0] + 1)
    )
    assert start(enrolled, quiz).pk != attempt.pk


def test_the_best_attempt_counts(enrolled, quiz):
    good = start(enrolled, quiz)
    services.quiz_attempt_submit(
        user=enrolled, attempt=good, data=correct_answers(good)
    )
    QuizAttempt.objects.filter(pk=good.pk).update(
        finished_at=timezone.now() - timedelta(days=1)
    )
    bad = start(enrolled, quiz, seed=3)
    services.quiz_attempt_submit(user=enrolled, attempt=bad, data=wrong_answers(bad))
    best = selectors.quiz_best_attempt(user=enrolled, quiz=quiz)
    assert best.pk == good.pk and best.score == 100
    outline = selectors.course_outline(
        course=quiz.get_parent().get_parent(), user=enrolled
    )
    assert outline.quizzes[0].passed and outline.quizzes[0].best_score == 100


def test_unknown_option_keys_are_rejected(learner_client, enrolled, quiz):
    attempt = start(enrolled, quiz)
    answers = correct_answers(attempt)
    single = next(q for q in attempt.questions if q["type"] == "single")
    answers[f"q-{single['id']}"] = ["forged-key"]
    response = learner_client.post(submit_url(attempt), answers)
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.finished_at is None and attempt.score == 0


def test_answers_to_questions_not_in_the_attempt_are_rejected(
    learner_client, enrolled, course
):
    quiz = add_quiz(course, per_attempt=2, slug="kuis-dua")
    attempt = start(enrolled, quiz)
    asked = {q["id"] for q in attempt.questions}
    not_asked = next(
        q
        for q in ["q-single", "q-multiple", "q-truefalse", "q-numeric"]
        if q not in asked
    )
    response = learner_client.post(
        submit_url(attempt), {**correct_answers(attempt), f"q-{not_asked}": "x"}
    )
    assert response.status_code == 400
    attempt.refresh_from_db()
    assert attempt.finished_at is None


def test_two_answers_to_a_single_choice_are_rejected(enrolled, quiz):
    attempt = start(enrolled, quiz)
    single = next(q for q in attempt.questions if q["type"] == "single")
    data = {f"q-{single['id']}": [o["key"] for o in single["options"]]}
    with pytest.raises(ValidationError):
        services.quiz_attempt_submit(user=enrolled, attempt=attempt, data=data)


def test_a_resubmitted_old_attempt_is_not_graded_again(learner_client, enrolled, quiz):
    attempt = start(enrolled, quiz)
    learner_client.post(submit_url(attempt), wrong_answers(attempt))
    attempt.refresh_from_db()
    finished_at, answers = attempt.finished_at, attempt.answers
    # A double click, or the old form sent again with better answers.
    response = learner_client.post(submit_url(attempt), correct_answers(attempt))
    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    assert attempt.finished_at == finished_at and attempt.answers == answers
    with pytest.raises(services.QuizAlreadySubmitted):
        services.quiz_attempt_submit(
            user=enrolled, attempt=attempt, data=correct_answers(attempt)
        )


def test_learner_b_cannot_open_or_submit_learner_as_attempt(client, enrolled, quiz):
    attempt = start(enrolled, quiz)
    other = UserFactory()
    client.force_login(other)
    assert (
        client.get(reverse("courses:quiz_attempt", args=[attempt.pk])).status_code
        == 404
    )
    response = client.post(submit_url(attempt), correct_answers(attempt))
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.finished_at is None


def test_quiz_needs_enrolment(learner_client, learner, quiz, course):
    response = learner_client.get(quiz.url)
    assert response.status_code == 302 and response["Location"] == course.url
    learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))
    assert not QuizAttempt.objects.filter(user=learner).exists()


def test_quiz_shows_in_the_course_outline(learner_client, enrolled, quiz, course):
    html = learner_client.get(course.url).content.decode()
    assert quiz.title in html


# --- the attempt policy (one rule: courses.quizzes.attempt_policy) -----------

T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def history(*attempts):
    """(minutes after T0 started, minutes it took or None, passed)."""
    return [
        quizzes.AttemptHistory(
            started_at=T0 + timedelta(minutes=start),
            finished_at=None if took is None else T0 + timedelta(minutes=start + took),
            passed=passed,
        )
        for start, took, passed in attempts
    ]


def policy(attempts, *, at, steps=(10, 60, 1440), per_day=3):
    return quizzes.attempt_policy(
        steps=list(steps),
        per_day=per_day,
        history=history(*attempts),
        now=T0 + timedelta(minutes=at),
    )


def test_the_wait_grows_with_failed_attempts_in_a_row():
    assert policy([], at=0).ready_at is None
    one = policy([(0, 5, False)], at=5)
    assert one.reason == "cooldown" and one.ready_at == T0 + timedelta(minutes=15)
    assert policy([(0, 5, False)], at=15).ready_at is None
    two = policy([(0, 5, False), (15, 5, False)], at=20)
    assert two.ready_at == T0 + timedelta(minutes=80)  # one hour after the 2nd
    three = policy([(0, 5, False), (15, 5, False), (80, 5, False)], at=85)
    assert three.ready_at == T0 + timedelta(minutes=85 + 1440)  # then a day
    assert three.failures_in_a_row == 3
    # The last wait repeats.
    four = policy(
        [(0, 5, False), (15, 5, False), (80, 5, False), (1525, 5, False)],
        at=1530,
    )
    assert four.ready_at == T0 + timedelta(minutes=1530 + 1440)


def test_a_pass_resets_the_growing_wait():
    after_pass = policy(
        [(0, 5, False), (15, 5, False), (80, 5, True)], at=85, per_day=10
    )
    assert after_pass.ready_at == T0 + timedelta(minutes=95)  # the first step
    again = policy(
        [(0, 5, False), (15, 5, False), (80, 5, True), (2000, 5, False)],
        at=2005,
        per_day=10,
    )
    assert again.failures_in_a_row == 1
    assert again.ready_at == T0 + timedelta(minutes=2015)


def test_at_most_the_daily_tries_start_in_24_hours():
    tries = [(0, 1, False), (2, 1, False), (4, 1, False)]
    assert policy(tries[:2], at=3, steps=(1,)).tries_left == 1
    full = policy(tries, at=6, steps=(1,))
    assert full.tries_left == 0 and full.reason == "daily_limit"
    assert full.ready_at == T0 + timedelta(hours=24)  # the first try leaves
    later = policy(tries, at=24 * 60, steps=(1,))
    assert later.ready_at is None and later.tries_left == 1
    # An open (unsent) attempt counts as a try too.
    assert policy([(0, None, False)], at=1).tries_left == 2


def test_a_quiz_without_waits_only_has_the_daily_limit():
    tries = [(0, 1, False), (2, 1, False)]
    assert policy(tries, at=3, steps=(0,)).ready_at is None
    assert policy([*tries, (4, 1, False)], at=5, steps=(0,)).reason == "daily_limit"


@pytest.mark.parametrize(
    ("text", "steps"),
    [("10, 60, 1440", [10, 60, 1440]), ("5 30", [5, 30]), ("0", [0])],
)
def test_waits_are_written_as_minutes(text, steps):
    assert quizzes.cooldown_steps_parse(text) == steps


@pytest.mark.parametrize(
    "text", ["", "abc", "10, 5", "-1", "1, 2, 3, 4, 5, 6, 7", "99999999", "1.5"]
)
def test_bad_waits_are_refused(text):
    with pytest.raises(ValidationError):
        quizzes.cooldown_steps_parse(text)


def test_the_quiz_page_says_when_to_try_again_and_how_many_tries_are_left(
    learner_client, enrolled, quiz
):
    html = learner_client.get(quiz.url).content.decode()
    assert re.search(r'id="quiz-tries-left">[^<]*3<', html)
    for minutes in (10, 60, 1440):  # "10 menit, 1 jam, 1 hari"
        assert _wait_display(minutes) in html
    attempt = start(enrolled, quiz)
    services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
    response = learner_client.get(quiz.url)
    html = response.content.decode()
    ready = selectors.quiz_next_attempt_at(user=enrolled, quiz=quiz)
    assert ready is not None
    assert f'datetime="{timezone.localtime(ready).isoformat()}"' in html
    assert quiz_start_form(quiz) not in html  # no start button while waiting
    assert re.search(r'id="quiz-tries-left">[^<]*2<', html)


def quiz_start_form(quiz):
    return f'action="{reverse("courses:quiz_start", args=[quiz.pk])}"'


def test_starting_during_the_wait_is_refused_with_the_time(
    learner_client, enrolled, quiz
):
    attempt = start(enrolled, quiz)
    services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
    response = learner_client.post(
        reverse("courses:quiz_start", args=[quiz.pk]), follow=True
    )
    ready = timezone.localtime(selectors.quiz_next_attempt_at(user=enrolled, quiz=quiz))
    assert ready.strftime("%H:%M") in response.content.decode()
    assert QuizAttempt.objects.filter(user=enrolled).count() == 1


# --- question pools: least recently seen first -------------------------------


def test_an_attempt_draws_the_questions_seen_least_recently(enrolled, course):
    quiz = quick_retake_quiz(course, per_attempt=2, slug="kuis-putar")
    pool = {block.id for block in quiz.questions}
    seen_order = []
    for seed in range(5):
        attempt = start(enrolled, quiz, seed=seed)
        drawn = [q["id"] for q in attempt.questions]
        seen_order.append(set(drawn))
        services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            started_at=timezone.now() - timedelta(hours=10 - seed)
        )
    # Pool of five, two per attempt: the first two attempts meet four new
    # questions, the third the last new one plus one of the oldest.
    assert len(seen_order[0] | seen_order[1]) == 4
    assert pool - (seen_order[0] | seen_order[1]) <= seen_order[2]
    assert seen_order[2] - (pool - (seen_order[0] | seen_order[1])) <= seen_order[0]
    # Across attempts every question comes back before any comes back twice.
    assert seen_order[0] | seen_order[1] | seen_order[2] == pool


def test_numeric_questions_keep_their_values_within_an_attempt(
    learner_client, enrolled, course
):
    quiz = quick_retake_quiz(course, slug="kuis-nilai")
    url = learner_client.post(reverse("courses:quiz_start", args=[quiz.pk]))["Location"]
    attempt = QuizAttempt.objects.get(user=enrolled, quiz=quiz)
    snapshot = attempt.questions
    numeric = next(q for q in snapshot if q["type"] == "numeric")
    for _reload in range(2):
        shown = learner_client.get(url).content.decode()
        assert quizzes.number_display(numeric["values"]["a"]) in shown
    attempt.refresh_from_db()
    assert attempt.questions == snapshot  # stored at the start, not redrawn


# --- feedback that teaches without leaking keys --------------------------------


def test_a_wrong_answer_links_to_the_lesson_that_teaches_it(
    learner_client, enrolled, course, lessons
):
    pool = quiz_questions()
    pool[0]["value"]["lesson"] = lessons[0].pk  # "Apa itu HPP?" → lesson 1.1
    quiz = add_quiz(course, questions=pool, slug="kuis-pelajaran")
    attempt = start(enrolled, quiz)
    response = learner_client.post(submit_url(attempt), wrong_answers(attempt))
    html = learner_client.get(response["Location"]).content.decode()
    sections = html.split('<section class="question')[1:]
    by_text = {
        next(q["text"] for q in attempt.questions if q["text"][:12] in s): s
        for s in sections
    }
    named = by_text["Apa itu HPP?"]
    assert f'href="{lessons[0].url}"' in named
    assert lessons[2].url not in named
    # A question that names no lesson links the lessons of the quiz's module.
    other = by_text["Upah sendiri dihitung dalam HPP."]
    assert f'href="{lessons[2].url}"' in other and f'href="{lessons[3].url}"' in other
    assert f'href="{lessons[0].url}"' not in other
    assert "PENJELASAN" not in html  # no explanation after a failed attempt


def test_after_a_pass_the_explanations_of_wrong_answers_are_shown(
    learner_client, enrolled, quiz
):
    attempt = start(enrolled, quiz)
    answers = correct_answers(attempt)
    numeric = next(q for q in attempt.questions if q["type"] == "numeric")
    answers[f"q-{numeric['id']}"] = "1"  # one wrong: 80% passes (mark 60)
    response = learner_client.post(submit_url(attempt), answers)
    attempt.refresh_from_db()
    assert attempt.passed and attempt.score == 80
    html = learner_client.get(response["Location"]).content.decode()
    assert "PENJELASAN-NUMERIC" in html
    assert "PENJELASAN-SINGLE" not in html  # answered right: nothing to explain
    assert "80%" in html


def test_a_lesson_named_by_a_question_must_be_a_lesson():
    lesson_field = SingleChoiceBlock().child_blocks["lesson"]
    assert lesson_field.target_model is LessonPage
    assert not lesson_field.required


# --- the editor --------------------------------------------------------------


def test_the_edit_page_warns_when_a_required_quizs_pool_is_small(
    admin_client, quiz, course
):
    module = quiz.get_parent()
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "quizpage", module.pk])
    html = admin_client.get(add_url).content.decode()
    assert 'id="quiz-pool-warning"' in html  # a new quiz: no questions yet
    assert 'value="10, 60, 1440"' in html and 'value="3"' in html  # safe defaults
    url = reverse("wagtailadmin_pages:edit", args=[quiz.pk])
    html = admin_client.get(url).content.decode()
    assert 'id="quiz-pool-warning"' in html  # 5 questions, 5 per attempt
    assert "15" in html  # three times the draw
    quiz.questions_per_attempt = 1
    quiz.save_revision().publish()
    assert 'id="quiz-pool-warning"' not in admin_client.get(url).content.decode()
    small = add_quiz(course, per_attempt=5, slug="kuis-latihan")
    small.required = False  # a practice quiz gives no certificate
    small.save_revision().publish()
    html = admin_client.get(
        reverse("wagtailadmin_pages:edit", args=[small.pk])
    ).content.decode()
    assert 'id="quiz-pool-warning"' not in html


def test_a_quiz_preview_shows_the_pool_and_starts_nothing(quiz, rf):
    response = quiz.make_preview_request(original_request=rf.get(quiz.url))
    assert response.status_code == 200
    html = response.content.decode()
    assert "5 soal" in html or "5 questions" in html
    assert not QuizAttempt.objects.exists()


def test_a_malformed_list_of_waits_in_the_database_still_makes_her_wait(enrolled, quiz):
    type(quiz).objects.filter(pk=quiz.pk).update(cooldown_steps="kapan saja")
    quiz.refresh_from_db()
    attempt = start(enrolled, quiz)
    services.quiz_attempt_submit(user=enrolled, attempt=attempt, data={})
    with pytest.raises(services.QuizNotReady):
        start(enrolled, quiz)
