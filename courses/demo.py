"""Demo courses for ``seed_demo``: real teaching material, idempotent by slug."""

from __future__ import annotations

import io
import random
import uuid

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model

from home.demo_images import demo_image_ensure, draw_picture
from home.imaging import clean_image
from home.models import HomePage
from home.pdf_fonts import unicode_fonts
from home.services import DemoAccount, demo_user_ensure

from . import services
from .demo_content import ASSIGNMENTS, COURSES, QUIZZES
from .demo_illustrations import illustration_ensure
from .models import (
    AssignmentPage,
    AssignmentSubmission,
    Certificate,
    CoursePage,
    LessonPage,
    ModulePage,
    QuizPage,
    Topic,
)
from .services.catalogue import course_image_collection, course_worksheet_collection

NAMESPACE = uuid.UUID("6f1c2a52-5c7e-4a57-9d8e-0b6e4f000001")
LEVELS = {"dasar": CoursePage.Level.BASIC, "menengah": CoursePage.Level.INTERMEDIATE}
COLOURS = ["#0b6e4f", "#8a4b00", "#3a5fa0", "#7a2e5c"]

ACCOUNTS = [
    DemoAccount("instruktur", "Pak Hendra", "Instructor (writes lessons)"),
    DemoAccount("reviewer", "Bu Ratna", "Curriculum reviewer (approves)"),
    DemoAccount("lulusan", "Bu Sari", "Learner with a certificate"),
]
GRADUATE_COURSE = "perencanaan-usaha"
CATALOGUE = {
    "title": "Kursus",
    "intro": (
        "Kursus singkat untuk memulai dan mengembangkan usaha. "
        "Bisa dibuka di ponsel, kapan saja."
    ),
}


def _course_image(*, title: str, label: str, colour: str):
    """A demo picture in the course images collection (idempotent by title)."""
    image = demo_image_ensure(title=title, label=label, colour=colour)
    collection = course_image_collection()
    if image.collection_id != collection.pk:
        image.collection = collection
        image.save(update_fields=["collection"])
    return image


def _course_illustration(*, title: str, scene: str, alt: str):
    """A drawn lesson picture in the course images collection."""
    image = illustration_ensure(title=title, scene=scene, alt=alt)
    collection = course_image_collection()
    if image.collection_id != collection.pk:
        image.collection = collection
        image.save(update_fields=["collection"])
    return image


def _worksheet_document(*, title: str, description: str, lines: list[str]):
    document_model = get_document_model()
    collection = course_worksheet_collection()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        if existing.collection_id != collection.pk:
            existing.collection = collection
            existing.save(update_fields=["collection"])
        return existing
    regular, bold = unicode_fonts()
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, initialFontName=regular)
    width, height = A4
    y = height - 25 * mm
    pdf.setFont(bold, 16)
    pdf.drawString(20 * mm, y, title)
    y -= 10 * mm
    pdf.setFont(regular, 10)
    pdf.drawString(20 * mm, y, description[:110])
    y -= 12 * mm
    for line in lines:
        pdf.setFont(regular, 11)
        pdf.drawString(20 * mm, y, line[:95])
        y -= 6 * mm
        pdf.line(20 * mm, y, width - 20 * mm, y)
        y -= 10 * mm
        if y < 25 * mm:
            pdf.showPage()
            y = height - 25 * mm
    pdf.save()
    document = document_model(title=title, collection=collection)
    document.file.save("lembar-kerja.pdf", ContentFile(buffer.getvalue()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def _raw_body(course_slug: str, lesson_slug: str, body: list, colour: str) -> list:
    raw = []
    for position, (block_type, value) in enumerate(body):
        block_id = str(uuid.uuid5(NAMESPACE, f"{course_slug}/{lesson_slug}/{position}"))
        if block_type == "image":
            # A drawing of what the alt text says, not a label box.
            image = _course_illustration(
                title=f"Gambar: {value['label']} ({course_slug})",
                scene=value["scene"],
                alt=value["alt"],
            )
            value = {
                "image": image.pk,
                "alt": value["alt"],
                "caption": value["caption"],
            }
        elif block_type == "worksheet":
            document = _worksheet_document(
                title=value["title"],
                description=value["description"],
                lines=value["lines"],
            )
            value = {
                "title": value["title"],
                "description": value["description"],
                "file": document.pk,
            }
        elif block_type == "glossary":
            value = {"terms": value}
        elif block_type == "text":
            # The lesson title is the page's h1: sections inside start at h2.
            value = value.replace("<h3>", "<h2>").replace("</h3>", "</h2>")
        raw.append({"type": block_type, "value": value, "id": block_id})
    return raw


def _child_ensure(parent, model, slug: str, fields: dict):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.full_clean()
    page.save_revision().publish()
    return page


def seed(stdout=None) -> dict:
    home = HomePage.objects.get()
    instructors = Group.objects.get(name=services.INSTRUCTORS_GROUP)
    reviewers = Group.objects.get(name=services.REVIEWERS_GROUP)
    users = {}
    for account in ACCOUNTS:
        users[account.username] = demo_user_ensure(account=account)
    users["instruktur"].groups.add(instructors)
    users["reviewer"].groups.add(reviewers)

    with transaction.atomic():
        index = services.course_catalogue_ensure(
            parent=home, slug="kursus", **CATALOGUE
        )
        if any(getattr(index, name) != value for name, value in CATALOGUE.items()):
            for name, value in CATALOGUE.items():
                setattr(index, name, value)
            index.full_clean()
            index.save_revision().publish()
        topics = {topic.name: topic for topic in Topic.objects.all()}
        courses = {}
        # Basic courses first in the catalogue (the catalogue sorts so too).
        basic_first = sorted(
            COURSES, key=lambda data: LEVELS[data["level"]] != CoursePage.Level.BASIC
        )
        for order, data in enumerate(basic_first):
            colour = COLOURS[order % len(COLOURS)]
            cover = _course_image(
                title=f"Sampul {data['title']}", label=data["title"], colour=colour
            )
            # As an instructor does it: the showcase box is ticked once the
            # course holds its published practical assignment (CoursePage.clean).
            existing = (
                CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
            )
            showcase_ready = (
                existing is not None
                and AssignmentPage.objects.live()
                .filter(required=True)
                .descendant_of(existing)
                .exists()
            )
            course = _child_ensure(
                index,
                CoursePage,
                data["slug"],
                {
                    "title": data["title"],
                    "summary": data["summary"],
                    "topic": topics[data["topic"]],
                    "level": LEVELS[data["level"]],
                    "outcomes": "\n".join(data["outcomes"]),
                    "counts_for_showcase": showcase_ready
                    and data.get("counts_for_showcase", False),
                    "sort_order": order,
                    "cover_image": cover,
                },
            )
            course.instructors.set([users["instruktur"]])
            course.save_revision().publish()
            for module_data in data["modules"]:
                module = _child_ensure(
                    course,
                    ModulePage,
                    module_data["slug"],
                    {"title": module_data["title"], "intro": module_data["intro"]},
                )
                for lesson_data in module_data["lessons"]:
                    _child_ensure(
                        module,
                        LessonPage,
                        lesson_data["slug"],
                        {
                            "title": lesson_data["title"],
                            "summary": lesson_data["summary"],
                            "minutes": lesson_data["minutes"],
                            "body": _raw_body(
                                data["slug"],
                                lesson_data["slug"],
                                lesson_data["body"],
                                colour,
                            ),
                        },
                    )
            last_module = ModulePage.objects.child_of(course).order_by("path").last()
            if data["slug"] in QUIZZES:
                _quiz_ensure(last_module, course, data["slug"], QUIZZES[data["slug"]])
            if data["slug"] in ASSIGNMENTS:
                _assignment_ensure(last_module, ASSIGNMENTS[data["slug"]])
            if data.get("counts_for_showcase") and not course.counts_for_showcase:
                course.counts_for_showcase = True
                course.full_clean()
                course.save_revision().publish()
            courses[data["slug"]] = course
        _graduate_ensure(users["lulusan"], courses, reviewer=users["instruktur"])
    return {"accounts": ACCOUNTS, "index": index, "courses": courses, "users": users}


def _question_raw(course_slug: str, question: dict, lessons: dict[str, int]) -> dict:
    kind = question["type"]
    value = {
        "text": question["text"],
        "explanation": question.get("explanation", ""),
        # The lesson that teaches it, linked after a wrong answer.
        "lesson": lessons[question["lesson"]] if question.get("lesson") else None,
    }
    if kind in ("single", "multiple"):
        value["options"] = [
            {"text": o["text"], "correct": o["correct"]} for o in question["options"]
        ]
    elif kind == "truefalse":
        value["answer"] = "true" if question["answer"] else "false"
    else:
        value["variables"] = [
            {"name": name, "min": spec["min"], "max": spec["max"], "step": spec["step"]}
            for name, spec in question.get("variables", {}).items()
        ]
        value["formula"] = question["formula"]
        value["tolerance"] = str(question.get("tolerance", 0))
    # Keyed by the text, so that reordering the pool keeps each question's id
    # (attempts draw the questions a learner saw least recently by id).
    block_id = str(uuid.uuid5(NAMESPACE, f"quiz/{course_slug}/{question['text']}"))
    return {"type": kind, "value": value, "id": block_id}


def _quiz_ensure(module, course, course_slug: str, data: dict) -> QuizPage:
    """The course's quiz with the safe defaults of every new quiz: growing
    waits after failed attempts and three tries per 24 hours."""
    lessons = dict(LessonPage.objects.descendant_of(course).values_list("slug", "pk"))
    return _child_ensure(
        module,
        QuizPage,
        "kuis",
        {
            "title": data["title"],
            "intro": (
                "Jawab soal-soal ini untuk menguji pemahaman Anda. "
                "Soal dan pilihan jawaban diacak setiap kali mencoba."
            ),
            "pass_mark": data["pass_mark"],
            "questions_per_attempt": data["questions_per_attempt"],
            "cooldown_steps": QuizPage._meta.get_field("cooldown_steps").default,
            "max_attempts_per_day": QuizPage._meta.get_field(
                "max_attempts_per_day"
            ).default,
            "questions": [
                _question_raw(course_slug, question, lessons)
                for question in data["questions"]
            ],
        },
    )


def _assignment_ensure(module, data: dict) -> AssignmentPage:
    return _child_ensure(
        module,
        AssignmentPage,
        "tugas-praktik",
        {
            "title": data["title"],
            "instructions": data["instructions"],
            "requires_photo": data["requires_photo"],
            "requires_text": data["requires_text"],
            "text_prompt": data["text_prompt"],
            "rubric": "\n".join(data["rubric"]),
        },
    )


def _graduate_ensure(user, courses: dict, *, reviewer) -> None:
    """Bu Sari finished "Perencanaan Usaha" (through the same services a
    learner uses: lessons, quiz, her one-page plan accepted by the instructor,
    her display name chosen for the certificate) and sent her packaging photo
    in "Kemasan dan Merek"."""
    course = courses[GRADUATE_COURSE]
    if not Certificate.objects.filter(user=user, course=course).exists():
        services.enrolment_create(user=user, course=course)
        for lesson in LessonPage.objects.descendant_of(course).live():
            services.lesson_open_record(user=user, lesson=lesson)
            services.progress_record(user=user, lesson=lesson)
        for quiz in QuizPage.objects.descendant_of(course).live():
            attempt = services.quiz_attempt_start(
                user=user,
                quiz=quiz,
                rng=random.Random(2026),  # noqa: S311 - repeatable demo
            )
            answers = {
                f"q-{q['id']}": q["expected"]
                if q["type"] == "numeric"
                else q["correct"]
                for q in attempt.questions
            }
            services.quiz_attempt_submit(user=user, attempt=attempt, data=answers)
        for assignment in AssignmentPage.objects.descendant_of(course).live():
            submission = services.assignment_submit(
                user=user,
                assignment=assignment,
                photo=clean_image(
                    SimpleUploadedFile(
                        "rencana.jpg",
                        draw_picture(label="Rencana usaha Bu Sari", colour="#0b6e4f"),
                    )
                ),
                text=(
                    "1. Beli 5 kg singkong dan 2 liter minyak. "
                    "2. Buat 40 bungkus keripik 50 g. "
                    "3. Tawarkan ke 10 tetangga dan grup WhatsApp RT."
                ),
            )
            services.assignment_review(
                reviewer=reviewer,
                submission=submission,
                accept=True,
                feedback=(
                    "Rencana jelas dan langkahnya bisa dikerjakan. Bagus, Bu Sari."
                ),
                rubric_met=list(range(len(assignment.rubric_items))),
            )
        certificate = services.certificate_issue_if_complete(user=user, course=course)
        if certificate is None:
            raise RuntimeError("the demo graduate must hold a certificate")
        services.certificate_name_confirm(
            user=user, certificate=certificate, choice="display"
        )

    packaging = courses.get("kemasan-dan-merek")
    assignment = (
        AssignmentPage.objects.descendant_of(packaging).live().first()
        if packaging
        else None
    )
    if assignment is None:
        return
    services.enrolment_create(user=user, course=packaging)
    if not AssignmentSubmission.objects.filter(
        user=user, assignment=assignment
    ).exists():
        photo = clean_image(
            SimpleUploadedFile(
                "kemasan.jpg",
                draw_picture(label="Keripik Bu Sari 50 g", colour="#8a4b00"),
            )
        )
        services.assignment_submit(
            user=user,
            assignment=assignment,
            photo=photo,
            text=(
                "Keripik Singkong Bu Sari, pedas. Berat bersih 50 g. "
                "Komposisi: singkong, minyak sawit, cabai, garam. "
                "Diproduksi oleh Dapur Bu Sari, Malang 65111, Indonesia. "
                "Kode produksi 261120. Baik digunakan sebelum 20 Februari 2027. "
                "WA usaha."
            ),
        )
