"""Every lesson and quiz block refuses its bad inputs with a message in the editor,
never a server error (an empty Video block once crashed the lesson editor)."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from courses import blocks
from courses.models import LessonPage
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
