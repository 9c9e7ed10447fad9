"""Journey: a learner saves a course, learns without a signal, and her steps
reach the server once when the signal returns (issue 14, docs/offline.md)."""

from __future__ import annotations

import re
import secrets

from playwright.sync_api import expect

from courses.demo_content import KEUANGAN
from tests.e2e.conftest import PASSWORD, sign_in

COURSE = KEUANGAN["title"]
# Module 2, lesson 1: it has a picture; lesson 3 of the course.
LESSON = KEUANGAN["modules"][1]["lessons"][0]["title"]
# The next lesson holds the HPP calculator, which the server computes.
CALCULATOR_LESSON = KEUANGAN["modules"][1]["lessons"][1]["title"]
SAVE = re.compile("^(Simpan untuk offline|Save for offline)$")
MARK_DONE = re.compile("^(Tandai selesai|Mark as done)")


def new_learner(site) -> str:
    username = f"luring{secrets.token_hex(3)}"
    site.query(
        "import json; from django.contrib.auth import get_user_model; "
        f"get_user_model().objects.create_user(username={username!r}, "
        f"password={PASSWORD!r}, display_name='Wati'); print(json.dumps(1))"
    )
    return username


def server_progress(site, username: str) -> dict:
    return site.query(
        "import json; from courses.models import LessonProgress, LessonVisit, "
        "OfflineStep; "
        f"u = {{'user__username': {username!r}, 'lesson__title': {LESSON!r}}}; "
        "print(json.dumps({"
        "'done': LessonProgress.objects.filter(**u).count(), "
        "'opened': LessonVisit.objects.filter(**u).count(), "
        "'steps': sorted(OfflineStep.objects.filter(**u)"
        ".values_list('kind', 'outcome'))}))"
    )


def test_learner_saves_a_course_and_learns_offline(phones, site):
    username = new_learner(site)
    phone = phones("offline-learner")
    page = phone.open("/")

    # The app can be installed: its manifest, and a worker controls the page.
    manifest = page.request.get("/manifest.webmanifest").json()
    assert manifest["name"] == "Berdaya"
    assert manifest["short_name"] and manifest["start_url"] == "/"
    assert manifest["display"] == "standalone"
    assert {"192x192", "512x512"} <= {icon["sizes"] for icon in manifest["icons"]}
    assert any(icon.get("purpose") == "maskable" for icon in manifest["icons"])
    page.wait_for_function("navigator.serviceWorker.controller !== null")
    cdp = phone.context.new_cdp_session(page)
    app = cdp.send("Page.getAppManifest")
    assert app["url"].endswith("/manifest.webmanifest")
    assert not [e for e in app["errors"] if e.get("critical")], app["errors"]
    installability = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    # Playwright's contexts are off-the-record profiles, which Chromium never
    # installs from; every rule the site controls must hold.
    site_errors = [e for e in installability if e["errorId"] != "in-incognito"]
    assert site_errors == [], site_errors

    # She signs in, enrols in the course, and saves it for offline.
    sign_in(phone, username)
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Kursus"
    ).click()
    page.get_by_role("link", name=re.compile(COURSE)).first.click()
    page.get_by_role("button", name="Mulai belajar").click()
    page.get_by_role("main").get_by_role("link", name=COURSE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    saving = page.locator("[data-offline-course]")
    expect(saving).to_be_visible()
    # The download size is shown before saving.
    expect(saving.locator("[data-offline-size]")).to_have_text(
        re.compile(r"\d+(,\d)? (KB|MB)")
    )
    phone.check("offline-01-course")
    saving.get_by_role("button", name=SAVE).click()
    expect(saving.locator("[data-offline-remove]")).to_be_visible(timeout=30000)
    expect(saving.locator("[data-offline-state]")).to_have_text(re.compile(r"KB|MB"))
    cached = page.evaluate(
        "async () => (await caches.keys()).filter(k => k.startsWith('berdaya-course-'))"
    )
    assert len(cached) == 1

    # No signal: the saved lesson opens, with its picture, and is marked done.
    phone.context.set_offline(True)
    page.get_by_role("link", name=re.compile(re.escape(LESSON))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON)
    expect(page.locator("[data-offline-copy]")).to_have_count(1)
    expect(page.locator("[data-offline-lesson]")).to_contain_text(
        re.compile(r"3\D+\d+")
    )
    picture = page.locator("main figure img").first
    picture.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const i = document.querySelector('main figure img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    status = page.locator("#offline-status")
    expect(status).to_contain_text("1")
    page.get_by_role("button", name=MARK_DONE).click()
    expect(status).to_contain_text("2")
    assert server_progress(site, username)["done"] == 0
    phone.check("offline-02-lesson-offline", weight=False)

    # A saved lesson with a calculator says the calculator needs a signal.
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    page.get_by_role("link", name=re.compile(re.escape(CALCULATOR_LESSON))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CALCULATOR_LESSON)
    note = page.locator("[data-needs-signal-note].message")
    expect(note).to_have_count(1)
    expect(note).to_contain_text(re.compile("sinyal|signal"))

    # A page not saved (the quiz) shows the offline page, not the dinosaur.
    page.go_back()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    quiz_link = page.get_by_role("main").get_by_role(
        "link", name=re.compile(r"\b(Kuis|Quiz)\b")
    )
    expect(quiz_link.first).to_contain_text(re.compile("sinyal|signal"))
    quiz_link.first.click()
    expect(page.locator("[data-saved-courses]")).to_contain_text(COURSE)
    phone.check("offline-03-no-signal-page", weight=False)

    # The signal returns: the queue is sent, once.
    phone.context.set_offline(False)
    page.get_by_role("link", name=COURSE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    expect(status).to_be_hidden(timeout=15000)
    stored = server_progress(site, username)
    assert stored == {
        "done": 1,
        "opened": 1,
        "steps": [["done", "applied"], ["opened", "applied"]],
    }
    # Back online the course shows the lesson done; nothing is sent twice.
    page.reload()
    expect(page.locator(".outline").get_by_role("link", name=re.compile(LESSON)))
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.wait_for_timeout(500)
    assert server_progress(site, username) == stored

    # "Remove from phone" frees the space.
    page.locator("[data-offline-remove]").click()
    expect(page.locator("[data-offline-save]")).to_be_visible()
    assert (
        page.evaluate(
            "async () => (await caches.keys())"
            ".filter(k => k.startsWith('berdaya-course-')).length"
        )
        == 0
    )


def test_learner_saves_data_and_taps_a_picture(phones, site):
    """ "Hemat kuota": the lesson's picture downloads only when she taps it."""
    username = new_learner(site)
    phone = phones("data-saver-learner")
    page = phone.open("/")
    sign_in(phone, username)
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Kursus"
    ).click()
    page.get_by_role("link", name=re.compile(COURSE)).first.click()
    page.get_by_role("button", name="Mulai belajar").click()

    # She turns it on in "Belajar saya".
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    saver = page.locator("#data-saver")
    saver.get_by_role("checkbox").check()
    saver.get_by_role("button", name="Simpan").click()
    expect(page.locator("#data-saver").get_by_role("checkbox")).to_be_checked()

    # From now on, no picture downloads until she taps one: not the course's
    # cover (decoration), not the lesson's picture.
    pictures: list[str] = []
    page.on(
        "request",
        lambda request: (
            pictures.append(request.url) if "/media/images/" in request.url else None
        ),
    )
    page.get_by_role("main").get_by_role("link", name=COURSE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)
    page.get_by_role("link", name=re.compile(re.escape(LESSON))).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON)
    expect(page.locator("article img")).to_have_count(0)
    tap = page.get_by_role("link", name=re.compile("^(Lihat gambar|Show picture)"))
    expect(tap.first).to_contain_text("KB")
    box = tap.first.bounding_box()
    assert box and box["height"] >= 44
    phone.check("data-saver-01-lesson")
    assert pictures == []

    tap.first.click()
    page.wait_for_function(
        "() => { const i = document.querySelector('article figure img');"
        " return i && i.complete && i.naturalWidth > 0; }"
    )
    assert len(pictures) == 1
