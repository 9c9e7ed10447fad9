"""Issue 17: the demo curriculum teaches what keeps a graduate profitable and
legal. These tests hold the numbers and rules of the content itself."""

from __future__ import annotations

import math
import random
import re
from decimal import Decimal

import pytest

from business import calculators
from courses import quizzes
from courses.blocks import QuizQuestionStreamBlock
from courses.demo import _question_raw
from courses.demo_content import ASSIGNMENTS, COURSES, QUIZZES
from courses.demo_content_safe import JUALAN_AMAN

LESSONS = {
    lesson["slug"]: (course, lesson)
    for course in COURSES
    for module in course["modules"]
    for lesson in module["lessons"]
}


def _text(lesson: dict) -> str:
    return " ".join(str(value) for _kind, value in lesson["body"])


def _question(course: str, lesson: str, kind: str) -> dict:
    return next(
        q
        for q in QUIZZES[course]["questions"]
        if q["lesson"] == lesson and q["type"] == kind
    )


def _graded(question: dict, values: dict, answer: str) -> bool:
    expected = quizzes.formula_evaluate(question["formula"], values)
    snapshot = {
        "type": "numeric",
        "expected": str(expected),
        "tolerance": str(question["tolerance"]),
    }
    return quizzes.question_grade(snapshot, answer)


def test_break_even_is_rounded_up_whole_units_no_tolerance():
    question = _question("mengelola-keuangan-usaha", "titik-impas-bep", "numeric")
    values = {"f": 250000, "p": 30000, "v": 10000}  # 12.5 jars
    assert quizzes.formula_evaluate(question["formula"], values) == 13
    assert _graded(question, values, "13")
    assert not _graded(question, values, "12")
    assert not _graded(question, values, "12,5")
    # Every value the quiz can draw gives a whole number of units.
    spec = question["variables"]
    for _ in range(200):
        drawn = {
            name: random.choice(quizzes.variable_choices({"name": name, **v}))
            for name, v in spec.items()
        }
        result = quizzes.formula_evaluate(question["formula"], drawn)
        assert result == result.to_integral_value()
        assert quizzes.number_display(result).isdigit()


def test_price_per_channel_divides_by_what_the_channel_leaves():
    question = _question("mengelola-keuangan-usaha", "harga-per-saluran", "numeric")
    assert question["tolerance"] == 0
    # Receive Rp 9.000 through a shop that keeps 25 %: price Rp 12.000.
    assert quizzes.formula_evaluate(question["formula"], {"r": 9000, "f": 25}) == (
        12000
    )
    # 30 %: 12.857,14... rounded up to hundreds, as the lesson does.
    assert quizzes.formula_evaluate(question["formula"], {"r": 9000, "f": 30}) == (
        12900
    )
    assert not _graded(question, {"r": 9000, "f": 30}, "12.857")
    # The markup mistake (HPP + 30 %) is graded wrong.
    assert not _graded(question, {"r": 9000, "f": 30}, "11700")


def test_price_per_channel_lesson_numbers_add_up():
    course, lesson = LESSONS["harga-per-saluran"]
    assert course["slug"] == "mengelola-keuangan-usaha"
    text = _text(lesson)
    # The loss example: HPP 4.000, markup 30 %.
    price = Decimal(4000) * Decimal("1.3")
    assert price == 5200 and "Rp 5.200" in text
    assert price * Decimal("0.75") - 4000 == -100 and "Rp 100" in text
    assert price * Decimal("0.70") == 3640 and "Rp 3.640" in text
    # Bu Wati's soap: receive 9.000 per bar through each channel.
    assert Decimal(9000) / Decimal("0.75") == 12000 and "Rp 12.000" in text
    assert int(Decimal(9000) / Decimal("0.7")) == 12857 and "12.857" in text
    assert Decimal(9000) / Decimal("0.9") == 10000 and "Rp 10.000" in text
    assert 5 <= lesson["minutes"] <= 8


def test_price_per_channel_lesson_adds_shipping_before_dividing_as_the_calculator():
    # The lesson and the calculator (business.calculators.channel_price) say
    # the same thing: shipping you pay goes into what you want to receive,
    # then the whole is divided, because the channel's cut is taken from the
    # whole price. Adding it after the division leaves fee x shipping short.
    text = _text(LESSONS["harga-per-saluran"][1])
    assert "Lalu tambahkan ongkos kirim" not in text
    assert "<strong>sebelum</strong> dibagi" in text
    exact = calculators.channel_price(
        wanted=Decimal(9000), fee_percent=Decimal(10), shipping=Decimal(1000)
    )
    assert exact == 11112
    assert "(9.000 + 1.000) : 0,9 = 11.111" in text
    shelf = math.ceil(exact / 100) * 100
    assert shelf == 11200 and f"Rp {shelf:,}".replace(",", ".") in text
    # At that shelf price Bu Wati keeps at least the Rp 9.000 she wanted.
    assert shelf * Decimal("0.9") - 1000 >= 9000
    # The other order (divide, then add shipping) would leave less.
    assert (Decimal(9000) / Decimal("0.9") + 1000) * Decimal("0.9") - 1000 < 9000


def test_markup_and_margin_are_taught_apart():
    _course, lesson = LESSONS["harga-jual-dan-margin"]
    text = _text(lesson)
    assert "markup" in text.lower() and "margin = laba : harga jual" in text
    assert "Markup 50% sama dengan margin 33%" in text
    assert (Decimal(2000) / Decimal(6000)).quantize(Decimal("0.01")) == Decimal("0.33")


def test_food_label_includes_producer_address_stated_safely_and_production_code():
    _course, lesson = LESSONS["isi-label-kemasan"]
    items = " ".join(
        " ".join(value["items"])
        for kind, value in lesson["body"]
        if kind == "checklist"
    )
    assert "Diproduksi oleh" in items
    assert re.search(r"kota, kode pos, dan \"Indonesia\"", items)
    assert "Kode produksi" in items
    expiry = re.search(r"Baik digunakan sebelum (\d+) (\w+) (\d{4})", items)
    assert expiry and int(expiry.group(3)) >= 2027  # not already expired
    rubric = " ".join(ASSIGNMENTS["kemasan-dan-merek"]["rubric"])
    assert "alamat pembuat" in rubric and "kode pence" not in rubric
    assert "kode atau tanggal produksi" in rubric
    assert "Sumber:" in _text(lesson) and "30 November 2026" in _text(lesson)


def test_regulatory_lessons_name_their_source_and_date():
    for slug in (
        "izin-pirt-dan-halal",
        "dokumen-usaha-langkah-demi-langkah",
        "keamanan-pangan-dan-daya-simpan",
        "modal-dan-utang-aman",
    ):
        text = _text(LESSONS[slug][1])
        assert "Sumber:" in text and "Dicek 30 November 2026" in text, slug
    halal = _text(LESSONS["izin-pirt-dan-halal"][1])
    assert "PP Nomor 42 Tahun 2024" in halal and "17 Oktober 2026" in halal
    assert "SEHATI" in halal and "pendamping proses produk halal" in halal
    assert "secara bertahap" not in halal


def test_no_preservative_free_claims_and_pay_before_ship_only_for_whatsapp():
    everything = " ".join(_text(lesson) for _c, lesson in LESSONS.values())
    # "tanpa pengawet" appears only where it is taught as a claim to avoid.
    for match in re.finditer(r"tanpa pengawet", everything, re.IGNORECASE):
        around = everything[max(0, match.start() - 200) : match.end() + 60]
        assert re.search(r"[Jj]angan|tidak boleh|klaim", around), around
    _course, lesson = LESSONS["aman-berjualan-online"]
    habits = next(v["items"] for k, v in lesson["body"] if k == "checklist")
    assert not any(item.startswith("Barang dikirim setelah uang") for item in habits)
    assert any("WhatsApp" in item and "uang" in item for item in habits)
    assert any("COD" in item for item in habits)


def test_start_up_cost_counts_working_capital():
    text = _text(LESSONS["biaya-awal-usaha"][1])
    assert "modal kerja" in text
    assert 85000 + 15000 + 100000 + 100000 + 200000 == 500000
    assert "Rp 500.000" in text


def test_fifth_course_lessons_each_have_quiz_questions():
    slugs = [
        lesson["slug"]
        for module in JUALAN_AMAN["modules"]
        for lesson in module["lessons"]
    ]
    assert len(slugs) == 10
    questions = QUIZZES["jualan-aman-dan-legal"]["questions"]
    taught = {q["lesson"] for q in questions}
    assert set(slugs) <= taught
    for module in JUALAN_AMAN["modules"]:
        for lesson in module["lessons"]:
            assert 5 <= lesson["minutes"] <= 8
    story = _text(LESSONS["cerita-merek-yang-aman"][1])
    assert "tidak ada yang wajib menceritakan masa lalunya" in story


@pytest.mark.parametrize("course", list(QUIZZES))
def test_quiz_pools_follow_the_rules(course):
    quiz = QUIZZES[course]
    questions = quiz["questions"]
    assert len(questions) >= 3 * quiz["questions_per_attempt"]
    absurd = {"warna rumah", "tempat membuang air limbah", "uang jajan anak"}
    for question in questions:
        assert question["lesson"] in LESSONS
        assert LESSONS[question["lesson"]][0]["slug"] == course
        explanation = question["explanation"]
        assert explanation
        if question["type"] in ("single", "multiple"):
            assert len(question["options"]) >= 3, question["text"]
            for option in question["options"]:
                assert option["text"].lower().strip(".") not in absurd
                # Pool explanations teach the idea, never restate the key.
                if option["correct"]:
                    assert option["text"].strip(".") not in explanation
        if question["type"] == "numeric":
            assert str(question["formula"]) not in explanation


def test_qris_fee_is_stated_with_its_rule_and_date():
    """A seller must know what QRIS costs her and that the buyer never pays it
    (Bank Indonesia: 0% up to Rp 500.000 for micro merchants from 1 December
    2024, 0.3% above, never charged to the buyer)."""
    text = _text(LESSONS["menerima-pembayaran"][1])
    assert "Rp 500.000 tidak dipotong" in text
    assert "0,3%" in text and "dibayar oleh Anda" in text
    assert "Jangan minta pembeli membayar biaya tambahan" in text
    assert "Bank Indonesia" in text and "1 Desember 2024" in text
    assert "Tanyakan ke bank Anda" not in text


@pytest.mark.parametrize("course", list(QUIZZES))
def test_demo_explanations_pass_the_editors_check(course):
    """Every demo question saves in the quiz editor: its explanation teaches
    more than the key (courses.blocks.QuestionBlock.clean)."""
    stream = QuizQuestionStreamBlock()
    no_lessons = dict.fromkeys(LESSONS)
    for question in QUIZZES[course]["questions"]:
        raw = _question_raw(course, question, no_lessons)
        block = stream.child_blocks[raw["type"]]
        value = block.to_python(raw["value"])
        assert block.clean(value), question["text"]
        left = quizzes.explanation_words_left(
            question["explanation"], block.answer_keys(value)
        )
        assert left >= quizzes.EXPLANATION_MIN_WORDS, question["text"]
