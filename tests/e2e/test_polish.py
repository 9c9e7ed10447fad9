"""Keyboard, focus, time limits and forced colours (WCAG 2.2 AA beyond axe):
what a person on a phone with a keyboard, a screen reader or high contrast
meets on the way."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.e2e.conftest import SIGN_IN_FIELD, sign_in

FOCUS_STYLE = """(el) => {
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map(Number).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  const style = getComputedStyle(el);
  const card = el.closest(".card, .product-card");
  const cardStyle = card ? getComputedStyle(card) : null;
  const page = getComputedStyle(document.documentElement).backgroundColor;
  return {
    focused: document.activeElement === el && el.matches(":focus-visible"),
    outlineStyle: style.outlineStyle,
    outlineWidth: parseFloat(style.outlineWidth),
    outlineOffset: parseFloat(style.outlineOffset),
    ringContrast: contrast(style.outlineColor, page),
    insetShadow: style.boxShadow.includes("inset"),
    cardClips: cardStyle ? cardStyle.overflow === "hidden" : false,
    cardOutline: cardStyle ? cardStyle.outlineStyle : "none",
    cardOutlineWidth: cardStyle ? parseFloat(cardStyle.outlineWidth) : 0,
    cardRingContrast: cardStyle ? contrast(cardStyle.outlineColor, page) : 0,
  };
}"""


def _tab_to(page, locator, limit: int = 80) -> None:
    """Press Tab until ``locator`` has the focus, as a keyboard user does."""
    handle = locator.element_handle()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(el) => document.activeElement === el", handle):
            return
    raise AssertionError("never reached by Tab")


def test_focus_on_a_card_is_a_visible_two_tone_ring_that_is_not_clipped(phones):
    phone = phones("keyboard")
    page = phone.open("/")
    card_link = page.locator(".card a").first
    expect(card_link).to_be_visible()
    _tab_to(page, card_link)
    style = card_link.evaluate(FOCUS_STYLE)
    assert style["focused"], style
    assert style["outlineStyle"] != "none" and style["outlineWidth"] >= 2, style
    assert style["ringContrast"] >= 3, style  # WCAG 1.4.11 against the page
    if style["cardClips"]:
        # Drawn inside the link, so the card's overflow cannot cut it ...
        assert style["outlineOffset"] + style["outlineWidth"] <= 0, style
        # ... and around the card itself, outside what it clips.
        assert style["cardOutline"] != "none", style
        assert style["cardOutlineWidth"] >= 2 and style["cardRingContrast"] >= 3, style
    assert style["insetShadow"], style  # the light inner band: two tones
    phone.check("polish-01-focus-card", weight=False)


def test_sign_up_errors_are_summarised_focused_and_linked(phones):
    phone = phones("form-errors")
    page = phone.open("/akun/signup/")
    page.get_by_label("Saya sudah membaca").check()
    page.get_by_role("main").get_by_role("button", name="Daftar").click()
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    assert summary.evaluate("(el) => el.getBoundingClientRect().top") < 740
    links = summary.get_by_role("link")
    assert links.count() >= 1
    invalid = page.locator('[aria-invalid="true"]')
    assert invalid.count() >= 1
    target = links.first.get_attribute("href")
    links.first.click()
    expect(page.locator(target)).to_be_focused()
    expect(page.locator(target)).to_have_attribute("aria-invalid", "true")
    phone.check("polish-02-sign-up-errors", weight=False)


def test_sign_in_field_forgot_link_and_staff_menu(phones):
    phone = phones("sign-in-form")
    page = phone.open("/")
    page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Masuk"
    ).click()
    field = page.get_by_role("textbox", name=SIGN_IN_FIELD)
    expect(field).to_have_attribute("autocomplete", "username")
    forgot = page.get_by_role("link", name="Lupa kata sandi?")
    box = forgot.bounding_box()
    assert box["height"] >= 44, box
    password = page.get_by_role("textbox", name="Kata sandi").bounding_box()
    assert password["y"] - (box["y"] + box["height"]) >= 4  # not touching
    phone.check("polish-03-sign-in", weight=False)

    sign_in(phone, "staf")
    menu = page.get_by_role("navigation", name="Menu utama")
    menu.get_by_role("link", name=re.compile("^(Balai saya|My centre)$")).click()
    expect(page).to_have_url(re.compile(r"/balai/$"))


def test_chosen_category_shows_in_forced_colours_and_copy_link_speaks(phones):
    phone = phones("forced-colours")
    page = phone.page
    page.emulate_media(forced_colors="active")
    page = phone.open("/etalase/")
    page.get_by_text("Saring dan urutkan").click()  # the folded filter panel
    chips = page.get_by_role("list", name="Kategori")
    chips.get_by_role("link", name="Makanan & Minuman").click()
    page.get_by_text("Saring dan urutkan").click()
    chosen = chips.locator('[aria-current="true"]')
    other = chips.locator("a:not([aria-current])").first
    look = """(el) => {
        const s = getComputedStyle(el), b = getComputedStyle(el, "::before");
        return [s.borderTopWidth, s.borderTopColor, s.backgroundColor, s.color,
                s.fontWeight, b.content].join("|");
    }"""
    assert chosen.evaluate(look) != other.evaluate(look)
    marker = chosen.evaluate('(el) => getComputedStyle(el, "::before").content')
    assert "✓" in marker  # not colour alone
    page.emulate_media(forced_colors="none")

    page.locator(".product-card a, .card a").first.click()
    phone.context.grant_permissions(["clipboard-read", "clipboard-write"])
    copy = page.locator("[data-copy-target]")
    if copy.count():
        copy.click()
        status = page.locator(".copy-status[role=status]")
        expect(status).to_have_text(re.compile(r"^(Tautan disalin|Link copied)$"))


def test_session_warning_keeps_her_signed_in(phones):
    phone = phones("session")
    page = phone.page
    page.clock.install()
    phone.open("/")
    sign_in(phone, "lulusan")
    idle = int(
        page.locator("script[data-idle-seconds]").get_attribute("data-idle-seconds")
    )
    banner = page.locator("#session-warning")
    expect(banner).to_be_hidden()
    page.clock.run_for((idle - 290) * 1000)
    expect(banner).to_be_visible()
    expect(banner.get_by_role("button")).to_be_focused()
    with page.expect_response(re.compile(r"/akun/sesi/$")) as answer:
        banner.get_by_role("button").click()
    assert answer.value.status == 204
    expect(banner).to_be_hidden()
    phone.check("polish-04-session-renewed", weight=False)


def test_a_form_sent_after_the_session_ended_returns_to_its_page(phones):
    phone = phones("expired")
    page = phone.open("/")
    sign_in(phone, "lulusan")
    page.goto("/belajar/rencana-usaha/")
    form_url = page.url
    page.context.clear_cookies(name="sessionid")
    page.get_by_role("main").locator("form button[type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/akun/login/\?next="))
    expect(page.get_by_role("status")).to_be_visible()  # why she is here
    page.get_by_role("textbox", name=SIGN_IN_FIELD).fill("lulusan")
    page.get_by_role("textbox", name="Kata sandi").fill("berdaya-demo-2026")
    page.get_by_role("main").get_by_role("button", name="Masuk", exact=True).click()
    expect(page).to_have_url(form_url)
    expect(page.get_by_role("status")).to_contain_text(
        re.compile("Sesi Anda habis|Your session had ended")
    )
    phone.check("polish-05-back-after-sign-in", weight=False)
