"""Lesson images and the home page's first screen: <picture> with AVIF and
WebP, sizes for 360 px phones, lazy below the fold, width and height set."""

import re

import pytest
from PIL import features

from courses import services
from courses.models import LessonPage
from tests.courses.conftest import build_course

pytestmark = pytest.mark.django_db

FORMATS = ["image/avif", "image/webp"] if features.check("avif") else ["image/webp"]


def pictures(html: str) -> list[str]:
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def img_attrs(picture: str) -> dict[str, str]:
    tag = re.search(r"<img [^>]*>", picture).group(0)
    return dict(re.findall(r'(\w[\w-]*)="([^"]*)"', tag))


def assert_responsive(picture: str) -> dict[str, str]:
    sources = re.findall(r'<source [^>]*type="([^"]+)"', picture)
    assert sources == FORMATS
    img = img_attrs(picture)
    assert img["src"].endswith(".jpg")  # the fallback every browser shows
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert "100vw" in img["sizes"]  # full width on a phone
    widths = re.findall(r"\.width-(\d+)\.|\.fill-(\d+)x", img["srcset"])
    assert "360" in {a or b for a, b in widths}  # a 360 px phone's size
    return img


def test_lesson_image_is_a_lazy_picture(client, site_root, image, learner):
    catalogue = services.course_catalogue_ensure(
        parent=site_root, title="Kursus", slug="kursus", intro="Kursus singkat."
    )
    course = build_course(catalogue, slug="foto", title="Foto", modules=1, lessons=1)
    lesson = LessonPage.objects.descendant_of(course).get()
    lesson.body = [
        {"type": "text", "value": "<p>Lihat fotonya.</p>", "id": "t1"},
        {
            "type": "image",
            "value": {"image": image.pk, "caption": "Etalase", "alt": "Rak"},
            "id": "i1",
        },
    ]
    lesson.save_revision().publish()
    services.enrolment_create(user=learner, course=course)
    client.force_login(learner)
    response = client.get(lesson.url)
    assert response.status_code == 200
    found = pictures(response.content.decode())
    assert len(found) == 1
    img = assert_responsive(found[0])
    assert img["loading"] == "lazy"
    assert img["alt"] == "Rak"


def test_home_first_screen_loads_only_its_hero_image(client, site_root, image):
    site_root.hero_image = image
    site_root.save_revision().publish()
    html = client.get("/").content.decode()
    hero = html.split('class="hero"', 1)[1].split("</section>", 1)[0]
    found = pictures(hero)
    assert len(found) == 1
    img = assert_responsive(found[0])
    assert "loading" not in img  # shown at once
    assert img["fetchpriority"] == "high"
    # Every other image on the page waits until it comes near the screen.
    rest = html.replace(found[0], "")
    for tag in re.findall(r"<img [^>]*>", rest):
        assert 'loading="lazy"' in tag, tag


def test_home_without_hero_image_loads_no_image_on_first_screen(client, site_root):
    html = client.get("/").content.decode()
    hero = html.split('class="hero"', 1)[1].split("</section>", 1)[0]
    assert "<img" not in hero
