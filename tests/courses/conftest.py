import pytest

from courses import services
from courses.models import CoursePage, LessonPage, ModulePage, Topic


def add_page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def lesson_body(with_calculators: bool = False) -> list:
    body = [
        {
            "type": "text",
            "value": "<p>Pisahkan uang usaha dan uang rumah.</p>",
            "id": "t1",
        },
        {
            "type": "callout",
            "value": {"kind": "tip", "title": "Tips", "text": "Catat setiap hari."},
            "id": "c1",
        },
    ]
    if with_calculators:
        body += [
            {
                "type": "hpp_calculator",
                "value": {"intro": "Hitung HPP."},
                "id": "hpp-1",
            },
            {
                "type": "bep_calculator",
                "value": {"intro": "Hitung BEP."},
                "id": "bep-1",
            },
            {
                "type": "channel_price_calculator",
                "value": {"intro": "Harga per saluran."},
                "id": "chan-1",
            },
            {"type": "cashbook", "value": {"intro": "Buku kas."}, "id": "kas-1"},
        ]
    return body


def build_course(
    index, *, slug, title, modules=2, lessons=2, calculators=False, **extra
):
    topic = Topic.objects.get(slug="keuangan")
    course = add_page(
        index,
        CoursePage(
            title=title, slug=slug, summary=f"Ringkasan {title}", topic=topic, **extra
        ),
    )
    for m in range(modules):
        module = add_page(
            course, ModulePage(title=f"Modul {m + 1}", slug=f"modul-{m + 1}")
        )
        for n in range(lessons):
            add_page(
                module,
                LessonPage(
                    title=f"Pelajaran {m + 1}.{n + 1}",
                    slug=f"pelajaran-{m + 1}-{n + 1}",
                    minutes=5,
                    body=lesson_body(
                        with_calculators=calculators and n == 0 and m == 0
                    ),
                ),
            )
    return course


@pytest.fixture
def catalogue(site_root):
    return services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )


@pytest.fixture
def course(catalogue):
    return build_course(catalogue, slug="keuangan", title="Keuangan", calculators=True)


@pytest.fixture
def lessons(course):
    return list(LessonPage.objects.descendant_of(course).live().order_by("path"))


def quiz_questions() -> list:
    """A pool of five: one of each type, plus a numeric with per-attempt values."""
    return [
        {
            "type": "single",
            "id": "q-single",
            "value": {
                "text": "Apa itu HPP?",
                "explanation": "PENJELASAN-SINGLE",
                "options": [
                    {"text": "Harga pokok produksi", "correct": True},
                    {"text": "Harga pasar", "correct": False},
                    {"text": "Harga promo", "correct": False},
                ],
            },
        },
        {
            "type": "multiple",
            "id": "q-multiple",
            "value": {
                "text": "Mana yang masuk HPP?",
                "explanation": "PENJELASAN-MULTIPLE",
                "options": [
                    {"text": "Bahan", "correct": True},
                    {"text": "Tenaga kerja", "correct": True},
                    {"text": "Uang jajan", "correct": False},
                ],
            },
        },
        {
            "type": "truefalse",
            "id": "q-truefalse",
            "value": {
                "text": "Upah sendiri dihitung dalam HPP.",
                "explanation": "PENJELASAN-TRUEFALSE",
                "answer": "true",
            },
        },
        {
            "type": "numeric",
            "id": "q-numeric",
            "value": {
                "text": "Bahan Rp {a}, hasil {n} bungkus. Berapa HPP per bungkus?",
                "explanation": "PENJELASAN-NUMERIC",
                "variables": [
                    {"name": "a", "min": 10000, "max": 90000, "step": 1000},
                    {"name": "n", "min": 10, "max": 20, "step": 10},
                ],
                "formula": "a / n",
                "tolerance": "1",
            },
        },
        {
            "type": "truefalse",
            "id": "q-truefalse-2",
            "value": {
                "text": "Uang usaha dan uang rumah dicampur saja.",
                "explanation": "PENJELASAN-TRUEFALSE-2",
                "answer": "false",
            },
        },
    ]


def add_quiz(
    course,
    *,
    per_attempt=5,
    cooldown="10, 60, 1440",
    per_day=3,
    pass_mark=60,
    slug="kuis",
    questions=None,
):
    """A quiz in the course's last module. ``cooldown`` are the waits in
    minutes ("0" or 0: a quick retake, for tests that retake at once; refused
    in a showcase course) and ``per_day`` the tries per 24 hours."""
    from courses.models import ModulePage, QuizPage

    module = ModulePage.objects.child_of(course).order_by("path").last()
    return add_page(
        module,
        QuizPage(
            title="Kuis Keuangan",
            slug=slug,
            pass_mark=pass_mark,
            questions_per_attempt=per_attempt,
            cooldown_steps=str(cooldown),
            max_attempts_per_day=per_day,
            questions=quiz_questions() if questions is None else questions,
        ),
    )


def quick_retake_quiz(course, *, slug="kuis-cepat", **kwargs):
    """A quiz a test may retake at once and often: no wait, 20 tries a day.
    Only for courses that do not count for the showcase."""
    return add_quiz(course, cooldown="0", per_day=20, slug=slug, **kwargs)


def open_lessons(user, lessons) -> None:
    """The learner opens each lesson page (the evidence "Mark as done" needs)."""
    for lesson in lessons:
        services.lesson_open_record(user=user, lesson=lesson)


def finish_lessons(user, lessons) -> None:
    """The learner opens each lesson, then marks it done, as the site allows."""
    for lesson in lessons:
        services.lesson_open_record(user=user, lesson=lesson)
        services.progress_record(user=user, lesson=lesson)


def add_assignment(course, *, requires_text=False):
    from courses.models import AssignmentPage, ModulePage

    module = ModulePage.objects.child_of(course).order_by("path").last()
    return add_page(
        module,
        AssignmentPage(
            title="Foto kemasan",
            slug="tugas",
            instructions="Foto kemasan Anda.",
            requires_photo=True,
            requires_text=requires_text,
            rubric="Foto terang\nLabel terbaca",
        ),
    )


def correct_answers(attempt) -> dict:
    return {
        f"q-{q['id']}": q["expected"] if q["type"] == "numeric" else q["correct"]
        for q in attempt.questions
    }


def wrong_answers(attempt) -> dict:
    answers = {}
    for q in attempt.questions:
        if q["type"] == "numeric":
            answers[f"q-{q['id']}"] = "1"
        else:
            wrong = [o["key"] for o in q["options"] if o["key"] not in q["correct"]]
            answers[f"q-{q['id']}"] = wrong[:1]
    return answers


@pytest.fixture
def quiz(course):
    return add_quiz(course)
