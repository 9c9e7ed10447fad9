"""A learner keeps her cash book on a 360 px phone (issue 14 item 3)."""

from __future__ import annotations

import re

from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.conftest import sign_in


def t(msgid: str) -> str:
    with translation.override("id"):
        return translation.gettext(msgid)


def test_learner_keeps_her_cash_book(phones):
    phone = phones("cashbook")
    page = phone.open("/")
    sign_in(phone, "peserta")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Belajar saya"
    ).click()
    page.get_by_role("link", name=t("My cash book")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(t("My cash book"))

    # A wrong amount: nothing is saved, the field is marked and described.
    amount = page.get_by_label(t("Amount (Rp)"))
    amount.fill("dua puluh")
    page.get_by_role("button", name=t("Save entry")).click()
    amount = page.get_by_label(t("Amount (Rp)"))
    expect(amount).to_have_attribute("aria-invalid", "true")
    assert "id_amount_error" in amount.get_attribute("aria-describedby")
    expect(page.locator(".cash-entry")).to_have_count(0)

    # Money in, typed the way people say it.
    page.get_by_role("radio", name=t("Money in")).check()
    amount.fill("25rb")
    page.get_by_label(t("Note"), exact=True).fill("Jual 5 bungkus keripik")
    page.get_by_role("button", name=t("Save entry")).click()
    entry = page.locator(".cash-entry").first
    expect(entry).to_contain_text("Rp 25.000")
    expect(entry).to_contain_text("Jual 5 bungkus keripik")
    expect(page.locator("[data-total-in]")).to_have_attribute(
        "data-total-in", re.compile(r"^[1-9]\d*$")
    )
    # Cards, not a wide table: nothing sticks out of a 360 px screen.
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, width
    phone.check("cashbook-01-month")
