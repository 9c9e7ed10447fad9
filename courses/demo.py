"""Demo courses for ``seed_demo``: real teaching material, idempotent by slug."""

from __future__ import annotations

import io
import uuid

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model

from home.demo_images import demo_image_ensure
from home.models import HomePage
from home.services import DemoAccount, demo_user_ensure

from . import services
from .demo_content import COURSES
from .models import CoursePage, LessonPage, ModulePage, Topic

NAMESPACE = uuid.UUID("6f1c2a52-5c7e-4a57-9d8e-0b6e4f000001")
LEVELS = {"dasar": CoursePage.Level.BASIC, "menengah": CoursePage.Level.INTERMEDIATE}
COLOURS = ["#0b6e4f", "#8a4b00", "#3a5fa0", "#7a2e5c"]

ACCOUNTS = [
    DemoAccount("instruktur", "Pak Hendra", "Instructor (writes lessons)"),
    DemoAccount("reviewer", "Bu Ratna", "Curriculum reviewer (approves)"),
]


def _worksheet_document(*, title: str, description: str, lines: list[str]):
    document_model = get_document_model()
    existing = document_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 25 * mm
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(20 * mm, y, title)
    y -= 10 * mm
    pdf.setFont("Helvetica", 10)
    pdf.drawString(20 * mm, y, description[:110])
    y -= 12 * mm
    for line in lines:
        pdf.setFont("Helvetica", 11)
        pdf.drawString(20 * mm, y, line[:95])
        y -= 6 * mm
        pdf.line(20 * mm, y, width - 20 * mm, y)
        y -= 10 * mm
        if y < 25 * mm:
            pdf.showPage()
            y = height - 25 * mm
    pdf.save()
    document = document_model(title=title)
    document.file.save("lembar-kerja.pdf", ContentFile(buffer.getvalue()), save=False)
    document._set_document_file_metadata()
    document.save()
    return document


def _raw_body(course_slug: str, lesson_slug: str, body: list, colour: str) -> list:
    raw = []
    for position, (block_type, value) in enumerate(body):
        block_id = str(uuid.uuid5(NAMESPACE, f"{course_slug}/{lesson_slug}/{position}"))
        if block_type == "image":
            image = demo_image_ensure(
                title=f"{value['label']} ({course_slug})",
                label=value["label"],
                colour=colour,
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
            parent=home,
            title="Kursus",
            slug="kursus",
            intro=(
                "Kursus singkat untuk memulai dan mengembangkan usaha. "
                "Bisa dibuka di ponsel, kapan saja."
            ),
        )
        topics = {topic.name: topic for topic in Topic.objects.all()}
        courses = {}
        for order, data in enumerate(COURSES):
            colour = COLOURS[order % len(COLOURS)]
            cover = demo_image_ensure(
                title=f"Sampul {data['title']}", label=data["title"], colour=colour
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
                    "counts_for_showcase": data.get("counts_for_showcase", False),
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
            courses[data["slug"]] = course
    return {"accounts": ACCOUNTS, "index": index, "courses": courses, "users": users}
