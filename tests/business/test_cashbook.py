"""The cash book: entries, running balance, month summary, exports, owner only."""

from __future__ import annotations

import csv
import datetime
import io
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from business import selectors, services
from business.models import CashEntry
from business.selectors import Month
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

OCT = Month(2026, 10)
NOV = Month(2026, 11)


def add(user, day, kind, amount, note="", category="other"):
    return services.cash_entry_create(
        user=user,
        data={
            "date": day,
            "kind": kind,
            "amount": amount,
            "category": category,
            "note": note,
        },
    )


@pytest.fixture
def book(learner):
    add(learner, datetime.date(2026, 10, 30), "in", 50_000, "Modal awal", "capital")
    add(learner, datetime.date(2026, 11, 2), "out", 45_000, "Tepung", "materials")
    add(learner, datetime.date(2026, 11, 3), "in", 120_000, "Jual kue", "sales")
    add(learner, datetime.date(2026, 11, 5), "out", 10_000, "Ongkir", "shipping")
    add(learner, datetime.date(2026, 12, 1), "in", 999_000, "Desember")
    return learner


def test_month_summary_and_running_balance_carry_over(book):
    month = selectors.cash_month(user=book, month=NOV)
    assert month.opening == 50_000
    assert [line.balance for line in month.lines] == [5_000, 125_000, 115_000]
    assert (month.total_in, month.total_out, month.profit) == (120_000, 55_000, 65_000)
    assert month.closing == 115_000


def test_month_navigation_wraps_years():
    assert Month(2026, 12).next == Month(2027, 1)
    assert Month(2027, 1).previous == Month(2026, 12)
    assert Month.parse("2026-11") == NOV


@pytest.mark.parametrize("bad", ["2026-13", "abc", "2026", "1800-01"])
def test_a_bad_month_is_not_found(learner_client, bad):
    url = reverse("business:cashbook_month", kwargs={"month": bad})
    assert learner_client.get(url).status_code == 404


def test_the_page_shows_the_month_as_cards(book, learner_client):
    url = reverse("business:cashbook_month", kwargs={"month": "2026-11"})
    response = learner_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert 'data-profit="65000"' in html
    assert 'data-closing="115000"' in html
    assert html.count('class="card cash-entry') == 3
    assert "<table" not in html  # cards, which fit a 360 px screen
    assert "Desember" not in html
    assert reverse("business:cashbook_month", kwargs={"month": "2026-10"}) in html


def test_sign_in_is_needed(client):
    response = client.get(reverse("business:cashbook"))
    assert response.status_code == 302
    assert "/masuk" in response["Location"] or "login" in response["Location"]


def entry_post(**overrides):
    data = {
        "date": timezone.localdate().isoformat(),
        "kind": "in",
        "amount": "25rb",
        "category": "sales",
        "note": "Jual 5 bungkus",
        "token": str(uuid.uuid4()),
    }
    data.update(overrides)
    return data


def test_an_entry_is_saved_once_even_when_tapped_twice(learner, learner_client):
    data = entry_post()
    first = learner_client.post(reverse("business:cashbook"), data)
    second = learner_client.post(reverse("business:cashbook"), data)
    assert first.status_code == second.status_code == 302
    entries = CashEntry.objects.filter(user=learner)
    assert entries.count() == 1
    assert entries.get().amount == 25_000
    # A new form (new token) is a new entry.
    learner_client.post(reverse("business:cashbook"), entry_post(amount="1,5jt"))
    assert entries.count() == 2
    assert entries.filter(amount=1_500_000).exists()


@pytest.mark.parametrize(
    ("field", "value", "msgid"),
    [
        ("amount", "-5000", "The number cannot be negative."),
        ("amount", "25,50", "Write whole rupiah without cents, for example 25.000."),
        ("amount", "0", None),
        ("amount", "abc", "Write only a number, for example 25000 or 25.000."),
        ("kind", "maybe", None),
        ("category", "gambling", None),
        ("date", "31/02/2026", None),
        ("date", "1999-12-31", "Pick a date between 2000 and next year."),
        ("date", "2999-01-01", "Pick a date between 2000 and next year."),
    ],
)
def test_bad_input_is_explained_and_changes_nothing(
    learner, learner_client, field, value, msgid
):
    response = learner_client.post(
        reverse("business:cashbook"), entry_post(**{field: value})
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert not CashEntry.objects.filter(user=learner).exists()
    assert "data-error-summary" in html
    assert f'id="id_{field}_error"' in html
    assert 'aria-invalid="true"' in html
    if msgid:
        with translation.override("id"):
            assert translation.gettext(msgid) in html


def test_edit_and_delete_an_entry(book, learner_client):
    entry = CashEntry.objects.get(user=book, note="Ongkir")
    url = reverse("business:entry_edit", kwargs={"pk": entry.pk})
    assert learner_client.get(url).status_code == 200
    response = learner_client.post(
        url,
        {
            "date": "2026-11-06",
            "kind": "out",
            "amount": "12.000",
            "category": "shipping",
            "note": "Ongkir JNE",
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.amount, entry.note, entry.date.day) == (12_000, "Ongkir JNE", 6)
    # A bad change is refused and nothing changes.
    learner_client.post(url, {"date": "2026-11-06", "kind": "out", "amount": "-1"})
    entry.refresh_from_db()
    assert entry.amount == 12_000
    delete = reverse("business:entry_delete", kwargs={"pk": entry.pk})
    assert learner_client.get(delete).status_code == 200
    assert CashEntry.objects.filter(pk=entry.pk).exists()  # GET only asks
    assert learner_client.post(delete).status_code == 302
    assert not CashEntry.objects.filter(pk=entry.pk).exists()


def test_only_the_owner_sees_or_changes_her_entries(book, client):
    other = UserFactory()
    client.force_login(other)
    entry = CashEntry.objects.filter(user=book).first()
    for name in ("entry_edit", "entry_delete"):
        url = reverse(f"business:{name}", kwargs={"pk": entry.pk})
        assert client.get(url).status_code == 404
        assert client.post(url, {"amount": "1"}).status_code == 404
    assert CashEntry.objects.filter(pk=entry.pk, amount=entry.amount).exists()
    html = client.get(
        reverse("business:cashbook_month", kwargs={"month": "2026-11"})
    ).content.decode()
    assert "Jual kue" not in html
    csv_text = client.get(
        reverse("business:cashbook_csv", kwargs={"month": "2026-11"})
    ).content.decode()
    assert "Jual kue" not in csv_text


def test_csv_export_of_a_month_neutralises_formulas(book, learner_client):
    add(book, datetime.date(2026, 11, 7), "out", 1_000, '=HYPERLINK("http://x")')
    response = learner_client.get(
        reverse("business:cashbook_csv", kwargs={"month": "2026-11"})
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "buku-kas-2026-11.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    body = rows[1:]
    assert [row[4] for row in body] == ["-45000", "120000", "-10000", "-1000"]
    assert [row[5] for row in body] == ["5000", "125000", "115000", "114000"]
    assert body[-1][3] == '\'=HYPERLINK("http://x")'


def test_pdf_export_is_one_page(book, learner_client):
    for day in range(1, 29):
        add(book, datetime.date(2026, 11, day), "in", 1_000, f"Catatan {day}")
    response = learner_client.get(
        reverse("business:cashbook_pdf", kwargs={"month": "2026-11"})
    )
    data = b"".join(response.streaming_content)
    assert response.status_code == 200
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == 1


def test_pdf_stays_one_page_with_many_entries(book, learner_client):
    long_note = "Beli bahan di pasar pagi untuk pesanan arisan ibu-ibu RT " * 2
    for i in range(80):
        add(book, datetime.date(2026, 11, 10), "out", 100, f"{i} {long_note}"[:120])
    response = learner_client.get(
        reverse("business:cashbook_pdf", kwargs={"month": "2026-11"})
    )
    data = b"".join(response.streaming_content)
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == 1


def test_the_dashboards_link_to_the_cash_book(learner_client):
    url = reverse("business:cashbook")
    assert url in learner_client.get(reverse("courses:dashboard")).content.decode()
    html = learner_client.get(reverse("marketplace:dashboard")).content.decode()
    assert url in html
