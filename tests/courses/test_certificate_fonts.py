"""A certificate prints the learner's name letter for letter, whatever its
spelling, in a font embedded in the PDF."""

import pytest

from courses import pdf, views
from courses.models import BusinessPlan
from tests.courses.test_certificates import certificate, graduate  # noqa: F401
from tests.pdfread import fonts, page_text

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name",
    [
        "Siti Ṣāliḥah Nguyễn",
        "Nguyễn Thị Hương",
        "ʿAbd al-Raḥmān bin Ḥusayn",
        "Wulan Dewi Anggraini Putri Kusumawardhani binti Haji Abdul Rahman Syamsuddin",
    ],
)
def test_the_certificate_prints_every_letter_of_the_name(certificate, name):  # noqa: F811
    certificate.printed_name = name
    certificate.save(update_fields=["printed_name"])
    data = pdf.certificate_pdf(
        certificate=certificate,
        verify_url=views.certificate_verify_url(certificate.code),
        lookup_url=views.certificate_lookup_url(),
    )
    lines = page_text(data).splitlines()
    assert name in lines
    used = fonts(data)
    assert used and all(used.values()), used


def test_the_business_plan_embeds_its_fonts(graduate):  # noqa: F811
    plan = BusinessPlan(user=graduate, product="Kue lapis Ṣāliḥah", price="Rp 5.000")
    data = pdf.business_plan_pdf(plan=plan, owner_name="Nguyễn Thị Hương")
    assert "Kue lapis Ṣāliḥah" in page_text(data)
    used = fonts(data)
    assert used and all(used.values()), used
