import csv
import io
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from centres.selectors import cohort_dashboard
from centres.services import cohort_import
from courses.models import Certificate, Enrolment, LessonPage
from courses.services import enrolment_create, lesson_open_record, progress_record
from home.demo_images import demo_image_ensure
from tests.factories import UserFactory

GOOD_CSV = (
    "nama panggilan,nama lengkap,telepon\n"
    "Bu Sari,Sari Wahyuni,0812 3456 7890\n"
    "Dewi,Dewi Lestari,\n"
)


FUNNEL_STEP = re.compile(
    r'data-step="(\w+)" data-percent="(\d+)">\s*'
    r'<span class="funnel-label"><strong>(\d+)</strong>.*?'
    r'<rect class="bar-fill" width="(\d+)"',
    re.S,
)


def funnel_drawn(html: str) -> dict[str, tuple[int, int]]:
    """Each funnel step's written count and drawn bar length (percent),
    checking that the bar is as long as the percentage says."""
    steps = {}
    for key, percent, count, width in FUNNEL_STEP.findall(html):
        assert percent == width
        steps[key] = (int(count), int(width))
    return steps


def _learner(cohort, name, **extra):
    return UserFactory(
        username=name.lower(),
        display_name=name,
        centre=cohort.centre,
        cohort=cohort,
        **extra,
    )


@pytest.mark.parametrize(
    "name", ["cohort_detail", "cohort_learners", "cohort_export", "cohort_import"]
)
def test_staff_of_centre_a_get_404_for_centre_b(staff_client, cohort_a, cohort_b, name):
    assert (
        staff_client.get(reverse(f"centres:{name}", args=[cohort_b.pk])).status_code
        == 404
    )
    assert (
        staff_client.get(reverse(f"centres:{name}", args=[cohort_a.pk])).status_code
        == 200
    )


def test_other_centres_cards_and_reissue_are_404(staff_client, cohort_b):
    learner = _learner(cohort_b, "Beta")
    for name in ["cohort_cards_reissue", "cohort_cards_pdf"]:
        response = staff_client.post(
            reverse(f"centres:{name}", args=[cohort_b.pk]), {"learner": [learner.pk]}
        )
        assert response.status_code == 404


def test_learners_are_not_staff_pages(client, cohort_a):
    learner = _learner(cohort_a, "Ani")
    client.force_login(learner)
    assert (
        client.get(reverse("centres:cohort_detail", args=[cohort_a.pk])).status_code
        == 404
    )
    assert client.get(reverse("centres:staff_home")).status_code == 404


def test_learner_list_shows_private_contacts_only_to_own_staff(staff_client, cohort_a):
    _learner(cohort_a, "Ani", legal_name="Ani Rahmawati", phone="+6281234567890")
    response = staff_client.get(reverse("centres:cohort_learners", args=[cohort_a.pk]))
    html = response.content.decode()
    assert "Ani Rahmawati" in html and "0812" in html
    assert response["Cache-Control"] == "private, no-store"


def test_csv_import_creates_enrolled_learners_with_cards(
    staff_client, cohort_a, courses
):
    response = staff_client.post(
        reverse("centres:cohort_import", args=[cohort_a.pk]),
        {"file": io.BytesIO(GOOD_CSV.encode()), "rows": ""},
    )
    assert response.status_code == 200
    sari = User.objects.get(display_name="Bu Sari")
    assert sari.legal_name == "Sari Wahyuni"
    assert str(sari.phone) == "+6281234567890"
    assert sari.cohort == cohort_a and sari.centre == cohort_a.centre
    assert not sari.has_usable_password()
    assert Enrolment.objects.filter(user=sari).count() == len(courses)
    cards = response.context["cards"]
    assert len(cards) == 2
    # the printed code signs the learner in
    staff_client.logout()
    code = next(card.code for card in cards if card.user == sari)
    staff_client.post(reverse("accounts:card_sign_in"), {"code": code})
    assert staff_client.session["_auth_user_id"] == str(sari.pk)


def test_csv_with_one_bad_row_creates_nothing_and_reports_the_row(
    staff_client, cohort_a
):
    text = (
        "Bu Sari,Sari Wahyuni,0812 3456 7890\n,Tanpa Panggilan,\nDewi,Dewi Lestari,12\n"
    )
    before = User.objects.count()
    response = staff_client.post(
        reverse("centres:cohort_import", args=[cohort_a.pk]), {"rows": text}
    )
    assert response.status_code == 400
    assert User.objects.count() == before
    errors = {row.line: row.errors for row in response.context["result"].error_rows}
    assert set(errors) == {2, 3}
    html = response.content.decode()
    assert "Baris 2" in html or "Line 2" in html


def test_duplicate_phones_in_one_csv_are_refused(cohort_a):
    text = "Sari,Sari W,0812 3456 7890\nSari 2,Sari X,+62 812-3456-7890\n"
    result = cohort_import(cohort=cohort_a, text=text)
    assert not result.ok
    assert result.rows[1].errors and "1" in result.rows[1].errors[0]
    assert not User.objects.filter(cohort=cohort_a).exists()


def test_phone_that_already_has_an_account_is_refused(cohort_a):
    UserFactory(username="lama", phone="+6281234567890")
    result = cohort_import(cohort=cohort_a, text="Sari,Sari W,081234567890\n")
    assert not result.ok


def test_cards_pdf_contains_only_valid_codes(staff_client, cohort_a):
    result = cohort_import(cohort=cohort_a, text="Sari,Sari W,\n")
    card = result.cards[0]
    response = staff_client.post(
        reverse("centres:cohort_cards_pdf", args=[cohort_a.pk]),
        {"card": [f"{card.user.pk}:{card.code}", f"{card.user.pk}:WRONG-CODE1"]},
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_reissued_card_voids_the_old_code(staff_client, cohort_a):
    result = cohort_import(cohort=cohort_a, text="Sari,Sari W,\n")
    old = result.cards[0]
    response = staff_client.post(
        reverse("centres:cohort_cards_reissue", args=[cohort_a.pk]),
        {"learner": [old.user.pk]},
    )
    new = response.context["cards"][0]
    assert new.code != old.code
    staff_client.logout()
    staff_client.post(reverse("accounts:card_sign_in"), {"code": old.code})
    assert "_auth_user_id" not in staff_client.session


@pytest.fixture
def scenario(cohort_a, courses):
    """Four learners: finished+certified, halfway, enrolled only, never active."""
    now = timezone.now()
    first, second = courses
    lessons = list(LessonPage.objects.descendant_of(first).order_by("path"))
    done = _learner(cohort_a, "Ani", last_login=now)
    half = _learner(cohort_a, "Budi", last_login=now)
    idle = _learner(cohort_a, "Citra", last_login=now - timedelta(days=9))
    _learner(cohort_a, "Dodi")  # never enrolled, never signed in
    for user in (done, half, idle):
        enrolment_create(user=user, course=first)
    enrolment_create(user=done, course=second)
    for lesson in lessons:
        lesson_open_record(user=done, lesson=lesson)
        progress_record(user=done, lesson=lesson)
    lesson_open_record(user=half, lesson=lessons[0])
    progress_record(user=half, lesson=lessons[0])
    # Finishing every lesson issued the certificate (no quiz in this course).
    assert Certificate.objects.filter(user=done, course=first).exists()
    Enrolment.objects.filter(user=idle).update(last_activity_at=now - timedelta(days=9))
    return {"done": done, "half": half, "idle": idle}


def test_dashboard_numbers_match_the_scenario(cohort_a, courses, scenario):
    dashboard = cohort_dashboard(cohort=cohort_a)
    funnel = {step.key: step.count for step in dashboard.funnel}
    assert funnel == {
        "enrolled": 3,
        "completed": 1,
        "certified": 1,
        "brand": 0,
        "product": 0,
        "inquiry": 0,
    }
    cells = {row.learner.display_name: row.cells for row in dashboard.rows}
    assert [c.percent for c in cells["Ani"]] == [100, 0]
    assert cells["Ani"][0].certificate is not None
    assert [c.percent for c in cells["Budi"]] == [50, 0]
    assert [c.enrolled for c in cells["Dodi"]] == [False, False]
    assert {row.learner.display_name for row in dashboard.inactive_rows} == {"Citra"}
    assert {row.learner.display_name for row in dashboard.never_rows} == {"Dodi"}
    assert dashboard.counts == {
        "learners": 4,
        "active": 2,
        "inactive": 1,
        "never": 1,
    }


def test_dashboard_page_and_csv_export(staff_client, cohort_a, scenario):
    page = staff_client.get(reverse("centres:cohort_detail", args=[cohort_a.pk]))
    html = page.content.decode()
    assert funnel_drawn(html)["certified"] == (1, 25)
    export = staff_client.get(reverse("centres:cohort_export", args=[cohort_a.pk]))
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert len(rows) == 5
    ani = next(row for row in rows if row[0] == "Ani")
    assert ani[3] == "100" and ani[5]


def test_dashboard_query_count_does_not_grow_with_learners(
    staff_client, cohort_a, courses, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = reverse("centres:cohort_detail", args=[cohort_a.pk])

    def add(count, prefix):
        for number in range(count):
            user = _learner(cohort_a, f"{prefix}{number}")
            enrolment_create(user=user, course=courses[0])
            Certificate.objects.create(user=user, course=courses[0], printed_name="x")

    add(2, "few")
    staff_client.get(url)  # warm up per-process caches (site, locale)
    with CaptureQueriesContext(connection) as few:
        staff_client.get(url)
    add(15, "many")
    with django_assert_num_queries(len(few)):
        assert staff_client.get(url).status_code == 200


def test_dashboard_funnel_counts_real_showcase_steps(cohort_a, courses, scenario):
    """Brand approved → product live → first inquiry, from the marketplace models."""
    from marketplace.models import Brand, Category, Inquiry
    from tests.marketplace.conftest import make_brand, make_product

    image = demo_image_ensure(title="Funnel", label="Funnel")
    category = Category.objects.first()
    ani, budi = scenario["done"], scenario["half"]
    ani_brand = make_brand(owner=ani)
    product = make_product(brand=ani_brand, image=image, category=category)
    Inquiry.objects.create(
        product=product,
        brand=ani_brand,
        buyer_name="Pembeli",
        buyer_email="pembeli@example.com",
        quantity=2,
        message="Masih ada?",
    )
    # Budi's brand waits for review: not counted.
    make_brand(owner=budi, live=False).status = Brand.Status.SUBMITTED
    funnel = {step.key: step.count for step in cohort_dashboard(cohort=cohort_a).funnel}
    assert (funnel["brand"], funnel["product"], funnel["inquiry"]) == (1, 1, 1)


def test_dashboard_funnel_counts_exactly_what_a_buyer_can_see(
    staff_client, cohort_a, courses, centre_a
):
    """Approved but not yet confirmed by the centre: hidden, not counted. A live
    brand whose edit waits for review: still public, counted. Suspended: not."""
    from marketplace.models import Brand, Category
    from tests.marketplace.conftest import make_brand, make_product

    image = demo_image_ensure(title="Funnel", label="Funnel")
    category = Category.objects.first()
    waiting_centre = _learner(cohort_a, "Eka")
    editing = _learner(cohort_a, "Fani")
    suspended = _learner(cohort_a, "Gita")

    hidden = make_brand(owner=waiting_centre, centre=centre_a)
    make_product(brand=hidden, image=image, category=category)
    live = make_brand(owner=editing)
    make_product(brand=live, image=image, category=category)
    live.status = Brand.Status.SUBMITTED  # an edit under review
    live.name = "Nama baru"
    live.save()
    gone = make_brand(owner=suspended)
    make_product(brand=gone, image=image, category=category)
    gone.status = Brand.Status.SUSPENDED
    gone.save()

    funnel = {step.key: step.count for step in cohort_dashboard(cohort=cohort_a).funnel}
    assert (funnel["brand"], funnel["product"]) == (1, 1)
    page = staff_client.get(reverse("centres:cohort_detail", args=[cohort_a.pk]))
    html = page.content.decode()
    assert funnel_drawn(html)["brand"][0] == 1
    assert funnel_drawn(html)["product"][0] == 1

    hidden.centre_confirmed_at = timezone.now()
    hidden.save()
    funnel = {step.key: step.count for step in cohort_dashboard(cohort=cohort_a).funnel}
    assert (funnel["brand"], funnel["product"]) == (2, 2)
