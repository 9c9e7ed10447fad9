"""Journey 1: a learner on a cheap phone, from sign-up to a certificate."""

from __future__ import annotations

import base64
import contextlib
import random
import re
import zlib

from django.utils import translation
from playwright.sync_api import expect

from courses.demo_content import ASSIGNMENTS, QUIZZES
from tests.e2e.conftest import sign_in
from tests.images import jpeg_with_gps

COURSE = "Perencanaan Usaha"
COURSE_SLUG = "perencanaan-usaha"
QUIZ_LINK = re.compile(r"\bkuis\b", re.IGNORECASE)
ASSIGNMENT = ASSIGNMENTS[COURSE_SLUG]["title"]
# Strings of the certificate rules, before and after their Indonesian translation.
CHOOSE_NAME = re.compile("^(Pilih nama|Choose the name)$")
PRINT_THIS_NAME = re.compile("^(Ya, cetak nama ini|Yes, print this name)$")


def sign_up_with_phone(phone, name: str, *, check: bool = True) -> None:
    """Sign up with a phone number and confirm the code the SMS brought."""
    page, site = phone.page, phone.site
    number = f"0813{random.randint(10_000_000, 99_999_999)}"
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Masuk"
    ).click()
    page.get_by_role("main").get_by_role("link", name="Daftar").click()
    if check:
        phone.check("learner-02-sign-up")
    page.get_by_label("Nama panggilan").fill(name)
    page.get_by_label("Telepon").fill(number)
    page.get_by_role("textbox", name="Kata sandi", exact=True).fill("usaha-maju-2026")
    page.get_by_role("textbox", name="Kata sandi (lagi)").fill("usaha-maju-2026")
    page.get_by_label("Saya sudah membaca").check()
    log_size = len(site.log_text())
    page.get_by_role("main").get_by_role("button", name="Daftar").click()

    expect(page.get_by_role("heading", level=1)).to_contain_text("Kode Verifikasi")
    if check:
        phone.check("learner-03-phone-code")
    page.get_by_role("textbox", name="Kode").fill(site.sms_code(after=log_size))
    page.get_by_role("button", name="Konfirmasi").click()
    expect(page.get_by_role("navigation", name="Menu utama")).to_contain_text(
        "Belajar saya"
    )


def open_course_from_home(phone) -> None:
    page = phone.page
    page.get_by_role("link", name="Berdaya", exact=True).first.click()
    page.get_by_role("region", name="Kursus pilihan").get_by_role(
        "link", name=re.compile(COURSE)
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(COURSE)


def test_learner_signs_up_enrols_learns_and_practises(phones):
    phone = phones("learner")
    page = phone.open("/")
    phone.check("learner-01-home")
    sign_up_with_phone(phone, "Mbak Tini")

    # Finds the course from the home page and enrols.
    open_course_from_home(phone)
    phone.check("learner-04-course")
    page.get_by_role("button", name="Mulai belajar").click()
    expect(page.get_by_role("status")).to_contain_text("Anda sudah terdaftar")
    first_lesson = page.get_by_role("heading", level=1).inner_text()
    phone.check("learner-05-lesson")

    # Reads the lesson and marks it done: the next lesson opens.
    page.get_by_role("button", name=re.compile("^Tandai selesai")).click()
    expect(page.get_by_role("status")).to_contain_text("Pelajaran ditandai selesai")
    expect(page.get_by_role("heading", level=1)).not_to_have_text(first_lesson)
    page.get_by_role("link", name="Semua pelajaran").click()
    expect(
        page.get_by_role("link", name=re.compile(re.escape(first_lesson)))
    ).to_contain_text("✓")
    phone.check("learner-06-course-progress")

    # The HPP calculator, with her own numbers (a lesson of the finance course).
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Kursus"
    ).click()
    page.get_by_role("link", name=re.compile("Mengelola Keuangan Usaha")).click()
    page.get_by_role("button", name="Mulai belajar").click()
    page.get_by_role("link", name="Semua pelajaran").click()
    page.get_by_role("link", name=re.compile("Contoh menghitung HPP")).click()
    practice = page.get_by_role("region", name=re.compile("Latihan: biaya per barang"))
    with translation.override("id"):
        label = {
            msgid: translation.gettext(msgid)
            for msgid in (
                "Materials and packaging for one batch (Rp)",
                "Labour for one batch (Rp)",
                "Other costs for one batch (Rp)",
                "Pieces made in one batch",
                "Markup on HPP (%)",
            )
        }
    material = practice.get_by_label(
        label["Materials and packaging for one batch (Rp)"]
    )
    material.fill("150.000")
    practice.get_by_label(label["Labour for one batch (Rp)"]).fill("50000")
    practice.get_by_label(label["Other costs for one batch (Rp)"]).fill("25.000")
    units = practice.get_by_label(label["Pieces made in one batch"])
    units.fill("50")
    practice.get_by_label(label["Markup on HPP (%)"]).fill("40")
    practice.get_by_role("button", name="Hitung").click()
    expect(practice).to_contain_text("Rp 225.000")  # the whole batch
    expect(practice).to_contain_text("Rp 4.500")  # HPP per piece
    expect(practice).to_contain_text("Rp 6.300")  # price with a 40 % markup
    expect(practice.locator('[data-channel="reseller"]')).to_contain_text("Rp 8.400")

    # A wrong value: the field itself is marked, its error linked, and
    # "Hitung" moves the focus to the summary that links to it.
    units.fill("abc")
    practice.get_by_role("button", name="Hitung").click()
    summary = practice.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(units).to_have_attribute("aria-invalid", "true")
    units_id = units.get_attribute("id")
    assert f"{units_id}_error" in units.get_attribute("aria-describedby").split()
    expect(page.locator(f"#{units_id}_error")).not_to_be_empty()
    # Fixed, with the shorthand people type: the mark goes away.
    units.fill("50")
    material.fill("150rb")
    practice.get_by_role("button", name="Hitung").click()
    expect(practice).to_contain_text("Rp 6.300")
    expect(units).not_to_have_attribute("aria-invalid", "true")
    phone.check("learner-07-hpp-calculator")


# --- Quiz, certificate, PDF, verification -------------------------


def _number(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


def _numeric_answer(question: dict, shown: str) -> int:
    """Solve a per-attempt numeric question from the values the page shows."""
    pattern = re.escape(" ".join(question["text"].split()))
    for name in question["variables"]:
        pattern = pattern.replace(
            re.escape("{" + name + "}"), f"(?P<{name}>[\\d.,]+)", 1
        )
    match = re.search(pattern, " ".join(shown.split()))
    assert match, f"cannot read the values of: {shown!r}"
    values = {name: _number(value) for name, value in match.groupdict().items()}
    return round(eval(question["formula"], {"__builtins__": {}}, values))


def _find_question(shown: str) -> dict:
    """The demo question whose whole text (values as numbers) is shown."""
    flat = " ".join(shown.split())
    for question in QUIZZES[COURSE_SLUG]["questions"]:
        pattern = re.escape(" ".join(question["text"].split()))
        pattern = re.sub(r"\\\{[a-z][a-z0-9_]*\\\}", r"[\\d.,]+", pattern)
        if re.search(pattern, flat):
            return question
    raise AssertionError(f"not a question of the demo quiz: {shown!r}")


def _let_her_retry_now(site, name: str) -> None:
    """The demo quiz makes a learner wait after a failed attempt (10 minutes,
    then longer). The journey does not wait: it moves her attempts a day back
    in the site's database, as the clock would."""
    site.manage(
        "shell",
        "-c",
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from courses.models import QuizAttempt\n"
        "day_ago = timezone.now() - timedelta(days=1)\n"
        f"QuizAttempt.objects.filter(user__display_name={name!r}).update("
        "started_at=day_ago, finished_at=day_ago)\n",
    )


def _answer_quiz(page, *, correctly: bool) -> None:
    """Answer every question shown by its visible labels; wrong on purpose
    when ``correctly`` is false. The oracle is the demo content seed_demo
    loaded (courses.demo_content.QUIZZES), never the page's HTML."""
    start = page.get_by_role("button", name=re.compile("^(Mulai kuis|Coba lagi)$"))
    if start.count():
        start.first.click()
    questions = page.get_by_role("main").get_by_role("group")
    assert questions.count(), "the quiz shows no questions"
    for index in range(questions.count()):
        group = questions.nth(index)
        shown = group.inner_text()
        question = _find_question(shown)
        if question["type"] == "numeric":
            answer = _numeric_answer(question, shown)
            group.get_by_role("textbox").or_(
                group.get_by_role("spinbutton")
            ).first.fill(str(answer if correctly else answer + 7919))
            continue
        if question["type"] == "truefalse":
            options = [
                {"text": "Benar", "correct": question["answer"]},
                {"text": "Salah", "correct": not question["answer"]},
            ]
        else:
            options = question["options"]
        wanted = [o for o in options if o["correct"] == correctly]
        if question["type"] != "multiple":
            wanted = wanted[:1]
        for option in wanted:
            group.get_by_label(option["text"], exact=True).check()
    page.get_by_role("button", name="Kirim jawaban").click()


def _pdf_bytes(pdf: bytes) -> bytes:
    """The PDF with its compressed streams inflated (ReportLab compresses page
    content), so that a link drawn as text or as an annotation can be read."""
    parts = [pdf]
    for stream in re.findall(rb"stream\r?\n(.*?)\s*endstream", pdf, re.DOTALL):
        for decode in (
            zlib.decompress,
            lambda data: zlib.decompress(base64.a85decode(data.strip(), adobe=False)),
            lambda data: zlib.decompress(
                base64.a85decode(data.strip().removesuffix(b"~>"), adobe=False)
            ),
        ):
            with contextlib.suppress(ValueError, zlib.error):
                parts.append(decode(stream))
                break
    return b"\n".join(parts)


def test_learner_passes_quiz_gets_certificate_and_verifies_it(phones):
    phone = phones("graduate")
    page = phone.open("/")
    sign_up_with_phone(phone, "Bu Rahma", check=False)
    open_course_from_home(phone)
    page.get_by_role("button", name="Mulai belajar").click()
    page.get_by_role("link", name="Semua pelajaran").click()
    expect(page.get_by_role("link", name=QUIZ_LINK).first).to_be_visible()

    # Every lesson done: "Tandai selesai" until the course says finished.
    page.get_by_role("link", name=re.compile("Mulai pelajaran pertama")).click()
    for _lesson in range(40):
        done = page.get_by_role("button", name=re.compile("^Tandai selesai"))
        if not done.count():
            break
        done.click()
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    page.get_by_role("link", name=re.compile(COURSE)).first.click()

    # Fails once and sees feedback: which questions, which lessons to read
    # again, never the right answers.
    page.get_by_role("link", name=QUIZ_LINK).first.click()
    phone.check("learner-08-quiz")
    _answer_quiz(page, correctly=False)
    expect(page.get_by_role("main")).to_contain_text(
        re.compile("belum lulus|belum benar|tidak lulus", re.IGNORECASE)
    )
    for question in QUIZZES[COURSE_SLUG]["questions"]:
        for option in question.get("options", []):
            if option["correct"] and len(option["text"]) > 12:
                expect(page.get_by_role("main")).not_to_contain_text(option["text"])
    phone.check("learner-09-quiz-failed")

    # The quiz asks her to wait; she reads again and comes back later.
    page.get_by_role("link", name="Kembali ke kuis").click()
    expect(page.get_by_role("main").locator("time")).to_be_visible()
    expect(
        page.get_by_role("button", name=re.compile("^(Mulai kuis|Coba lagi)$"))
    ).to_have_count(0)
    _let_her_retry_now(phone.site, "Bu Rahma")
    page.reload()

    # Tries again and passes.
    _answer_quiz(page, correctly=True)
    expect(page.get_by_role("main")).to_contain_text(re.compile("lulus", re.I))
    expect(page.get_by_role("main")).not_to_contain_text(
        re.compile("belum lulus|tidak lulus", re.IGNORECASE)
    )
    phone.check("learner-10-quiz-passed")

    # A showcase course: her practical work goes to a person for review.
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    page.get_by_role("link", name=ASSIGNMENT).first.click()
    page.get_by_label("Foto hasil kerja Anda").set_input_files(
        {
            "name": "IMG_20260301_090000.jpg",
            "mimeType": "image/jpeg",
            "buffer": jpeg_with_gps(size=(800, 600)),
        }
    )
    page.get_by_label("Jawaban Anda").fill(
        "1. Beli 3 kg singkong. 2. Buat 30 bungkus. 3. Tawarkan ke 10 tetangga."
    )
    page.get_by_role("button", name="Kirim untuk diperiksa").click()
    expect(page.get_by_role("main")).to_contain_text("menunggu diperiksa")
    phone.check("learner-11-assignment-sent")

    # The course's instructor accepts it from her review queue.
    instructor = phones("instructor-review")
    instructor.open("/")
    sign_in(instructor, "instruktur")
    desk = instructor.page
    desk.goto(f"{phone.site.url}/belajar/tinjau/")
    desk.get_by_role("listitem").filter(has_text="Bu Rahma").get_by_role(
        "link", name="Periksa"
    ).click()
    desk.get_by_label("Terima").check()
    desk.get_by_role("button", name="Simpan penilaian").click()

    # The certificate on "Belajar saya": she chooses the printed name once,
    # sees it, confirms; then the PDF and the verification page.
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    expect(page.get_by_role("main")).to_contain_text("Sertifikat")
    page.get_by_role("link", name=CHOOSE_NAME).first.click()
    page.get_by_role("radio", name=re.compile("Bu Rahma")).check()
    phone.check("learner-12-certificate-name")
    page.get_by_role("button", name="Berikutnya").click()
    expect(page.get_by_role("main")).to_contain_text("Bu Rahma")
    page.get_by_role("button", name=PRINT_THIS_NAME).click()
    phone.check("learner-13-dashboard-certificate")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("PDF")).first.click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    links = re.findall(rb"https?://[^\s()<>\\]+/sertifikat/[\w-]+/?", _pdf_bytes(pdf))
    assert links, "the PDF links to its verification page"
    verification = links[0].decode()
    assert verification.startswith(phone.site.url), verification
    # The QR code / link in the PDF is what a buyer or employer opens.
    page.goto(verification)
    expect(page.get_by_role("main")).to_contain_text("Bu Rahma")
    expect(page.get_by_role("main")).to_contain_text(COURSE)
    phone.check("learner-14-certificate-verification")

    # A buyer holding the paper types the code by hand: small letters, spaces.
    code = verification.rstrip("/").rsplit("/", 1)[-1]
    typed = " ".join(code[i : i + 4] for i in range(0, len(code), 4)).lower()
    page.get_by_role(
        "link", name=re.compile("^(Cek sertifikat lain|Check another certificate)$")
    ).click()
    page.get_by_role(
        "textbox", name=re.compile("Kode sertifikat|Certificate code")
    ).fill(typed)
    phone.check("learner-15-certificate-lookup")
    page.get_by_role("button", name=re.compile("^(Cek|Check)$")).click()
    expect(page.get_by_role("main")).to_contain_text("Bu Rahma")
    assert page.url.rstrip("/").endswith(code)
