"""Journey 5: centre staff enrol a cohort from a CSV; a learner uses a card."""

from __future__ import annotations

import random
import re

from playwright.sync_api import expect

from .conftest import sign_in

COHORT = "Angkatan 1 2026"


def _cohort_csv() -> bytes:
    tag = random.randint(100, 999)
    rows = [
        ("nama panggilan", "nama lengkap", "nomor hp"),
        (f"Rosa {tag}", "Rosalina Purba", ""),
        (f"Uli {tag}", "Uli Simanjuntak", f"0812{random.randint(10**7, 10**8 - 1)}"),
        (f"Wati {tag}", "Suwarti", ""),
        (f"Yuni {tag}", "Yuniarti Lubis", ""),
        (f"Ika {tag}", "Ika Kartika", f"0821{random.randint(10**7, 10**8 - 1)}"),
    ]
    return "\n".join(",".join(row) for row in rows).encode()


def test_staff_onboard_cohort_and_learner_signs_in_with_card(phones):
    staff = phones("staff")
    page = staff.open("/")
    sign_in(staff, "staf")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Akun"
    ).click()
    page.get_by_role("link", name="Halaman petugas balai").click()
    staff.check("staff-01-centre")
    page.get_by_role("link", name=COHORT).click()
    staff.check("staff-02-cohort")

    page.get_by_role("link", name="Tambah peserta").click()
    staff.check("staff-03-import")
    csv = _cohort_csv()
    page.get_by_label("File CSV").set_input_files(
        {"name": "angkatan.csv", "mimeType": "text/csv", "buffer": csv}
    )
    page.get_by_role("button", name="Periksa dan tambahkan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kartu masuk")
    rows = page.get_by_role("main").get_by_role("row")
    expect(rows).to_have_count(6)  # a header and five learners
    staff.check("staff-04-cards")

    with page.expect_download() as download_info:
        page.get_by_role("button", name="Unduh kartu (PDF)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    assert download.path().read_bytes().startswith(b"%PDF")

    # The first card goes to Rosa, who signs in with its code on her phone.
    card = rows.nth(1).get_by_role("cell")
    name = card.nth(0).inner_text()
    code = card.nth(2).inner_text().strip()
    assert name.startswith("Rosa ")

    learner = phones("card-learner")
    mine = learner.open("/")
    mine.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Masuk"
    ).click()
    mine.get_by_role("link", name="Saya punya kartu dari balai").click()
    learner.check("card-01-sign-in")
    mine.get_by_label("Kode di kartu Anda").fill(code.lower())
    mine.get_by_role("main").get_by_role("button", name="Masuk").click()
    expect(mine.get_by_role("status")).to_contain_text("Buat kata sandi")
    learner.check("card-02-choose-password")
    mine.get_by_role("textbox", name="Kata sandi", exact=True).fill("rosa-jahit-2026")
    mine.get_by_role("textbox", name="Kata sandi (lagi)").fill("rosa-jahit-2026")
    mine.get_by_role("button", name="Simpan kata sandi").click()
    # Straight to her courses, welcomed by name (not to "change password").
    expect(mine).to_have_url(re.compile(r"/belajar/$"))
    expect(mine.get_by_role("status")).to_contain_text(name)
    expect(mine.get_by_label("Kata sandi saat ini")).to_have_count(0)
    learner.check("card-03-my-learning")

    # Back on the staff laptop: the cohort dashboard shows Rosa, signed in.
    page.get_by_role("link", name=COHORT).click()
    expect(page.get_by_role("rowheader", name=name)).to_be_visible()
    staff.check("staff-05-cohort-with-learner")
    page.get_by_role("link", name="Peserta dan kontak").click()
    row = page.get_by_role("row").filter(has_text=name)
    expect(row).to_contain_text("Rosalina Purba")
    staff.check("staff-06-learners")
    expect(row.get_by_role("cell").last).not_to_have_text("—")  # signed in
