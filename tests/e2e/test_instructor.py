"""Journey 2: an instructor writes a lesson in the Wagtail admin, a reviewer
approves it, and a learner can read it."""

from __future__ import annotations

import random
import re

from playwright.sync_api import expect

from .conftest import sign_in, sign_in_admin

COURSE = "Perencanaan Usaha"
MODULE = "Dari keterampilan ke usaha"


def test_instructor_writes_lesson_reviewer_approves_learner_reads(phones):
    title = f"Menghitung modal kerja {random.randint(100, 999)}"
    instructor = phones("instructor")
    admin = instructor.open("/admin/")
    sign_in_admin(instructor, "instruktur")
    admin.get_by_role("button", name="Toggle sidebar").click()
    admin.get_by_role("button", name="Halaman").click()
    admin.get_by_role("dialog", name="Perambah halaman").get_by_role(
        "link", name=COURSE, exact=True
    ).click()
    admin.get_by_role("link", name=f"Jelajahi halaman turunan dari '{MODULE}'").click()
    admin.get_by_role("link", name="Tambahkan halaman turunan").click()
    # A module holds lessons, quizzes and assignments: choose the kind.
    admin.get_by_role("link", name="Pelajaran", exact=True).click()
    expect(admin.get_by_role("heading", level=1)).to_contain_text("Pelajaran")

    admin.get_by_role("textbox", name="Judul*").fill(title)
    admin.get_by_role("textbox", name="Ringkasan").fill(
        "Modal kerja adalah uang untuk belanja bahan sampai barang terjual."
    )
    body = admin.get_by_role("region", name="Isi*")
    body.get_by_role("button", name="Insert a block").click()
    admin.get_by_role("option", name="Teks", exact=True).click()
    text = body.get_by_role("textbox").first
    text.click()
    text.type("Catat semua belanja bahan selama satu minggu sebelum menjual.")
    body.get_by_role("button", name="Insert a block").last.click()
    admin.get_by_role("option", name="Gambar dengan keterangan").click()
    instructor.check("instructor-01-editor", axe=False, weight=False)
    image = body.get_by_role("region", name="Gambar dengan keterangan")
    image.get_by_role("button", name="Pilih sebuah gambar").click()
    chooser = admin.get_by_role("dialog")
    chooser.wait_for()
    chooser.get_by_role("textbox", name="Kata kunci pencarian").fill("Sampul")
    chooser.get_by_role("link", name=re.compile(f"Sampul {COURSE}")).first.click()
    expect(chooser).to_be_hidden()
    image.get_by_role("textbox", name="Teks alternatif").fill(
        "Buku catatan belanja bahan di samping toples keripik"
    )
    image.get_by_role("textbox", name="Keterangan").fill("Catatan belanja seminggu")
    admin.get_by_role("button", name="More actions").click()
    # "Kirim ke <alur>": Wagtail's "Submit to" in the project's own words.
    admin.get_by_role("button", name=re.compile("^Kirim ke")).click()
    expect(admin.get_by_role("main").get_by_role("status").first).to_contain_text(title)
    instructor.check("instructor-02-submitted", axe=False, weight=False)

    reviewer = phones("reviewer")
    desk = reviewer.open("/admin/")
    sign_in_admin(reviewer, "reviewer")
    reviewer.check("reviewer-01-dashboard", axe=False, weight=False)
    awaiting = desk.get_by_role("region", name="Menunggu tinjauan anda")
    row = awaiting.get_by_role("row").filter(has_text=title)
    row.get_by_role("button", name="Actions").click()
    row.get_by_role("button", name="Setujui", exact=True).click()
    expect(awaiting.get_by_role("row").filter(has_text=title)).to_have_count(0)
    reviewer.check("reviewer-02-approved", axe=False, weight=False)

    # Dewi, a demo learner of the course, finds the new lesson in its module.
    learner = phones("learner")
    page = learner.open("/")
    sign_in(learner, "pm-dewi")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    page.get_by_role("main").get_by_role("link", name=re.compile(COURSE)).first.click()
    module = page.get_by_role("region", name=MODULE)
    module.get_by_role("link", name=re.compile(title)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    lesson = page.get_by_role("article")
    expect(lesson).to_contain_text("Catat semua belanja bahan selama satu minggu")
    expect(
        lesson.get_by_role(
            "img", name="Buku catatan belanja bahan di samping toples keripik"
        )
    ).to_be_visible()
    expect(lesson).to_contain_text("Catatan belanja seminggu")
    learner.check("learner-13-new-lesson")
