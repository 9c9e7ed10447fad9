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
