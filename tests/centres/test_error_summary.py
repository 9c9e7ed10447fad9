"""The cohort import answers bad input with the error summary that links to
the field, and adds nobody."""

from __future__ import annotations

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import User
from tests.forms import assert_error_summary

pytestmark = pytest.mark.django_db


def test_an_empty_import(staff_client, cohort_a):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    response = staff_client.post(url, {"rows": "", "token": str(uuid.uuid4())})
    assert_error_summary(response.content.decode(), "id_file")
    assert not User.objects.filter(cohort=cohort_a).exists()


def test_pasted_rows_with_a_problem(staff_client, cohort_a):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    rows = "Bu Sari,Sari Wahyuni,0812 3456 7890\n,,bukan-nomor\n"
    response = staff_client.post(url, {"rows": rows, "token": str(uuid.uuid4())})
    assert response.status_code == 400
    html = response.content.decode()
    assert_error_summary(html, "id_rows")
    assert 'id="import-errors"' in html  # the rows themselves, listed
    assert not User.objects.filter(cohort=cohort_a).exists()


def test_a_file_with_a_problem(staff_client, cohort_a):
    url = reverse("centres:cohort_import", args=[cohort_a.pk])
    upload = SimpleUploadedFile("daftar.csv", b",,bukan-nomor\n", "text/csv")
    response = staff_client.post(url, {"file": upload, "token": str(uuid.uuid4())})
    assert response.status_code == 400
    assert_error_summary(response.content.decode(), "id_file")
    assert not User.objects.filter(cohort=cohort_a).exists()
