"""Every lesson and quiz block refuses its bad inputs with a message in the editor,
never a server error (an empty Video block once crashed the lesson editor)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from django.utils.translation import gettext, override
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from courses import blocks
from courses.models import LessonPage, ModulePage, QuizPage
from tests.factories import UserFactory

from .test_four_eyes import _lesson_form

pytestmark = pytest.mark.django_db

LESSON = blocks.LessonStreamBlock()
QUIZ = blocks.QuizQuestionStreamBlock()


def _clean(stream, block_type: str, raw):
    block = stream.child_blocks[block_type]
    return block.clean(block.to_python(raw))


def _error_fields(stream, block_type: str, raw) -> set:
    with pytest.raises(ValidationError) as caught:
        _clean(stream, block_type, raw)
    error = caught.value
    if isinstance(error, StructBlockValidationError):
        return set(error.block_errors)
    return {"__all__"}


@pytest.fixture
def document():
    doc = Document(title="Lembar kerja")
    doc.file.save("lembar.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return doc


# --- lesson blocks ---------------------------------------------------------


def test_text_block_must_not_be_empty():
    with pytest.raises(ValidationError):
        _clean(LESSON, "text", "")


def test_image_block_needs_an_image_and_short_alt_text():
    assert "image" in _error_fields(LESSON, "image", {"image": None})
    assert "alt" in _error_fields(
        LESSON, "image", {"image": None, "alt": "x" * 201, "caption": ""}
    )


def test_audio_block_needs_a_title_and_a_file(document):
    assert _error_fields(LESSON, "audio", {"title": "", "file": None}) == {
        "title",
        "file",
    }
    assert _clean(LESSON, "audio", {"title": "Narasi", "file": document.pk})


def test_empty_video_block_asks_for_a_file_or_a_link(document):
    assert _error_fields(
        LESSON, "video", {"title": "Video", "file": None, "external_url": ""}
    ) == {"file"}
    assert "external_url" in _error_fields(
        LESSON, "video", {"title": "Video", "file": None, "external_url": "bukan url"}
    )
    assert "title" in _error_fields(
        LESSON,
        "video",
        {"title": "x" * 121, "file": None, "external_url": "https://example.org/v"},
    )
    assert _clean(
        LESSON, "video", {"title": "Video", "external_url": "https://example.org/v"}
    )
    assert _clean(LESSON, "video", {"title": "Video", "file": document.pk})


def test_worksheet_block_needs_a_title_and_a_file():
    assert _error_fields(LESSON, "worksheet", {"title": "", "file": None}) == {
        "title",
        "file",
    }


def test_callout_block_needs_text_and_a_known_kind():
    assert "text" in _error_fields(LESSON, "callout", {"kind": "tip", "text": ""})
    assert "kind" in _error_fields(
        LESSON, "callout", {"kind": "rahasia", "text": "Isi"}
    )


@pytest.mark.parametrize("block_type", ["steps", "checklist"])
def test_list_blocks_refuse_an_empty_item(block_type):
    assert "items" in _error_fields(LESSON, block_type, {"title": "", "items": [""]})
    assert _clean(LESSON, block_type, {"title": "", "items": ["Satu"]})


def test_glossary_terms_need_a_term_and_a_meaning():
    assert "terms" in _error_fields(
        LESSON, "glossary", {"terms": [{"term": "", "definition": ""}]}
    )
    assert "terms" in _error_fields(
        LESSON, "glossary", {"terms": [{"term": "x" * 81, "definition": "Arti"}]}
    )


@pytest.mark.parametrize("block_type", blocks.CALCULATOR_BLOCK_TYPES)
def test_calculator_blocks_take_an_optional_introduction(block_type):
    # The introduction is the only field and it is optional: nothing can be wrong.
    assert _clean(LESSON, block_type, {"intro": ""})["intro"] == ""


# --- quiz blocks -----------------------------------------------------------


def _options(*correct: bool) -> list:
    return [{"text": f"Jawaban {i}", "correct": c} for i, c in enumerate(correct)]


def test_single_choice_needs_exactly_one_correct_answer_and_two_options():
    for options in (_options(False, False), _options(True, True)):
        assert _error_fields(QUIZ, "single", {"text": "Soal", "options": options}) == {
            "options"
        }
    assert "options" in _error_fields(
        QUIZ, "single", {"text": "Soal", "options": _options(True)}
    )
    assert "text" in _error_fields(
        QUIZ, "single", {"text": "", "options": _options(True, False)}
    )


def test_multiple_choice_needs_a_correct_answer():
    assert _error_fields(
        QUIZ, "multiple", {"text": "Soal", "options": _options(False, False)}
    ) == {"options"}
    assert _clean(QUIZ, "multiple", {"text": "Soal", "options": _options(True, True)})


def test_true_false_needs_a_known_answer():
    assert "answer" in _error_fields(
        QUIZ, "truefalse", {"text": "Soal", "answer": "mungkin"}
    )


def _numeric(formula: str, variables: list) -> dict:
    return {"text": "Soal", "formula": formula, "variables": variables, "tolerance": 0}


def test_numeric_question_refuses_bad_formulas_names_and_values():
    a = {"name": "a", "min": 1, "max": 5, "step": 1}
    assert _error_fields(QUIZ, "numeric", _numeric("a + b", [a])) == {"formula"}
    assert _error_fields(QUIZ, "numeric", _numeric("a +", [a])) == {"formula"}
    assert _error_fields(QUIZ, "numeric", _numeric("__import__('os')", [a])) == {
        "formula"
    }
    assert "variables" in _error_fields(
        QUIZ, "numeric", _numeric("A", [{**a, "name": "A"}])
    )
    assert "variables" in _error_fields(
        QUIZ, "numeric", _numeric("a", [{**a, "step": 0}])
    )
    assert "tolerance" in _error_fields(
        QUIZ, "numeric", {**_numeric("a", [a]), "tolerance": -1}
    )
    assert _clean(QUIZ, "numeric", _numeric("a * 2", [a]))


def _explanation_error(block_type: str, raw) -> str:
    with pytest.raises(StructBlockValidationError) as caught:
        _clean(QUIZ, block_type, raw)
    assert set(caught.value.block_errors) == {"explanation"}
    with override("id"):
        return str(caught.value.block_errors["explanation"].messages[0])


def _restates_key_message() -> str:
    with override("id"):
        return gettext(
            "Explain the reason, do not just write the answer: other learners "
            "meet this question too. Write at least %(count)s words besides the "
            "answer."
        ) % {"count": 4}


@pytest.mark.parametrize(
    ("block_type", "raw"),
    [
        (
            "single",
            {
                "text": "Siapa pembeli pertama yang baik?",
                "options": [
                    {"text": "Tetangga yang mau jujur", "correct": True},
                    {"text": "Orang asing", "correct": False},
                ],
                "explanation": "Jawaban yang benar: tetangga yang mau jujur.",
            },
        ),
        (
            "multiple",
            {
                "text": "Mana yang biaya?",
                "options": [
                    {"text": "Bahan", "correct": True},
                    {"text": "Kemasan", "correct": True},
                    {"text": "Laba", "correct": False},
                ],
                "explanation": "Bahan dan kemasan.",
            },
        ),
        (
            "truefalse",
            {
                "text": "Semua orang pelanggan Anda.",
                "answer": "false",
                "explanation": "Salah!",
            },
        ),
        (
            "numeric",
            {
                "text": "Harga jual 15.000, modal 5.000. Berapa labanya?",
                "formula": "15000 - 5000",
                "variables": [],
                "tolerance": 0,
                "explanation": "Jawabannya adalah Rp 10.000.",
            },
        ),
        (
            "numeric",
            {
                "text": "Harga {a}, modal 5.000. Berapa labanya?",
                "formula": "a - 5000",
                "variables": [{"name": "a", "min": 6000, "max": 9000, "step": 1000}],
                "tolerance": 0,
                "explanation": "Hitung: a - 5000",
            },
        ),
        (
            "single",
            {
                "text": "Soal",
                "options": [
                    {"text": "Ya", "correct": True},
                    {"text": "Tidak", "correct": False},
                ],
                "explanation": "Lihat pelajaran dua.",  # too short to teach
            },
        ),
    ],
    ids=["single", "multiple", "truefalse", "number", "formula", "three-words"],
)
def test_an_explanation_that_only_restates_the_key_is_refused(block_type, raw):
    assert _explanation_error(block_type, raw) == _restates_key_message()


@pytest.mark.parametrize(
    ("block_type", "raw"),
    [
        (
            "single",
            {
                "text": "Siapa pembeli pertama yang baik?",
                "options": [
                    {"text": "Tetangga yang mau jujur", "correct": True},
                    {"text": "Orang asing", "correct": False},
                ],
                "explanation": (
                    "Tetangga yang mau jujur mudah ditemui dan memberi tahu "
                    "apa yang kurang dari rasa dan harga."
                ),
            },
        ),
        (
            "truefalse",
            {
                "text": "Semua orang pelanggan Anda.",
                "answer": "false",
                "explanation": "Setiap produk cocok untuk kelompok orang tertentu.",
            },
        ),
        (
            "numeric",
            {
                "text": "Harga jual 15.000, modal 5.000. Berapa labanya?",
                "formula": "15000 - 5000",
                "variables": [],
                "tolerance": 0,
                "explanation": "Laba adalah harga jual dikurangi modal per barang.",
            },
        ),
        # Empty: allowed, as before (nothing is shown after a pass).
        ("truefalse", {"text": "Soal", "answer": "true", "explanation": ""}),
    ],
    ids=["single", "truefalse", "number", "empty"],
)
def test_an_explanation_that_teaches_is_accepted(block_type, raw):
    assert _clean(QUIZ, block_type, raw)["explanation"] == raw["explanation"]


def test_the_quiz_editor_shows_the_error_on_the_explanation(course):
    module = ModulePage.objects.child_of(course).order_by("path").first()
    admin = UserFactory(username="admin-kuis", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:add", args=["courses", "quizpage", module.pk])

    def form(explanation: str) -> dict:
        return {
            "title": "Kuis Laba",
            "slug": "kuis-laba",
            "intro": "",
            "pass_mark": "70",
            "questions_per_attempt": "1",
            "cooldown_steps": "10, 60, 1440",
            "max_attempts_per_day": "3",
            "questions-count": "1",
            "questions-0-type": "truefalse",
            "questions-0-deleted": "",
            "questions-0-order": "0",
            "questions-0-id": "q1",
            "questions-0-value-text": "Laba sama dengan omzet.",
            "questions-0-value-answer": "false",
            "questions-0-value-explanation": explanation,
            "questions-0-value-lesson": "",
        }

    response = client.post(url, form("Salah."))
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"questions"}
    assert not QuizPage.objects.child_of(module).exists()
    response = client.post(
        url, form("Omzet adalah semua uang masuk; laba adalah sisanya setelah biaya.")
    )
    assert response.status_code == 302
    assert QuizPage.objects.child_of(module).exists()


# --- the editor itself -----------------------------------------------------


def test_saving_a_lesson_with_an_empty_video_block_shows_the_error(course):
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    admin = UserFactory(username="admin-video", is_superuser=True, is_staff=True)
    client = Client()
    client.force_login(admin)
    form = _lesson_form(lesson.title, lesson.slug)
    form.update(
        {
            "body-count": "2",
            "body-1-type": "video",
            "body-1-value-title": "Video kosong",
            "body-1-value-file": "",
            "body-1-value-external_url": "",
            "body-1-value-transcript": "",
            "body-1-deleted": "",
            "body-1-order": "1",
            "body-1-id": "v1",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), form)
    assert response.status_code == 200
    assert response.context["form"].errors
    lesson.refresh_from_db()
    assert not any(b.block_type == "video" for b in lesson.body)
